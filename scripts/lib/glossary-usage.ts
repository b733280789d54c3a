import type { Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** What the check needs of a glossary entry: its id and the words that count as using it. */
export interface GlossaryWords {
  id: string;
  term: string;
  aliases?: string[];
}

/** A run of prose, and the <Term> it sits in, if any. */
interface Segment {
  text: string;
  termId?: string;
  line: number;
}

export interface TermProblem {
  line: number;
  message: string;
}

/** Acronyms match exactly; other words in any case, also in the plural. */
export function termPattern(words: string): RegExp {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  const acronym = /^[A-Z]{2,}$/.test(words);
  return new RegExp(`(?<![\\p{L}\\d])${escaped}${acronym ? '' : '(?:s|es)?'}(?![\\p{L}\\d])`, acronym ? 'u' : 'iu');
}

function termIdOf(node: MdxJsxTextElement | MdxJsxFlowElement): string | undefined {
  const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  return typeof id?.value === 'string' ? id.value : undefined;
}

/** Prose segments of an MDX chapter in reading order; headings and component attributes are not prose. */
export function proseSegments(mdx: string): Segment[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(mdx) as Root;
  const segments: Segment[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') return SKIP;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
      const text = (node.children as Text[]).map((child) => ('value' in child ? child.value : '')).join('');
      segments.push({ text, termId: termIdOf(node), line: node.position?.start.line ?? 0 } as Segment);
      return SKIP;
    }
    if (node.type === 'text') segments.push({ text: (node as Text).value, line: node.position?.start.line ?? 0 });
    return undefined;
  });
  return segments;
}

/** The glossary ids a chapter uses, in prose or in <Term> tags. */
export function termsUsed(mdx: string, glossary: GlossaryWords[]): Set<string> {
  const segments = proseSegments(mdx);
  const used = new Set(segments.flatMap((segment) => (segment.termId ? [segment.termId] : [])));
  for (const entry of glossary)
    if (segments.some((segment) => [entry.term, ...(entry.aliases ?? [])].some((words) => termPattern(words).test(segment.text))))
      used.add(entry.id);
  return used;
}

/**
 * In each chapter, the first use of a glossary term must carry its inline definition (<Term>),
 * later uses must not repeat it, and every <Term> must name a defined term.
 */
export function checkTermUse(mdx: string, glossary: GlossaryWords[]): TermProblem[] {
  const segments = proseSegments(mdx);
  const problems: TermProblem[] = [];
  const known = new Set(glossary.map((entry) => entry.id));
  const seen = new Set<string>();
  for (const segment of segments) {
    if (!segment.termId) continue;
    if (!known.has(segment.termId))
      problems.push({ line: segment.line, message: `<Term id="${segment.termId}"> names no glossary term` });
    else if (seen.has(segment.termId))
      problems.push({ line: segment.line, message: `<Term id="${segment.termId}"> again: define a term once per chapter` });
    seen.add(segment.termId);
  }
  for (const entry of glossary) {
    const patterns = [entry.term, ...(entry.aliases ?? [])].map(termPattern);
    const first = segments.find((segment) =>
      segment.termId ? segment.termId === entry.id : patterns.some((pattern) => pattern.test(segment.text)),
    );
    if (first && first.termId !== entry.id) {
      const match = patterns.map((pattern) => first.text.match(pattern)?.[0]).find(Boolean);
      problems.push({
        line: first.line,
        message: `first use of "${match}" needs its definition: <Term id="${entry.id}">${match}</Term>`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
