import type { Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A numeral allowed in prose although it is not a cited figure, with the reason it is allowed. */
export interface ProseException {
  text: string;
  reason: string;
}

export interface NumeralFinding {
  line: number;
  column: number;
  numeral: string;
  context: string;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Spanish dates put the day before the month: "27 de noviembre de 2024". */
const MONTH_ES = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)';
const NUMERAL = /\d[\d,.]*\d%?|\d%?/g;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

function isAllowed(text: string, start: number, numeral: string, exempt: [number, number][]): boolean {
  const end = start + numeral.length;
  if (exempt.some(([from, to]) => start >= from && end <= to)) return true;
  const after = text.slice(end);
  const before = text.slice(0, start);
  if (YEAR.test(numeral) && !/^[\d%]/.test(after)) return true; // a year
  if (/^(?:st|nd|rd|th)\b/.test(after)) return true; // an ordinal
  const day = Number(numeral);
  const isDay = /^\d{1,2}$/.test(numeral) && day >= 1 && day <= 31;
  if (isDay && (new RegExp(`${MONTH}\\s$`).test(before) || new RegExp(`^\\s${MONTH}`).test(after))) return true; // a date
  if (isDay && new RegExp(`^\\s+de\\s+${MONTH_ES}\\b`).test(after)) return true; // una fecha
  return false;
}

/**
 * Finds numerals in an MDX chapter's prose that are not years, dates, ordinals or listed
 * exceptions. Numbers belong in cited components (`<Fig id="…" />`), whose attributes and
 * output the parser never sees as prose.
 */
export function findProseNumerals(mdx: string, exceptions: ProseException[] = []): NumeralFinding[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(mdx) as Root;
  const findings: NumeralFinding[] = [];
  visit(tree, 'text', (node: Text) => {
    const text = node.value;
    const exempt: [number, number][] = [];
    for (const { text: allowed } of exceptions) {
      for (let at = text.indexOf(allowed); at !== -1; at = text.indexOf(allowed, at + 1))
        exempt.push([at, at + allowed.length]);
    }
    for (const match of text.matchAll(NUMERAL)) {
      if (isAllowed(text, match.index, match[0], exempt)) continue;
      const lines = text.slice(0, match.index).split('\n');
      const line = (node.position?.start.line ?? 1) + lines.length - 1;
      const column = lines.length > 1 ? lines.at(-1)!.length + 1 : (node.position?.start.column ?? 1) + match.index;
      findings.push({
        line,
        column,
        numeral: match[0],
        context: text.slice(Math.max(0, match.index - 30), match.index + 30).trim(),
      });
    }
  });
  return findings;
}
