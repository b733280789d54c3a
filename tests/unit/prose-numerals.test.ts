import { describe, expect, it } from 'vitest';
import { findProseNumerals } from '../../scripts/lib/prose-numerals.ts';

const numerals = (mdx: string, exceptions = [] as { text: string; reason: string }[]) =>
  findProseNumerals(mdx, exceptions).map((finding) => finding.numeral);

describe('findProseNumerals', () => {
  it('flags bare statistics in prose', () => {
    expect(numerals('About 1.6 million Americans live there, and 36.5% more died.')).toEqual(['1.6', '36.5%']);
    expect(numerals('It spoke with 6 sources and 12,000 people.')).toEqual(['6', '12,000']);
  });

  it('allows years, dates and ordinals', () => {
    expect(numerals('In 2019, on November 27, and on 5 November, the 21st meeting met.')).toEqual([]);
  });

  it('allows Spanish dates but still flags a day count that is no date', () => {
    expect(numerals('El 27 de noviembre de 2024 y el 1 de julio, la revista informó.')).toEqual([]);
    expect(numerals('Durante 27 días de combates murieron 9 personas.')).toEqual(['27', '9']);
  });

  it('ignores cited components and their attributes, frontmatter and code', () => {
    const mdx = '---\norder: 3\n---\nAbout <Fig id="us-citizens-1-6m" /> live there.\n\n```\nlet x = 42;\n```\n';
    expect(numerals(mdx)).toEqual([]);
  });

  it('allows listed exceptions only where they stand', () => {
    const exceptions = [{ text: 'Article 40', reason: 'a name' }];
    expect(numerals('Mexico amended Article 40 after 3 weeks.', exceptions)).toEqual(['3']);
  });

  it('reports the line and column', () => {
    const [finding] = findProseNumerals('First line.\n\nThen 75 people.');
    expect(finding).toMatchObject({ line: 3, column: 6, numeral: '75' });
  });
});
