// The pages a translated edition can publish, and the content each one shows. A page joins an
// edition once its `content/i18n/<locale>/edition.yaml` lists it; the build then checks that every
// piece of content the page needs exists in that language.
import type { TranslatedKind } from './translation-kinds.ts';

export const editionPages = ['story', 'timeline', 'glossary'] as const;
export type EditionPage = (typeof editionPages)[number];

/** Content beyond the register's kinds: the chapters, the opening key points, the charts' words. */
export type EditionPart = TranslatedKind | 'chapters' | 'opening' | 'charts';
export const partFiles: Record<Exclude<EditionPart, TranslatedKind>, string> = {
  chapters: 'chapters/',
  opening: 'opening.mdx',
  charts: 'charts.yaml',
};

export const pageNeeds: Record<EditionPage, EditionPart[]> = {
  story: ['chapters', 'opening', 'charts', 'glossary', 'figures', 'quotes', 'actors', 'options', 'operation', 'events', 'series'],
  timeline: ['events'],
  glossary: ['glossary'],
};

/** Each page's path under the site root, in the default edition. */
export const pagePaths: Record<EditionPage, string> = {
  story: '',
  timeline: 'timeline/',
  glossary: 'glossary/',
};
