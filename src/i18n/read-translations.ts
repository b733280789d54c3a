import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RegisterError, type RegisterProblem } from '../register/register-error.ts';
import { defaultLocale, locales, type Locale } from './ui.ts';
import {
  mirroredFields,
  translatedKinds,
  translationSchemas,
  type TranslatableRegister,
  type TranslatedKind,
  type Translation,
} from './translation-kinds.ts';
import { editionPages, pageNeeds, partFiles, type EditionPage } from './edition-pages.ts';

/** Where each edition's words live: content/i18n/<locale>/. */
export const translationRoot = 'content/i18n';
const englishChapters = 'content/chapters';

export type KindTranslations = { [K in TranslatedKind]?: Map<string, Translation<K>> };

export interface Edition {
  locale: Locale;
  pages: Set<EditionPage>;
  kinds: KindTranslations;
  /** Chapter file stems (as in content/chapters/) that this edition has. */
  chapters: Set<string>;
}

const editionSchema = z.strictObject({ pages: z.array(z.enum(editionPages)).default([]) });

const fieldPath = (path: PropertyKey[]) => (path.length ? path.map(String).join('.') : undefined);

function readYaml(root: string, file: string, problems: RegisterProblem[]): unknown {
  try {
    return parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Each kind's file must render every English entry, once, with the same optional fields. */
function readKind<K extends TranslatedKind>(
  root: string,
  locale: Locale,
  kind: K,
  english: TranslatableRegister[K],
  problems: RegisterProblem[],
): Map<string, Translation<K>> | undefined {
  const file = join(translationRoot, locale, `${kind}.yaml`);
  if (!existsSync(join(root, file))) return undefined;
  const raw = readYaml(root, file, problems);
  if (raw === undefined) return new Map();
  if (!Array.isArray(raw)) {
    problems.push({ file, message: 'must be a YAML list of entries' });
    return new Map();
  }
  const byId = new Map(english.map(({ data }) => [data.id, data as Record<string, unknown>]));
  const found = new Map<string, Translation<K>>();
  raw.forEach((item: unknown, index) => {
    const rendersId = (item as { renders?: unknown } | null)?.renders;
    const entry = typeof rendersId === 'string' ? rendersId : `#${index + 1}`;
    const result = translationSchemas[kind].safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, entry, field: fieldPath(issue.path), message: issue.message });
      return;
    }
    const translation = result.data as Translation<K>;
    const source = byId.get(translation.renders);
    if (!source) {
      problems.push({ file, entry, field: 'renders', message: `names no ${kind} entry in the English register` });
      return;
    }
    if (found.has(translation.renders)) {
      problems.push({ file, entry, field: 'renders', message: 'is translated twice' });
      return;
    }
    const fields = translation as Record<string, unknown>;
    for (const field of mirroredFields[kind] as string[]) {
      const inEnglish = source[field] !== undefined;
      const here = fields[field] !== undefined;
      if (inEnglish && !here) problems.push({ file, entry, field, message: `is missing: the English entry has one` });
      if (!inEnglish && here)
        problems.push({
          file,
          entry,
          field,
          message: `is not in the English entry, so it says something the English does not`,
        });
    }
    problems.push(...kindRules(kind, source, fields, { file, entry, locale }));
    found.set(translation.renders, translation);
  });
  for (const id of byId.keys()) {
    if (!found.has(id) && !problems.some((problem) => problem.file === file && problem.entry === id))
      problems.push({ file, entry: id, message: `has no ${locale} translation of this ${kind} entry` });
  }
  return found;
}

/** Rules that tie a translation to the particular English entry it renders. */
function kindRules(
  kind: TranslatedKind,
  source: Record<string, unknown>,
  fields: Record<string, unknown>,
  where: { file: string; entry: string; locale: Locale },
): RegisterProblem[] {
  const { file, entry, locale } = where;
  if (kind === 'quotes') {
    // Words spoken in the edition's language are shown as spoken, never rendered back from a translation.
    const needs = source.spoken_language !== locale;
    if (needs && fields.translation === undefined)
      return [
        {
          file,
          entry,
          field: 'translation',
          message: `is required: the quote was spoken in "${String(source.spoken_language)}"`,
        },
      ];
    if (!needs && fields.translation !== undefined)
      return [{ file, entry, field: 'translation', message: `must not be given: the quote was spoken in "${locale}"` }];
  }
  if (kind === 'series') {
    const weak = ((source.points as { period: string; weak_sourcing?: string }[]) ?? []).filter(
      (point) => point.weak_sourcing,
    );
    const given = (fields.points as { period: string }[]).map((point) => point.period);
    const wanted = weak.map((point) => point.period);
    const missing = wanted.filter((period) => !given.includes(period));
    const extra = given.filter((period) => !wanted.includes(period));
    return [
      ...missing.map((period) => ({
        file,
        entry,
        field: 'points',
        message: `needs the weak_sourcing of point ${period}`,
      })),
      ...extra.map((period) => ({
        file,
        entry,
        field: 'points',
        message: `names point ${period}, which has no weak_sourcing in English`,
      })),
    ];
  }
  return [];
}

