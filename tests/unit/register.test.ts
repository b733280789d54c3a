import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRegister } from '../../src/register/read-register.ts';
import { RegisterError } from '../../src/register/register-error.ts';

const VALID = join(import.meta.dirname, '../fixtures/register-valid');
const TODAY = '2026-11-21';
const dirs: string[] = [];

/** Copies the valid fixture and applies one edit, so each case breaks exactly one rule. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string {
  try {
    readRegister(dir, TODAY);
  } catch (error) {
    if (error instanceof RegisterError) return error.message;
    throw error;
  }
  throw new Error('expected the register to be rejected');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readRegister', () => {
  it('accepts the valid fixture', () => {
    const register = readRegister(VALID, TODAY);
    expect(register.sources.map((s) => s.data.id).sort()).toEqual(['example-blog', 'example-news-2024-11-28', 'example-original']);
    expect(register.figures).toHaveLength(2);
    expect(register.figures[0]!.data.format).toBe('number');
  });

  const FIGURES = 'content/data/figures/example.yaml';
  const cases: { name: string; file: string; edit: (text: string) => string; message: string }[] = [
    {
      name: 'an unknown source id',
      file: FIGURES,
      edit: (t) =>
        t.replace('source: example-news-2024-11-28\n  excerpt: The', 'source: no-such-source\n  excerpt: The'),
      message: `${FIGURES} › entry "example-count" › field "source": names unknown source id "no-such-source"`,
    },
    {
      name: 'a figure without a unit',
      file: FIGURES,
      edit: (t) => t.replace('  unit: sources\n', ''),
      message: `${FIGURES} › entry "example-count" › field "unit": is required`,
    },
    {
      name: 'a figure without an as-of date',
      file: FIGURES,
      edit: (t) => t.replace("  as_of: '2024-11-27'\n", ''),
      message: `${FIGURES} › entry "example-count" › field "as_of": is required`,
    },
    {
      name: 'a figure without an excerpt',
      file: FIGURES,
      edit: (t) => t.replace('  excerpt: The magazine said it spoke with six unnamed officials.\n', ''),
      message: `${FIGURES} › entry "example-count" › field "excerpt": is required`,
    },
    {
      name: 'an excerpt over 30 words',
      file: FIGURES,
      edit: (t) => t.replace('excerpt: rose 36.5% in six months', `excerpt: ${'word '.repeat(31).trim()}`),
      message: `${FIGURES} › entry "example-share" › field "excerpt": has 31 words; at most 30 allowed`,
    },
    {
      name: 'a quote without a speaker',
      file: 'content/data/quotes/example.yaml',
      edit: (t) => t.replace('  speaker: example-speaker\n', ''),
      message: 'content/data/quotes/example.yaml › entry "example-quote" › field "speaker":',
    },
    {
      name: 'a quote without a date',
      file: 'content/data/quotes/example.yaml',
      edit: (t) => t.replace("  date: '2024-11-28'\n", ''),
      message: 'content/data/quotes/example.yaml › entry "example-quote" › field "date": is required',
    },
    {
      name: 'an event dated after the build date',
      file: 'content/data/events/example.yaml',
      edit: (t) => t.replace("date: '2024-11-27'", "date: '2026-11-22'"),
      message:
        'content/data/events/example.yaml › entry "example-event-2024-11-27" › field "date": 2026-11-22 is after the build date 2026-11-21',
    },
    {
      name: 'a duplicate id',
      file: FIGURES,
      edit: (t) => t.replace('- id: example-share', '- id: example-count'),
      message: `${FIGURES} › entry "example-count" › field "id": duplicates an id already used in ${FIGURES}`,
    },
    {
      name: 'a series point without a source',
      file: 'content/data/series/example-series.yaml',
      edit: (t) => t.replace('    source: example-news-2024-11-28\n    excerpt: twelve', '    excerpt: twelve'),
      message:
        'content/data/series/example-series.yaml › entry "example-series" › field "points.1.source": is required',
    },
    {
      name: 'a figure citing a source that was never retrieved',
      file: FIGURES,
      edit: (t) =>
        t.replace('source: example-news-2024-11-28\n  excerpt: rose', 'source: example-original\n  excerpt: rose'),
      message: `${FIGURES} › entry "example-share" › field "source": cites "example-original", which has no url`,
    },
    {
      name: 'a value written as a string',
      file: FIGURES,
      edit: (t) => t.replace('value: 6\n', "value: '6'\n"),
      message: `${FIGURES} › entry "example-count" › field "value": must be a number (not a string)`,
    },
    {
      name: 'an event whose precision does not match its date',
      file: 'content/data/events/example.yaml',
      edit: (t) => t.replace('precision: day', 'precision: month'),
      message: 'field "precision": is "month" but the date "2024-11-27" is given to the day',
    },
    {
      name: 'a translated quote that does not say who translated it',
      file: 'content/data/quotes/example.yaml',
      edit: (t) => t.replace('  translated_by: Example News\n', ''),
      message: 'content/data/quotes/example.yaml › entry "example-quote" › field "translated_by": is required',
    },
    {
      name: 'a seed whose id is not its file name',
      file: 'seeds/example-original.yaml',
      edit: (t) => t.replace('id: example-original', 'id: example-renamed'),
      message: 'seeds/example-original.yaml › entry "example-renamed" › field "id": must match the file name',
    },
    {
      name: 'a source without a tier',
      file: 'seeds/example-original.yaml',
      edit: (t) => t.replace('tier: 1\n', ''),
      message: 'seeds/example-original.yaml › entry "example-original" › field "tier": is required',
    },
    {
      name: 'a source with neither a date nor `undated`',
      file: 'seeds/example-original.yaml',
      edit: (t) => t.replace("published: '2024-11-27'\n", ''),
      message:
        'seeds/example-original.yaml › entry "example-original" › field "published": is required, or set `undated: true`',
    },
    {
      name: 'an undated source that does not say why',
      file: 'seeds/example-blog.yaml',
      edit: (t) => t.replace('undated_reason: The post carries no date.\n', ''),
      message: 'seeds/example-blog.yaml › entry "example-blog" › field "undated_reason": is required when `undated` is set',
    },
    {
      name: 'an event on tier-3 sources alone without weak_sourcing',
      file: 'content/data/events/example.yaml',
      edit: (t) => t.replace("  weak_sourcing: Only a blog's copy of the report could be checked.\n", ''),
      message:
        'content/data/events/example.yaml › entry "example-blog-event-2024-11-29" › field "sources": rests only on tier-3 sources (example-blog)',
    },
    {
      name: 'a figure on a tier-3 source alone without weak_sourcing',
      file: FIGURES,
      edit: (t) => t.replace('source: example-news-2024-11-28\n  excerpt: The', 'source: example-blog\n  excerpt: The'),
      message: `${FIGURES} › entry "example-count" › field "source": rests only on tier-3 sources (example-blog)`,
    },
    {
      name: 'a quote on a tier-3 source alone without weak_sourcing',
      file: 'content/data/quotes/example.yaml',
      edit: (t) => t.replace('source: example-news-2024-11-28', 'source: example-blog'),
      message: 'content/data/quotes/example.yaml › entry "example-quote" › field "source": rests only on tier-3 sources',
    },
    {
      name: 'a series point on a tier-3 source alone without weak_sourcing',
      file: 'content/data/series/example-series.yaml',
      edit: (t) => t.replace('    source: example-news-2024-11-28\n    excerpt: twelve', '    source: example-blog\n    excerpt: twelve'),
      message:
        'content/data/series/example-series.yaml › entry "example-series" › field "points.1.source": rests only on tier-3 sources',
    },
    {
      name: 'a glossary entry on a tier-3 source alone without weak_sourcing',
      file: 'content/data/glossary/example.yaml',
      edit: (t) => `${t}  sources: [example-blog]\n`,
      message: 'content/data/glossary/example.yaml › entry "example-term" › field "sources": rests only on tier-3 sources',
    },
    {
      name: 'a disagreeing count whose source is not registered',
      file: 'content/data/series/example-series.yaml',
      edit: (t) =>
        t.replace(
          '    excerpt: ten in 2015\n',
          '    excerpt: ten in 2015\n    disagreements:\n      - value: 11\n        source: no-such-source\n        excerpt: eleven in 2015\n',
        ),
      message:
        'content/data/series/example-series.yaml › entry "example-series" › field "points.0.disagreements.0.source": names unknown source id "no-such-source"',
    },
    {
      name: 'a disagreeing count on a tier-3 source alone',
      file: 'content/data/series/example-series.yaml',
      edit: (t) =>
        t.replace(
          '    excerpt: ten in 2015\n',
          '    excerpt: ten in 2015\n    disagreements:\n      - value: 11\n        source: example-blog\n        excerpt: eleven in 2015\n',
        ),
      message:
        'content/data/series/example-series.yaml › entry "example-series" › field "points.0.disagreements.0.source": rests only on tier-3 sources',
    },
    {
      name: 'an effect period that its excerpt does not state',
      file: FIGURES,
      edit: (t) => t.replace('proof: in six months', 'proof: in twelve months'),
      message: `${FIGURES} › entry "example-share" › field "window.proof": "in twelve months" is not in the excerpt word for word`,
    },
    {
      name: 'an effect period that ends in an unknown way',
      file: FIGURES,
      edit: (t) => t.replace('end: window', 'end: forever'),
      message: `${FIGURES} › entry "example-share" › field "window.end":`,
    },
    {
      name: 'an also_cited source that is not registered',
      file: FIGURES,
      edit: (t) =>
        t.replace(
          'source: example-news-2024-11-28\n  excerpt: The',
          'also_cited:\n    - source: no-such-source\n      excerpt: twelve\n  source: example-news-2024-11-28\n  excerpt: The',
        ),
      message: `${FIGURES} › entry "example-count" › field "also_cited.0.source": names unknown source id "no-such-source"`,
    },
  ];

  it('counts an also_cited source for the tier rule', () => {
    const dir = fixtureWith(FIGURES, (t) =>
      t.replace(
        'source: example-news-2024-11-28\n  excerpt: The',
        'also_cited:\n    - source: example-news-2024-11-28\n      excerpt: twelve\n  source: example-blog\n  excerpt: The',
      ),
    );
    expect(readRegister(dir, TODAY).figures[0]!.data.also_cited).toEqual([{ source: 'example-news-2024-11-28', excerpt: 'twelve' }]);
  });

  it('accepts a tier-3 claim that says why in weak_sourcing', () => {
    const dir = fixtureWith(FIGURES, (t) =>
      t.replace(
        'source: example-news-2024-11-28\n  excerpt: The',
        'weak_sourcing: Only a blog copy could be checked.\n  source: example-blog\n  excerpt: The',
      ),
    );
    expect(readRegister(dir, TODAY).figures[0]!.data.weak_sourcing).toBe('Only a blog copy could be checked.');
  });

  it.each(cases)('rejects $name, naming the file, entry and field', ({ file, edit, message }) => {
    expect(problemsOf(fixtureWith(file, edit))).toContain(message);
  });
});
