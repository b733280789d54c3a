// Reading ease of the Spanish edition's prose, from the formulas written for Spanish: the
// Szigriszt-Pazos perspicuity, read on Barrio-Cantalejo's INFLESZ scale, and Fernández-Huerta's
// (corrected) reading ease. Syllables are split by silabea, which knows Spanish diphthongs and hiatus.
import silabea from 'silabea';
import { sentencesAndWords } from './readability.ts';

export interface SpanishReadingEase {
  words: number;
  sentences: number;
  syllables: number;
  /** 206.835 − 62.3 × syllables/words − words/sentences. */
  szigrisztPazos: number;
  /** 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words. */
  fernandezHuerta: number;
  inflesz: InfleszBand;
}

/** The INFLESZ bands, from the easiest down: a score at or above `from` reads as `band`. */
export const infleszBands = [
  { from: 80, band: 'muy fácil' },
  { from: 65, band: 'bastante fácil' },
  { from: 55, band: 'normal' },
  { from: 40, band: 'algo difícil' },
  { from: -Infinity, band: 'muy difícil' },
] as const;
export type InfleszBand = (typeof infleszBands)[number]['band'];

export const infleszBand = (score: number): InfleszBand => infleszBands.find(({ from }) => score >= from)!.band;

/** A word's syllables; a numeral reads as the one short word the English count gives it. */
function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  return Math.max(1, silabea.getSilabas(word.toLowerCase()).numeroSilaba);
}

export function spanishReadingEase(text: string): SpanishReadingEase {
  const { sentences, words } = sentencesAndWords(text, 'es');
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  const perWord = syllables / Math.max(1, words.length);
  const round = (n: number) => Math.round(n * 10) / 10;
  const szigrisztPazos = round(206.835 - 62.3 * perWord - words.length / Math.max(1, sentences));
  const fernandezHuerta = round(206.84 - 0.6 * 100 * perWord - 1.02 * ((100 * sentences) / Math.max(1, words.length)));
  return { words: words.length, sentences, syllables, szigrisztPazos, fernandezHuerta, inflesz: infleszBand(szigrisztPazos) };
}
