// Fails when story prose carries a bare number (every statistic must come from <Fig id="…" />),
// when a chapter uses a glossary term without defining it at first use (<Term id="…">), or when
// the glossary defines a term the story never uses. Each edition is checked in its own words:
// English in content/, every other edition in content/i18n/<locale>/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findProseNumerals, type ProseException } from './lib/prose-numerals.ts';
import { checkTermUse, termsUsed, type GlossaryWords } from './lib/glossary-usage.ts';

interface EditionFiles {
  label: string;
  opening: string;
  chapters: string;
  exceptions: string;
  glossary: GlossaryWords[];
  glossaryFile: string;
}

const mdxIn = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => join(dir, file));

const englishGlossary = 'content/data/glossary';
const editions: EditionFiles[] = [
  {
    label: 'en',
    opening: 'content/opening/opening.mdx',
    chapters: 'content/chapters',
    exceptions: 'content/prose-exceptions.yaml',
    glossary: readdirSync(englishGlossary)
      .filter((file) => file.endsWith('.yaml'))
      .flatMap((file) => (parse(readFileSync(join(englishGlossary, file), 'utf8')) ?? []) as GlossaryWords[]),
    glossaryFile: englishGlossary,
  },
];
for (const locale of existsSync('content/i18n') ? readdirSync('content/i18n').sort() : []) {
  const dir = join('content/i18n', locale);
  const glossaryFile = join(dir, 'glossary.yaml');
  if (!existsSync(join(dir, 'chapters')) || !existsSync(glossaryFile)) continue;
  const translated = (parse(readFileSync(glossaryFile, 'utf8')) ?? []) as { renders: string; term: string; aliases?: string[] }[];
  editions.push({
    label: locale,
    opening: join(dir, 'opening.mdx'),
    chapters: join(dir, 'chapters'),
    exceptions: join(dir, 'prose-exceptions.yaml'),
    glossary: translated.map(({ renders, term, aliases }) => ({ id: renders, term, aliases: aliases ?? [] })),
    glossaryFile,
  });
}

let failed = false;
for (const edition of editions) {
  const files = [...(existsSync(edition.opening) ? [edition.opening] : []), ...mdxIn(edition.chapters)];
  const exceptions = (existsSync(edition.exceptions) ? (parse(readFileSync(edition.exceptions, 'utf8')) ?? []) : []) as ProseException[];
  for (const [i, exception] of exceptions.entries()) {
    if (!exception?.text || !exception?.reason) throw new Error(`${edition.exceptions} entry ${i + 1}: needs text and reason`);
  }
  let count = 0;
  for (const file of files) {
    for (const finding of findProseNumerals(readFileSync(file, 'utf8'), exceptions)) {
      count++;
      console.error(
        `${file}:${finding.line}:${finding.column}: bare numeral "${finding.numeral}" in "…${finding.context}…"; use <Fig id="…" /> or list it in ${edition.exceptions} with a reason`,
      );
    }
  }
  console.log(`Prose numeral lint (${edition.label}): ${count} bare numeral${count === 1 ? '' : 's'} in story prose.`);

  let termProblems = 0;
  const used = new Set<string>();
  for (const file of files) {
    const mdx = readFileSync(file, 'utf8');
    for (const id of termsUsed(mdx, edition.glossary)) used.add(id);
    // The opening's key points are the page's first paint: a disclosure there would repaint the
    // largest element once its script runs. Chapters below define each term at its first use.
    if (file === edition.opening) continue;
    for (const problem of checkTermUse(mdx, edition.glossary)) {
      termProblems++;
      console.error(`${file}:${problem.line}: ${problem.message}`);
    }
  }
  for (const entry of edition.glossary.filter(({ id }) => !used.has(id))) {
    termProblems++;
    console.error(`${edition.glossaryFile}: term "${entry.id}" is defined but the story never uses it; use it or remove it`);
  }
  console.log(`Glossary lint (${edition.label}): ${termProblems} problem${termProblems === 1 ? '' : 's'} with terms in story prose.`);
  if (count || termProblems) failed = true;
}
if (failed) process.exitCode = 1;
