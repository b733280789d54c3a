// The story's chapters in one edition, in story order. Other editions' chapters take their place
// and anchor from the English chapter they render, so a link to #mexico works in every language.
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from './ui.ts';

export interface EditionChapter {
  anchor: string;
  order: number;
  title: string;
  nav: string;
  summary: string;
  entry: CollectionEntry<'chapters'> | CollectionEntry<'chapterEditions'>;
}

export async function editionChapters(locale: Locale): Promise<EditionChapter[]> {
  const english = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  if (locale === defaultLocale) return english.map((entry) => ({ ...entry.data, entry }));
  const translated = await getCollection('chapterEditions', ({ id }) => id.startsWith(`${locale}/`));
  return english.map((chapter) => {
    const entry = translated.find(({ data }) => data.renders.id === chapter.id);
    if (!entry) throw new Error(`No ${locale} chapter renders content/chapters/${chapter.id}.mdx (content/i18n/${locale}/chapters/)`);
    const { title, nav, summary } = entry.data;
    return { anchor: chapter.data.anchor, order: chapter.data.order, title, nav, summary, entry };
  });
}
