// Fails when story prose carries a bare number: every statistic must come from <Fig id="…" />.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findProseNumerals, type ProseException } from './lib/prose-numerals.ts';

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
if (count) process.exitCode = 1;
