import { describe, expect, it } from 'vitest';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { readDist } from './dist.ts';
import { doubledWords, visibleText } from './visible-text.ts';

const htmlFile = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page);

// The prose once wrote a hedge that <Fig> prints again ("about about 1.6 million"); any word said
// twice in a row in what a reader sees is a slip of that kind.
describe('built text', () => {
  it('finds a doubled hedge in sample text', () => {
    expect(doubledWords('where about about 1.6 million live; at least at least 199 people')).toEqual([
      'about about',
      'at least at least',
    ]);
    expect(doubledWords('the data about abouts')).toEqual([]);
  });

  it.each(sitePages())('"%s" says no word twice in a row', (page) => {
    expect(doubledWords(visibleText(readDist(htmlFile(page))))).toEqual([]);
  });
});
