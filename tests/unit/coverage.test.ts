import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/lib/coverage.ts';
import { readUpdates } from '../../src/register/read-updates.ts';

describe('coverageOf', () => {
  const events = [{ date: '2026-05' }, { date: '2026-07-01' }, { date: '2025-10-08' }];
  const updates = [
    { date: '2026-11-21' },
    { date: '2026-12-02', reviewed: '2026-12-01' },
    { date: '2026-11-30', reviewed: '2026-11-29' },
  ];

  it('takes the newest event, the newest review and the first and last log dates', () => {
    expect(coverageOf(events, updates)).toEqual({
      through: '2026-07-01',
      reviewed: '2026-12-01',
      modified: '2026-12-02',
      published: '2026-11-21',
    });
  });

  it('refuses a log with no review, naming the file to fix', () => {
    expect(() => coverageOf(events, [{ date: '2026-11-21' }])).toThrow(/content\/updates\/log\.yaml.*reviewed/);
  });
});

describe('readUpdates', () => {
  function logWith(yaml: string): string {
    const root = mkdtempSync(join(tmpdir(), 'updates-'));
    mkdirSync(join(root, 'content/updates'), { recursive: true });
    writeFileSync(join(root, 'content/updates/log.yaml'), yaml);
    return root;
  }

  it('names the file, entry and field of a bad or future review date', () => {
    const root = logWith(
      "- id: a\n  date: '2026-12-02'\n  kind: update\n  text: x\n  reviewed: '2026-12-09'\n" +
        "- id: b\n  date: '2026-12-02'\n  kind: note\n  text: y\n",
    );
    expect(() => readUpdates(root, '2026-12-02')).toThrow(
      /log\.yaml › entry "a" › field "reviewed": is after today[\s\S]*entry "b" › field "kind"/,
    );
  });

  it('reads a valid log', () => {
    const root = logWith("- id: a\n  date: '2026-12-02'\n  kind: correction\n  text: x\n  reviewed: '2026-12-01'\n");
    expect(readUpdates(root, '2026-12-02')).toEqual([
      { id: 'a', date: '2026-12-02', kind: 'correction', text: 'x', reviewed: '2026-12-01' },
    ]);
  });
});
