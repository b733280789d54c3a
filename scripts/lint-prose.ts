// Fails when chapter prose carries a bare number: every statistic must come from <Fig id="…" />.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findProseNumerals, type ProseException } from './lib/prose-numerals.ts';

const dir = 'content/chapters';
const exceptions = (parse(readFileSync('content/prose-exceptions.yaml', 'utf8')) ?? []) as ProseException[];
for (const [i, exception] of exceptions.entries()) {
  if (!exception?.text || !exception?.reason)
    throw new Error(`content/prose-exceptions.yaml entry ${i + 1}: needs text and reason`);
}
let count = 0;
for (const name of readdirSync(dir)
  .filter((file) => file.endsWith('.mdx'))
  .sort()) {
  for (const finding of findProseNumerals(readFileSync(join(dir, name), 'utf8'), exceptions)) {
    count++;
    console.error(
      `${join(dir, name)}:${finding.line}:${finding.column}: bare numeral "${finding.numeral}" in "…${finding.context}…"; use <Fig id="…" /> or list it in content/prose-exceptions.yaml with a reason`,
    );
  }
}
console.log(`Prose numeral lint: ${count} bare numeral${count === 1 ? '' : 's'} in chapter prose.`);
if (count) process.exitCode = 1;
