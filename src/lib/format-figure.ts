import type { Figure } from '../schemas/figure.ts';

type Formattable = Pick<Figure, 'value' | 'format'>;

/** Round large numbers read better in words ("1.6 million"); exact counts keep every digit. */
function isRoundLarge(value: number): boolean {
  return Math.abs(value) >= 1_000_000 && value % 100_000 === 0;
}

/** Formats a figure's value for a locale with Intl.NumberFormat; the unit words are the caller's. */
export function formatFigureValue({ value, format }: Formattable, locale: string): string {
  const compact: Intl.NumberFormatOptions = isRoundLarge(value)
    ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }
    : { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'usd':
      // Compact currency only abbreviates ("$15B"); spelling the currency out keeps it readable.
      return millionsOf(
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'USD',
          ...compact,
          ...(isRoundLarge(value) ? { currencyDisplay: 'name' } : {}),
        }).format(value),
        locale,
      );
    default:
      return new Intl.NumberFormat(locale, compact).format(value);
  }
}

/**
 * Spanish counts millions as nouns, so a noun after them takes "de" ("10 mil millones de
 * dólares"); Intl's spelled-out currency leaves it out.
 */
function millionsOf(text: string, locale: string): string {
  return locale.startsWith('es') ? text.replace(/\b(mill(?:ón|ones)) (?=\p{L})/u, '$1 de ') : text;
}

/** A formatted value followed by its unit words, as a sentence in the locale would join them. */
export function withUnit(value: string, unit: string, locale: string): string {
  return millionsOf(`${value} ${unit}`, locale);
}
