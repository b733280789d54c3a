/**
 * Formats a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its own precision, in UTC so the
 * build prints the same day wherever it runs.
 */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(when);
}

/**
 * A date as it follows "to", "through" or "on" in a sentence: Spanish puts an article before a
 * day ("hasta el 1 de julio de 2026") but not before a month or a year ("hasta julio de 2026").
 */
export function formatDateAfterPreposition(date: string, locale: string): string {
  const formatted = formatPartialDate(date, locale);
  return locale.startsWith('es') && date.length === 10 ? `el ${formatted}` : formatted;
}

/** Spanish contracts "de el" and "a el", which appear once a date with its article fills a sentence. */
export function contractArticles(text: string, locale: string): string {
  return locale.startsWith('es') ? text.replace(/\bde el\b/g, 'del').replace(/\ba el\b/g, 'al') : text;
}
