import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fill, readChartText } from '../../src/charts/chart-text.ts';
import { RegisterError } from '../../src/register/register-error.ts';

const ENGLISH = `- id: ladder
  title: The options
  takeaway: Each rung uses more force.
  description: 'A staircase of {count} rungs: {rungs}.'
  columns: [Option, Rung]
  labels:
    one: First
`;
const SPANISH = `- renders: ladder
  title: Las opciones
  takeaway: Cada peldaño usa más fuerza.
  description: 'Una escalera de {count} peldaños: {rungs}.'
  columns: [Opción, Peldaño]
  labels:
    one: Primero
`;
const dirs: string[] = [];

function project(spanish?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chart-text-'));
  dirs.push(dir);
  const files: Record<string, string> = { 'content/charts/text.yaml': ENGLISH };
  if (spanish !== undefined) files['content/i18n/es/charts.yaml'] = spanish;
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function problemsOf(dir: string): string {
  try {
    readChartText(dir);
  } catch (error) {
    if (error instanceof RegisterError) return error.message;
    throw error;
  }
  throw new Error('expected the chart words to be rejected');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readChartText', () => {
  it('reads the words of each edition that has them', () => {
    const words = readChartText(project(SPANISH));
    expect(words.get('es')?.get('ladder')?.labels).toEqual({ one: 'Primero' });
    expect([...readChartText(project()).keys()]).toEqual(['en']);
  });

  const cases = [
    {
      name: 'a chart with no words in the edition',
      spanish: '[]\n',
      message: 'content/i18n/es/charts.yaml › entry "ladder": has no es words for this chart',
    },
    {
      name: 'a template that fills other values',
      spanish: SPANISH.replace('{rungs}', 'muchos'),
      message:
        'entry "ladder" › field "description": must use the same placeholders or keys as the English (count,rungs), not count',
    },
    {
      name: 'a row label the English lacks',
      spanish: SPANISH + '    two: Segundo\n',
      message: 'field "labels": must use the same placeholders or keys as the English (one), not one,two',
    },
    {
      name: 'a field the English lacks',
      spanish: SPANISH + '  note: Una nota.\n',
      message: 'field "note": is not in the English words of this chart',
    },
    {
      name: 'words for a chart that does not exist',
      spanish: SPANISH + SPANISH.replace('renders: ladder', 'renders: stairs'),
      message: 'entry "stairs" › field "renders": names no chart',
    },
  ];
  for (const { name, spanish, message } of cases) {
    it(`rejects ${name}`, () => {
      expect(problemsOf(project(spanish))).toContain(message);
    });
  }
});

describe('fill', () => {
  it('fills each placeholder and names the one it has no value for', () => {
    expect(fill('{count} rungs', { count: 6 }, 'ladder')).toBe('6 rungs');
    expect(() => fill('{count} of {total}', { count: 6 }, 'Chart "ladder" (es)')).toThrow(
      'Chart "ladder" (es): no value for {total}',
    );
  });
});