const tagPattern = /<(Cite|Quote|Fig|Chart|Scrolly|Step|Term)\b([^>]*)>/g;

/** The facts a chapter shows, as the component tags that draw them: the same in every edition. */
export function chapterTags(mdx: string): string[] {
  return [...mdx.matchAll(tagPattern)].map(([, name, attributes]) => {
    const ids = [...(attributes ?? '').matchAll(/\b(id|ids|chart)=(\{[^}]*\}|"[^"]*")/g)].map(([, , value]) => value);
    return `${name} ${ids.join(' ')}`.trim();
  });
}

const tally = (tags: string[]) =>
  tags.reduce((counts, tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1), new Map<string, number>());

const frontmatter = (text: string) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1];

const translatedChapterSchema = z.strictObject({
  renders: z.string().min(1),
  title: z.string().trim().min(1),
  nav: z.string().trim().min(1),
  summary: z.string().trim().min(1),
});

function readChapters(root: string, locale: Locale, problems: RegisterProblem[]): Set<string> | undefined {
  const folder = join(translationRoot, locale, 'chapters');
  if (!existsSync(join(root, folder))) return undefined;
  const english = readdirSync(join(root, englishChapters)).filter((name) => name.endsWith('.mdx'));
  const have = new Set<string>();
  for (const name of readdirSync(join(root, folder)).filter((file) => file.endsWith('.mdx'))) {
    const file = join(folder, name);
    const text = readFileSync(join(root, file), 'utf8');
    const result = translatedChapterSchema.safeParse(parse(frontmatter(text) ?? '') ?? {});
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    const stem = result.data.renders;
    if (stem !== basename(name, '.mdx') || !english.includes(name)) {
      problems.push({
        file,
        field: 'renders',
        message: `must name the English chapter of the same file name (${englishChapters}/${name})`,
      });
      continue;
    }
    const theirs = tally(chapterTags(readFileSync(join(root, englishChapters, name), 'utf8')));
    const ours = tally(chapterTags(text));
    for (const [tag, count] of theirs)
      if ((ours.get(tag) ?? 0) < count)
        problems.push({ file, message: `lacks <${tag}>, which the English chapter shows ${count}×` });
    for (const [tag, count] of ours)
      if ((theirs.get(tag) ?? 0) < count)
        problems.push({ file, message: `shows <${tag}> ${count}×, more often than the English chapter` });
    have.add(stem);
  }
  for (const name of english)
    if (!have.has(basename(name, '.mdx')) && !problems.some((problem) => problem.file === join(folder, name)))
      problems.push({
        file: join(folder, name),
        message: `is missing: every English chapter needs its ${locale} chapter`,
      });
  return have;
}

function readEdition(
  root: string,
  locale: Locale,
  register: TranslatableRegister,
  problems: RegisterProblem[],
): Edition | undefined {
  if (!existsSync(join(root, translationRoot, locale))) return undefined;
  const file = join(translationRoot, locale, 'edition.yaml');
  const parsed = existsSync(join(root, file))
    ? editionSchema.safeParse(readYaml(root, file, problems) ?? {})
    : editionSchema.safeParse({});
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({ file, field: fieldPath(issue.path), message: issue.message });
  const kinds: KindTranslations = {};
  for (const kind of translatedKinds) {
    const map = readKind(root, locale, kind, register[kind], problems);
    if (map) (kinds as Record<string, unknown>)[kind] = map;
  }
  const chapters = readChapters(root, locale, problems) ?? new Set<string>();
  const pages = new Set(parsed.success ? parsed.data.pages : []);
  for (const page of pages) {
    for (const need of pageNeeds[page]) {
      const present =
        need === 'chapters'
          ? chapters.size > 0
          : need === 'opening' || need === 'charts' || need === 'about'
            ? existsSync(join(root, translationRoot, locale, partFiles[need]))
            : kinds[need] !== undefined;
      const where = join(translationRoot, locale, need in partFiles ? partFiles[need as keyof typeof partFiles] : `${need}.yaml`);
      if (!present) problems.push({ file, field: 'pages', message: `lists "${page}", which needs ${where}` });
    }
  }
  return { locale, pages, kinds, chapters };
}

/**
 * Reads every edition other than the default one and checks it against the English register:
 * a missing, extra or mismatched entry stops the build naming the file, the entry and the language.
 */
export function readTranslations(root: string, register: TranslatableRegister): Map<Locale, Edition> {
  const problems: RegisterProblem[] = [];
  const editions = new Map<Locale, Edition>();
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const edition = readEdition(root, locale, register, problems);
    if (edition) editions.set(locale, edition);
  }
  const folders = existsSync(join(root, translationRoot)) ? readdirSync(join(root, translationRoot)) : [];
  for (const folder of folders)
    if (!(locales as readonly string[]).includes(folder) || folder === defaultLocale)
      problems.push({
        file: relative(root, join(root, translationRoot, folder)),
        message: `is not a locale the site declares (${locales.filter((l) => l !== defaultLocale).join(', ')})`,
      });
  if (problems.length) throw new RegisterError(problems);
  return editions;
}
