// Citation strings for "Cite this page". Pure, so the server renders them with a placeholder for
// the access date and the browser re-renders them with the reader's own date.
import { titleCase } from 'title-case';

export type CitationStyle = 'apa' | 'mla' | 'chicago';

export interface CitationInput {
  /** The page's own title, in sentence case as the site writes it. */
  title: string;
  siteName: string;
  url: string;
  /** When the page was last updated (YYYY-MM-DD). */
  updated: string;
  /** When the reader accessed it; undefined renders the placeholder. */
  accessed?: Date | undefined;
  /** The edition's language: `es` cites in the Spanish forms of each style. */
  locale?: 'en' | 'es' | undefined;
}

/** One citation as plain text (to copy) and as HTML (italics where the style asks for them). */
export interface Citation {
  style: CitationStyle;
  text: string;
  html: string;
}

export const ACCESS_PLACEHOLDER = '[date you read it]';
export const ACCESS_PLACEHOLDER_ES = '[fecha en que lo leíste]';

const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const longDateEs = new Intl.DateTimeFormat('es-MX', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
// Spanish writes month abbreviations in lower case; May is short enough to spell out.
const MLA_MONTHS_ES = ['ene.', 'feb.', 'mar.', 'abr.', 'mayo', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The reader's calendar day, whatever their time zone, as a UTC midnight. */
export function localDay(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function mlaDate(date: Date, months = MLA_MONTHS): string {
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Adds a full stop unless the text already ends a sentence (a title ending in "?" keeps it). */
function closed(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Builds a citation from parts; italic parts are wrapped in <i> for the HTML form only. */
function assemble(style: CitationStyle, parts: (string | { italic: string })[]): Citation {
  return {
    style,
    text: parts.map((part) => (typeof part === 'string' ? part : part.italic)).join(''),
    html: parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<i>${escapeHtml(part.italic)}</i>`)).join(''),
  };
}

/** APA 7, a webpage with no individual author that changes over time, so with a retrieval date. */
export function apa({ title, siteName, url, updated, accessed, locale }: CitationInput): Citation {
  const date = utc(updated);
  if (locale === 'es') {
    const retrieved = accessed ? longDateEs.format(accessed) : ACCESS_PLACEHOLDER_ES;
    const day = `${date.getUTCFullYear()}, ${longDateEs.format(date).replace(/ de \d{4}$/, '')}`;
    return assemble('apa', [{ italic: closed(title) }, ` (${day}). ${closed(siteName)} Recuperado el ${retrieved}, de ${url}`]);
  }
  const day = `${date.getUTCFullYear()}, ${longDate.format(date).replace(/, \d{4}$/, '')}`;
  const retrieved = accessed ? longDate.format(accessed) : ACCESS_PLACEHOLDER;
  return assemble('apa', [
    { italic: closed(title) },
    ` (${day}). ${closed(siteName)} Retrieved ${retrieved}, from ${url}`,
  ]);
}

/** MLA 9: title case, day-month-year dates with abbreviated months, URL without its scheme. */
export function mla({ title, siteName, url, updated, accessed, locale }: CitationInput): Citation {
  if (locale === 'es') {
    // Spanish keeps sentence case in titles.
    const tail = /[?!]$/.test(siteName) ? siteName : `${siteName},`;
    return assemble('mla', [
      `“${closed(title)}” `,
      { italic: tail },
      ` ${mlaDate(utc(updated), MLA_MONTHS_ES)}, ${url.replace(/^https?:\/\//, '')}. Consultado el ${accessed ? mlaDate(accessed, MLA_MONTHS_ES) : ACCESS_PLACEHOLDER_ES}.`,
    ]);
  }
  const site = titleCase(siteName);
  const tail = /[?!]$/.test(site) ? site : `${site},`;
  return assemble('mla', [
    `“${closed(titleCase(title))}” `,
    { italic: tail },
    ` ${mlaDate(utc(updated))}, ${url.replace(/^https?:\/\//, '')}. Accessed ${accessed ? mlaDate(accessed) : ACCESS_PLACEHOLDER}.`,
  ]);
}

/** Chicago 17, bibliography entry for a website with no author: last-modified and access dates. */
export function chicago({ title, siteName, url, updated, accessed, locale }: CitationInput): Citation {
  if (locale === 'es')
    return assemble('chicago', [
      `“${closed(title)}” ${closed(siteName)} Última modificación: ${longDateEs.format(utc(updated))}. `,
      `Consultado el ${accessed ? longDateEs.format(accessed) : ACCESS_PLACEHOLDER_ES}. ${url}.`,
    ]);
  return assemble('chicago', [
    `“${closed(titleCase(title))}” ${closed(titleCase(siteName))} Last modified ${longDate.format(utc(updated))}. `,
    `Accessed ${accessed ? longDate.format(accessed) : ACCESS_PLACEHOLDER}. ${url}.`,
  ]);
}

export function citations(input: CitationInput): Citation[] {
  return [apa(input), mla(input), chicago(input)];
}

/** What APA and Chicago print for a source with no date. */
export const NO_DATE = 'n.d.';

/** A source's date as citations print it: its publication date, or "n.d." when it has none. */
export function sourceDate(source: { published?: string | undefined }, noDate = NO_DATE): string {
  return source.published ?? noDate;
}
