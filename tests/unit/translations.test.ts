import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRegister } from '../../src/register/read-register.ts';
import { RegisterError } from '../../src/register/register-error.ts';
import { chapterTags, readTranslations } from '../../src/i18n/read-translations.ts';

const VALID = join(import.meta.dirname, '../fixtures/register-valid');
const TODAY = '2026-11-21';
const dirs: string[] = [];

const GLOSSARY = `- renders: example-term
  term: FTO
  expansion: Foreign Terrorist Organization (organización terrorista extranjera)
  definition: Una etiqueta que el gobierno de Estados Unidos da a algunos grupos extranjeros.
`;
const EDITION = 'pages: [glossary]\n';
const CHAPTER_EN = `---
order: 1
anchor: one
title: One
nav: One
summary: The first.
---

Text with <Fig id="example-figure" /> and <Cite ids={["example-original"]} />.
`;
const CHAPTER_ES = `---
renders: 01-one
title: Uno
nav: Uno
summary: El primero.
---

Texto con <Fig id="example-figure" /> y <Cite ids={["example-original"]} />.
`;

/** The valid register fixture plus the given files, so each case breaks exactly one rule. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const read = (dir: string) => readTranslations(dir, { ...readRegister(dir, TODAY), updates: [] });

function problemsOf(dir: string): string {
  try {
    read(dir);
  } catch (error) {
    if (error instanceof RegisterError) return error.message;
    throw error;
  }
  throw new Error('expected the translations to be rejected');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readTranslations', () => {
  it('has no other edition when content/i18n/ is absent', () => {
    expect(read(fixture({})).size).toBe(0);
  });

  it('reads a complete glossary and the pages the edition publishes', () => {
    const edition = read(
      fixture({ 'content/i18n/es/glossary.yaml': GLOSSARY, 'content/i18n/es/edition.yaml': EDITION }),
    ).get('es')!;
    expect([...edition.pages]).toEqual(['glossary']);
    expect(edition.kinds.glossary?.get('example-term')?.definition).toMatch(/^Una etiqueta/);
  });

  const cases: { name: string; files: Record<string, string>; message: string }[] = [
    {
      name: 'an English entry with no translation',
      files: { 'content/i18n/es/glossary.yaml': '[]\n' },
      message: 'content/i18n/es/glossary.yaml › entry "example-term": has no es translation of this glossary entry',
    },
    {
      name: 'a translation of an entry the register lacks',
      files: { 'content/i18n/es/glossary.yaml': GLOSSARY + GLOSSARY.replace('example-term', 'no-such-term') },
      message: 'entry "no-such-term" › field "renders": names no glossary entry in the English register',
    },
    {
      name: 'an optional field the English entry has but the translation lacks',
      files: { 'content/i18n/es/glossary.yaml': GLOSSARY.replace(/ {2}expansion: .*\n/, '') },
      message: 'entry "example-term" › field "expansion": is missing: the English entry has one',
    },
    {
      name: 'a field the translation may not carry',
      files: { 'content/i18n/es/glossary.yaml': GLOSSARY + '  source: example-original\n' },
      message: 'entry "example-term"',
    },
    {
      name: 'a rendering of words spoken in the edition language',
      files: {
        'content/i18n/es/quotes.yaml':
          '- renders: example-quote\n  role: Presidenta\n  translation: Siempre defenderemos nuestra soberanía.\n',
      },
      message: 'entry "example-quote" › field "translation": must not be given: the quote was spoken in "es"',
    },
    {
      name: 'a published page whose content is missing',
      files: { 'content/i18n/es/edition.yaml': EDITION },
      message:
        'content/i18n/es/edition.yaml › field "pages": lists "glossary", which needs content/i18n/es/glossary.yaml',
    },
    {
      name: 'a chapter that drops a fact the English shows',
      files: {
        'content/chapters/01-one.mdx': CHAPTER_EN,
        'content/i18n/es/chapters/01-one.mdx': CHAPTER_ES.replace(' <Fig id="example-figure" />', ''),
      },
      message: 'content/i18n/es/chapters/01-one.mdx: lacks <Fig "example-figure">, which the English chapter shows 1×',
    },
    {
      name: 'an English chapter with no translation',
      files: {
        'content/chapters/01-one.mdx': CHAPTER_EN,
        'content/chapters/02-two.mdx': CHAPTER_EN,
        'content/i18n/es/chapters/01-one.mdx': CHAPTER_ES,
      },
      message: 'content/i18n/es/chapters/02-two.mdx: is missing: every English chapter needs its es chapter',
    },
    {
      name: 'a note on a source that the English record does not have',
      files: {
        'content/i18n/es/sources.yaml': ['example-blog', 'example-news-2024-11-28', 'example-original']
          .map((id) => `- renders: ${id}\n  sourcing: Cómo lo sabe.\n`)
          .join('')
          .replace('Cómo lo sabe.\n', 'Cómo lo sabe.\n  notes: Una nota que el inglés no tiene.\n'),
      },
      message: 'entry "example-blog" › field "notes": is not in the English entry, so it says something the English does not',
    },
    {
      name: 'a folder for a locale the site does not declare',
      files: { 'content/i18n/fr/glossary.yaml': GLOSSARY },
      message: 'content/i18n/fr: is not a locale the site declares (es)',
    },
  ];

  for (const { name, files, message } of cases) {
    it(`rejects ${name}`, () => {
      expect(problemsOf(fixture(files))).toContain(message);
    });
  }

  it('accepts a chapter that shows the same facts in other words', () => {
    const dir = fixture({
      'content/chapters/01-one.mdx': CHAPTER_EN,
      'content/i18n/es/chapters/01-one.mdx': CHAPTER_ES,
    });
    expect([...read(dir).get('es')!.chapters]).toEqual(['01-one']);
  });
});

describe('chapterTags', () => {
  it('names each component tag by what it draws, not by its words', () => {
    const tags = chapterTags(
      '<Step id="s-1" summary="Primero.">x</Step> <Term id="cartel">cárteles</Term> <Cite ids={["a", "b"]} />',
    );
    expect(tags).toEqual(['Step "s-1"', 'Term "cartel"', 'Cite {["a", "b"]}']);
  });
});
