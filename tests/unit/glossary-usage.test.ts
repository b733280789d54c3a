import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkTermUse, termPattern, termsUsed, type GlossaryWords } from '../../scripts/lib/glossary-usage.ts';

const glossary: GlossaryWords[] = [
  { id: 'hvt', term: 'HVT', aliases: ['high-value target'] },
  { id: 'cartel', term: 'cartel' },
];

describe('termPattern', () => {
  it('matches acronyms exactly and words in any case, also plural', () => {
    expect(termPattern('HVT').test('an HVT raid')).toBe(true);
    expect(termPattern('HVT').test('the hvt')).toBe(false);
    expect(termPattern('cartel').test('Mexican Cartels')).toBe(true);
    expect(termPattern('cartel').test('cartelitos')).toBe(false);
    expect(termPattern('high-value target').test('high value targets')).toBe(true);
  });
});

describe('checkTermUse', () => {
  it('accepts a chapter that defines each term at its first use', () => {
    const mdx = 'The <Term id="cartel">cartels</Term> and their <Term id="hvt">high-value targets</Term>; more cartels.';
    expect(checkTermUse(mdx, glossary)).toEqual([]);
  });

  it('flags a first use without its definition, naming the line and the fix', () => {
    const mdx = 'Intro.\n\nThe cartels were hit.\n\nLater <Term id="cartel">cartel</Term> again.';
    expect(checkTermUse(mdx, glossary)).toEqual([
      { line: 3, message: 'first use of "cartels" needs its definition: <Term id="cartel">cartels</Term>' },
    ]);
  });

  it('flags an unknown term id and a second definition in one chapter', () => {
    const mdx = '<Term id="cartel">cartel</Term>, <Term id="cartel">cartel</Term> and <Term id="aumf">AUMF</Term>.';
    expect(checkTermUse(mdx, glossary).map((problem) => problem.message)).toEqual([
      '<Term id="cartel"> again: define a term once per chapter',
      '<Term id="aumf"> names no glossary term',
    ]);
  });

  it('ignores headings and component attributes, which are not prose', () => {
    const mdx = '## Cartels\n\n<Step summary="cartels lit">Nothing here.</Step>';
    expect(checkTermUse(mdx, glossary)).toEqual([]);
    expect(termsUsed(mdx, glossary).size).toBe(0);
  });
});

describe('the site glossary and the story', () => {
  const dir = 'content/data/glossary';
  const entries = readdirSync(dir).flatMap((file) => parse(readFileSync(join(dir, file), 'utf8')) as GlossaryWords[]);
  const files = [
    'content/opening/opening.mdx',
    ...readdirSync('content/chapters').map((file) => join('content/chapters', file)),
  ];

  it('defines every term a chapter uses, at its first use', () => {
    for (const file of files.filter((file) => file.startsWith('content/chapters/')))
      expect(checkTermUse(readFileSync(file, 'utf8'), entries), file).toEqual([]);
  });

  it('uses every term it defines somewhere in the story', () => {
    const used = new Set(files.flatMap((file) => [...termsUsed(readFileSync(file, 'utf8'), entries)]));
    expect(entries.map(({ id }) => id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('defines the terms a teacher will look for', () => {
    const ids = new Set(entries.map(({ id }) => id));
    for (const id of ['hvt', 'fto', 'aumf', 'cjng', 'sof', 'kingpin-strategy', 'sovereignty', 'usmca']) expect(ids).toContain(id);
  });
});
