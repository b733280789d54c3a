// The pages a translated edition can publish, and the content each one shows. A page joins an
// edition once its `content/i18n/<locale>/edition.yaml` lists it; the build then checks that every
// piece of content the page needs exists in that language.
import type { TranslatedKind } from './translation-kinds.ts';

export const editionPages = ['story', 'timeline', 'glossary', 'embed', 'about', 'sources'] as const;
export type EditionPage = (typeof editionPages)[number];

/** Content beyond the register's kinds: the chapters, the opening key points, the charts' words. */
export type EditionPart = TranslatedKind | 'chapters' | 'opening' | 'charts' | 'about';
export const partFiles: Record<Exclude<EditionPart, TranslatedKind>, string> = {
  chapters: 'chapters/',
  opening: 'opening.mdx',
  charts: 'charts.yaml',
  about: 'about.mdx',
};

export const pageNeeds: Record<EditionPage, EditionPart[]> = {
  story: ['chapters', 'opening', 'charts', 'glossary', 'figures', 'quotes', 'actors', 'options', 'operation', 'events', 'series'],
  timeline: ['events'],
  glossary: ['glossary'],
  // The gallery and, with it, every chart's embed, static images, data files and oEmbed answer.
  embed: ['charts', 'figures', 'series', 'events', 'options', 'operation'],
  about: ['about', 'updates'],
  // Each source with how it knows what it says, and everything on the site that rests on it.
  sources: ['sources', 'figures', 'quotes', 'events', 'series', 'actors', 'glossary', 'options', 'operation'],
};

/** Each page's path under the site root, in the default edition. */
export const pagePaths: Record<EditionPage, string> = {
  story: '',
  timeline: 'timeline/',
  glossary: 'glossary/',
  embed: 'embed/',
  about: 'about/',
  sources: 'sources/',
};
