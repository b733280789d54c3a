// The pages a translated edition can publish, and the content each one shows. A page joins an
// edition once its `content/i18n/<locale>/edition.yaml` lists it; the build then checks that every
// piece of content the page needs exists in that language.
import type { TranslatedKind } from './translation-kinds.ts';

export const editionPages = ['glossary'] as const;
export type EditionPage = (typeof editionPages)[number];

export const pageNeeds: Record<EditionPage, (TranslatedKind | 'chapters')[]> = {
  glossary: ['glossary'],
};

/** Each page's path under the site root, in the default edition. */
export const pagePaths: Record<EditionPage, string> = {
  glossary: 'glossary/',
};
