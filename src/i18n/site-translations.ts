// Every edition's words, read and checked once per build, and the lookups pages use to show them.
import { siteRegister } from '../register/site-register.ts';
import { siteUpdates } from '../register/site-coverage.ts';
import { UPDATES_FILE } from '../register/read-updates.ts';
import { readTranslations, type Edition } from './read-translations.ts';
import { pagePaths, type EditionPage } from './edition-pages.ts';
import { withBase } from '../lib/paths.ts';
import { defaultLocale, localePrefix, locales, type Locale } from './ui.ts';
import type { RegisterEntry, TranslatedKind, Translation } from './translation-kinds.ts';

export const siteEditions: Map<Locale, Edition> = readTranslations(process.cwd(), {
  ...siteRegister,
  updates: siteUpdates.map((data) => ({ file: UPDATES_FILE, data })),
});

/** The locales a page is published in, the default first. */
export function pageLocales(page: EditionPage): Locale[] {
  return locales.filter((locale) => locale === defaultLocale || siteEditions.get(locale)?.pages.has(page));
}

/** `getStaticPaths` for a page under `[...locale]/`: the default edition at the root. */
export function localeStaticPaths(page: EditionPage) {
  return pageLocales(page).map((locale) => ({
    params: { locale: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** The page's path in a locale, relative to the site base. */
export function localisedPath(page: EditionPage, locale: Locale): string {
  return `${localePrefix(locale)}${pagePaths[page]}`;
}

function wordsFor<K extends TranslatedKind>(kind: K, id: string, locale: Locale): Translation<K> {
  const words = siteEditions.get(locale)?.kinds[kind]?.get(id) as Translation<K> | undefined;
  if (!words)
    throw new Error(`No ${locale} translation of ${kind} entry "${id}" (content/i18n/${locale}/${kind}.yaml)`);
  return words;
}

/**
 * An entry with its prose in the locale's words; facts stay as the English register has them. The
 * build has already checked that each published page's translations are complete.
 */
export function localise<K extends TranslatedKind, E extends { id: string }>(kind: K, entry: E, locale: Locale): E {
  if (locale === defaultLocale) return entry;
  // A quote's rendering is not its English `translation` (which renders Spanish into English): see quoteRendering.
  const {
    renders: _renders,
    translation: _rendering,
    points,
    ...prose
  } = wordsFor(kind, entry.id, locale) as Record<string, unknown>;
  const localised = { ...entry, ...prose } as E;
  if (kind === 'series' && Array.isArray(points)) {
    const weak = new Map(
      (points as { period: string; weak_sourcing: string }[]).map((point) => [point.period, point.weak_sourcing]),
    );
    const series = localised as unknown as RegisterEntry<'series'>;
    return {
      ...series,
      points: series.points.map((point) =>
        weak.has(point.period) ? { ...point, weak_sourcing: weak.get(point.period) } : point,
      ),
    } as unknown as E;
  }
  return localised;
}

/** Our rendering, in the locale, of a quote spoken in another language; undefined when spoken in it. */
export function quoteRendering(id: string, locale: Locale): string | undefined {
  if (locale === defaultLocale) return undefined;
  return wordsFor('quotes', id, locale).translation;
}

/**
 * A link from a page in `locale` to a site path given as the default edition has it: to the same
 * page in `locale` when that edition publishes it, else to the default edition's page, marked with
 * its language so readers know before they follow it.
 */
export function editionLink(base: string, path: string, locale: Locale): { href: string; hreflang?: Locale } {
  const [page, anchor] = path.split('#') as [string, string | undefined];
  const published = (Object.entries(pagePaths) as [EditionPage, string][]).find(([, at]) => at === page)?.[0];
  const tail = anchor === undefined ? '' : `#${anchor}`;
  if (locale === defaultLocale) return { href: withBase(base, path) };
  if (published && pageLocales(published).includes(locale)) return { href: withBase(base, `${locale}/${page}${tail}`) };
  return { href: withBase(base, path), hreflang: defaultLocale };
}

/**
 * A source as an edition shows it: our notes on it, and its outlet where the English carries our
 * description ("repost of Rolling Stone text"), in the edition's words once it has them.
 */
export function localSource<S extends { id: string }>(source: S, locale: Locale): S {
  return siteEditions.get(locale)?.kinds.sources ? localise('sources', source, locale) : source;
}
