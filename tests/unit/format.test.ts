import { describe, expect, it } from 'vitest';
import { formatFigureValue, withUnit } from '../../src/lib/format-figure.ts';
import { contractArticles, formatDateAfterPreposition, formatPartialDate } from '../../src/lib/format-date.ts';
import { countWords } from '../../src/schemas/common.ts';
import { withBase } from '../../src/lib/paths.ts';

describe('formatFigureValue', () => {
  it.each([
    [{ value: 1_600_000, format: 'number' }, 'en', '1.6 million'],
    [{ value: 1_600_000, format: 'number' }, 'es', '1,6 millones'],
    [{ value: 797_266, format: 'number' }, 'en', '797,266'],
    [{ value: 797_266, format: 'number' }, 'es', '797.266'],
    [{ value: 36.5, format: 'percent' }, 'en', '36.5%'],
    [{ value: 15_000_000_000, format: 'usd' }, 'en', '15 billion US dollars'],
    [{ value: 15_000_000, format: 'usd' }, 'en', '15 million US dollars'],
    [{ value: 65_900, format: 'usd' }, 'en', '$65,900'],
    [{ value: 65.9, format: 'number' }, 'en', '65.9'],
  ] as const)('formats %o in %s as %s', (figure, locale, expected) => {
    expect(formatFigureValue(figure, locale)).toBe(expected);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2024-11-28', 'en', 'November 28, 2024'],
    ['2024-11', 'en', 'November 2024'],
    ['2024', 'en', '2024'],
    ['2024-11-28', 'es', '28 de noviembre de 2024'],
  ])('formats %s in %s as %s', (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });
});

describe('countWords', () => {
  it('counts whitespace-separated words and ignores a lone ellipsis', () => {
    expect(countWords('one two … three')).toBe(3);
    expect(countWords('  spaced   out  ')).toBe(2);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'sources/', '/sources/'],
    ['/graphics/2026/cartels/', '/sources/', '/graphics/2026/cartels/sources/'],
    ['/graphics/2026/cartels', '#proposals', '/graphics/2026/cartels/#proposals'],
  ])('joins %s and %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('numbers and dates in Mexican Spanish', () => {
  it('formats figures with es-MX separators and joins millions to their noun with "de"', () => {
    expect(formatFigureValue({ value: 1_600_000, format: 'number' }, 'es-MX')).toBe('1.6 millones');
    expect(formatFigureValue({ value: 797_266, format: 'number' }, 'es-MX')).toBe('797,266');
    expect(formatFigureValue({ value: 10_000_000_000, format: 'usd' }, 'es-MX')).toBe('10 mil millones de dólares estadounidenses');
    expect(formatFigureValue({ value: 10_000_000_000, format: 'usd' }, 'en')).toBe('10 billion US dollars');
    expect(withUnit('1.6 millones', 'ciudadanos', 'es-MX')).toBe('1.6 millones de ciudadanos');
    expect(withUnit('797,266', 'personas', 'es-MX')).toBe('797,266 personas');
  });
  it('puts an article before a day, not before a month, after a Spanish preposition', () => {
    expect(formatDateAfterPreposition('2026-07-01', 'es-MX')).toBe('el 1 de julio de 2026');
    expect(formatDateAfterPreposition('2026-07', 'es-MX')).toBe('julio de 2026');
    expect(formatDateAfterPreposition('2026-07-01', 'en')).toBe('July 1, 2026');
    expect(contractArticles('de noviembre de 2024 a el 1 de julio, de el 2', 'es-MX')).toBe('de noviembre de 2024 al 1 de julio, del 2');
    expect(contractArticles('from a el', 'en')).toBe('from a el');
  });
});
