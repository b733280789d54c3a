import type { ChartSpec } from '../charts/chart-spec.ts';
import { chartsIn } from '../charts/site-charts.ts';
import { defaultLocale, intlLocale, localePrefix, useTranslations, type Locale, type UiKey } from '../i18n/ui.ts';
import { localisedPath, pageLocales, siteEditions } from '../i18n/site-translations.ts';
import type { EditionPage } from '../i18n/edition-pages.ts';
import { formatPartialDate } from '../lib/format-date.ts';
import { siteRegister } from '../register/site-register.ts';

/** The size every social network crops to for a large card. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

interface CardBase {
  /** Path of the page within the site, without slashes at the ends: `''` is the story. */
  page: string;
  /** What the card shows, for readers who cannot see it (og:image:alt). */
  alt: string;
}
export interface TitleCard extends CardBase {
  kind: 'title';
  /** The edition whose words the card carries, down to its kicker and footer. */
  locale: Locale;
  title: string;
  line: string;
  /** A short third line, such as the story's as-of date. */
  note?: string;
}
export interface ChartCard extends CardBase {
  kind: 'chart';
  chart: ChartSpec;
}
export type PageCard = TitleCard | ChartCard;

const t = useTranslations('en');

/** A page with no chart of its own gets a card with its title and its description. */
const titleCard = (page: string, title: string, line: string, note?: string, locale: Locale = defaultLocale): TitleCard => ({
  kind: 'title',
  locale,
  page,
  title,
  line,
  ...(note ? { note } : {}),
  alt: page === localePrefix(locale).replace(/\/$/, '') ? `${title} ${line}` : `${title}: ${useTranslations(locale)('site.title')}`,
});

/** The story's freshness, as its opening says it: the date of the newest verified event. */
const newest = siteRegister.events
  .map(({ data }) => data.date)
  .sort()
  .at(-1);
const asOf = newest ? `${t('asof.label')} ${formatPartialDate(newest, 'en')}` : undefined;

/** The title and line of each page other editions can publish, as the page passes them to its layout. */
const editionPageText: Record<EditionPage, [UiKey, UiKey]> = {
  story: ['site.title', 'site.subtitle'],
  timeline: ['timeline.title', 'timeline.intro'],
  glossary: ['nav.glossary', 'glossary.intro'],
  embed: ['gallery.title', 'gallery.description'],
  about: ['about.title', 'about.description'],
  sources: ['footer.sources', 'sources.description'],
};

/** Cards for the pages each other edition publishes, in that edition's words. */
const editionCards = [...siteEditions].flatMap(([locale, edition]) => {
  const tl = useTranslations(locale);
  return [...edition.pages].map((page) => {
    const [title, line] = editionPageText[page];
    const path = localisedPath(page, locale).replace(/\/$/, '');
    if (page === 'story') {
      const note = newest ? `${tl('asof.label')} ${formatPartialDate(newest, intlLocale(locale))}` : undefined;
      return titleCard(path, tl(title), tl(line), note, locale);
    }
    return titleCard(path, tl(title), tl(line), undefined, locale);
  });
});

/**
 * Every page's Open Graph card. The titles and lines repeat what each page passes to its layout;
 * the build tests check that every built page's card alt text names that page's title.
 */
export const pageCards: PageCard[] = [
  titleCard('', t('site.title'), t('site.subtitle'), asOf),
  titleCard('timeline', t('timeline.title'), t('timeline.intro')),
  titleCard('sources', t('footer.sources'), t('sources.description')),
  titleCard('about', t('about.title'), t('about.description')),
  titleCard('classroom', t('classroom.title'), t('classroom.dek')),
  titleCard(
    'classroom/handout',
    t('handout.title'),
    t('handout.description'),
  ),
  titleCard('classroom/cards', t('cards.title'), t('cards.description')),
  titleCard('glossary', t('nav.glossary'), t('glossary.intro')),
  titleCard('embed', t('gallery.title'), t('gallery.description')),
  titleCard('404', t('notfound.title'), t('notfound.body')),
  ...editionCards,
  ...pageLocales('embed').flatMap((locale) =>
    chartsIn(locale).map((chart): ChartCard => ({
      kind: 'chart',
      page: `${localePrefix(locale)}embed/${chart.id}`,
      chart,
      alt: `${useTranslations(locale)('card.chart')} ${chart.title}. ${chart.takeaway}`,
    })),
  ),
];

/** Where a card's PNG is built, relative to the site root: the story's is `og/story.png`. */
export const cardImagePath = (card: PageCard) => `og/${card.page || 'story'}.png`;

/**
 * The card of a built page, from its URL path and the deploy base. A page without one fails
 * the build here, rather than shipping a broken preview.
 */
export function cardForPage(pathname: string, base: string): PageCard {
  const head = base.endsWith('/') ? base : `${base}/`;
  const within = (pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\/+/, ''))
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  const card = pageCards.find((candidate) => candidate.page === within);
  if (!card) throw new Error(`No Open Graph card for the page "${within}": add one to src/images/page-cards.ts`);
  return card;
}
