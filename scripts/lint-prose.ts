// Fails when story prose carries a bare number (every statistic must come from <Fig id="…" />),
// when a chapter uses a glossary term without defining it at first use (<Term id="…">), or when
// the glossary defines a term the story never uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findProseNumerals, type ProseException } from './lib/prose-numerals.ts';
import { checkTermUse, termsUsed, type GlossaryWords } from './lib/glossary-usage.ts';

const files = [
  'content/opening/opening.mdx',
  ...readdirSync('content/chapters')
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => join('content/chapters', file)),
];
const exceptions = (parse(readFileSync('content/prose-exceptions.yaml', 'utf8')) ?? []) as ProseException[];
for (const [i, exception] of exceptions.entries()) {
  if (!exception?.text || !exception?.reason)
    throw new Error(`content/prose-exceptions.yaml entry ${i + 1}: needs text and reason`);
}
let count = 0;
for (const file of files) {
  for (const finding of findProseNumerals(readFileSync(file, 'utf8'), exceptions)) {
    count++;
    console.error(
      `${file}:${finding.line}:${finding.column}: bare numeral "${finding.numeral}" in "…${finding.context}…"; use <Fig id="…" /> or list it in content/prose-exceptions.yaml with a reason`,
    );
  }
}
console.log(`Prose numeral lint: ${count} bare numeral${count === 1 ? '' : 's'} in story prose.`);

const glossaryDir = 'content/data/glossary';
const glossary = readdirSync(glossaryDir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => (parse(readFileSync(join(glossaryDir, file), 'utf8')) ?? []) as GlossaryWords[]);
let termProblems = 0;
const used = new Set<string>();
for (const file of files) {
  const mdx = readFileSync(file, 'utf8');
  for (const id of termsUsed(mdx, glossary)) used.add(id);
  // The opening's key points are the page's first paint: a disclosure there would repaint the
  // largest element once its script runs. Chapters below define each term at its first use.
  if (!file.startsWith('content/chapters/')) continue;
  for (const problem of checkTermUse(mdx, glossary)) {
    termProblems++;
    console.error(`${file}:${problem.line}: ${problem.message}`);
  }
}
for (const entry of glossary.filter(({ id }) => !used.has(id))) {
  termProblems++;
  console.error(`${glossaryDir}: term "${entry.id}" is defined but the story never uses it; use it or remove it`);
}
console.log(`Glossary lint: ${termProblems} problem${termProblems === 1 ? '' : 's'} with terms in story prose.`);
if (count || termProblems) process.exitCode = 1;
