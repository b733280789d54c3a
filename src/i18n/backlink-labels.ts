// What the sources page calls each place that rests on a source, in the page's language. The
// backlinks themselves (src/register/backlinks.ts) name the English entries.
import type { Backlink } from '../register/backlinks.ts';
import { siteRegister } from '../register/site-register.ts';
import { localise, quoteRendering } from './site-translations.ts';
import { defaultLocale, type Locale } from './ui.ts';

export interface BacklinkLabel {
  text: string;
  /** Set on our rendering of words spoken in another language, which the page says is ours. */
  ours?: true;
  /** Set when the label is in another language than the page: words quoted as printed. */
  lang?: 'en' | 'es';
}

function entry<T extends { id: string }>(entries: { data: T }[], id: string, kind: string): T {
  const found = entries.find(({ data }) => data.id === id)?.data;
  if (!found) throw new Error(`Sources page: no ${kind} "${id}" in the register`);
  return found;
}

export function backlinkLabel(use: Backlink, locale: Locale): BacklinkLabel {
  if (locale === defaultLocale) return { text: use.label };
  const r = siteRegister;
  switch (use.kind) {
    case 'figure':
      return { text: localise('figures', entry(r.figures, use.id, 'figure'), locale).label };
    case 'quote': {
      const quote = entry(r.quotes, use.id, 'quote');
      const rendering = quoteRendering(use.id, locale);
      if (rendering) return { text: rendering, ours: true };
      // Spoken in this language: the words as printed, marked where they survive only in another.
      return quote.text_language === locale ? { text: quote.text } : { text: quote.text, lang: quote.text_language };
    }
    case 'event':
      return { text: localise('events', entry(r.events, use.id, 'event'), locale).title };
    case 'series':
      return { text: localise('series', entry(r.series, use.id, 'series'), locale).title };
    case 'actor': {
      const actor = localise('actors', entry(r.actors, use.id, 'actor'), locale);
      return { text: `${actor.name}: ${actor.role}` };
    }
    case 'glossary':
      return { text: localise('glossary', entry(r.glossary, use.id, 'glossary term'), locale).term };
    case 'option':
      return { text: localise('options', entry(r.options, use.id, 'option'), locale).label };
    case 'operation':
      return { text: localise('operation', entry(r.operation, use.id, 'operation step'), locale).label };
  }
}
