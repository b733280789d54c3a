// Reading grade of the story's prose and of the handout, from established formulas (wooorm's
// flesch-kincaid, coleman-liau and automated-readability, with the syllable counter they pair with).
import type { Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadingGrade {
  words: number;
  sentences: number;
  fleschKincaid: number;
  colemanLiau: number;
  automatedReadability: number;
}

/**
 * The prose a reader reads in an MDX chapter: paragraphs, list items and scrolly steps. A cited
 * figure reads as one short word; quotes, charts and source notes are not our prose.
 */
export function chapterProse(mdx: string): string {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(mdx) as Root;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'yaml') return SKIP;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      let text = '';
      visit(node, (inner) => {
        if (inner.type === 'text') text += (inner as Text).value;
        if (inner.type === 'mdxJsxTextElement' && inner.name === 'Fig') text += 'many';
      });
      blocks.push(text.trim());
      return SKIP;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && ['Quote', 'Chart', 'Cite'].includes(node.name ?? ''))
      return SKIP;
    return undefined;
  });
  // A list item or step without a full stop is still a sentence of its own.
  return blocks
    .filter(Boolean)
    .map((block) => (/[.?!:"”)]$/.test(block) ? block : `${block}.`))
    .join('\n');
}

/** A text's sentences (those with a letter in them) and words, as the locale segments them. */
export function sentencesAndWords(text: string, locale: string): { sentences: number; words: string[] } {
  const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].filter((s) =>
    /\p{L}/u.test(s.segment),
  ).length;
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
  return { sentences, words };
}

export function readingGrade(text: string, locale = 'en'): ReadingGrade {
  const { sentences, words } = sentencesAndWords(text, locale);
  const letters = words.join('').replace(/[^\p{L}\d]/gu, '').length;
  const counts = {
    sentence: sentences,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
    letter: letters,
    character: letters,
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    words: words.length,
    sentences,
    fleschKincaid: round(fleschKincaid(counts)),
    colemanLiau: round(colemanLiau(counts)),
    automatedReadability: round(automatedReadability(counts)),
  };
}
