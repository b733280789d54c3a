import { describe, expect, it } from 'vitest';
import { infleszBand, spanishReadingEase } from '../../scripts/lib/readability-es.ts';

describe('Spanish reading ease', () => {
  it('counts Spanish syllables and applies both formulas', () => {
    // el (1) + ga-to (2) + co-me (2): 5 syllables, 3 words, 1 sentence.
    const ease = spanishReadingEase('El gato come.');
    expect([ease.words, ease.sentences, ease.syllables]).toEqual([3, 1, 5]);
    expect(ease.szigrisztPazos).toBe(100); // 206.835 − 62.3 × 5/3 − 3/1
    expect(ease.fernandezHuerta).toBe(72.8); // 206.84 − 0.60 × 166.7 − 1.02 × 33.3
  });

  it('splits diphthongs and hiatus as Spanish does', () => {
    // cár-te-les (3), pa-ís (2), o-pe-ra-ción (4).
    expect(spanishReadingEase('cárteles país operación.').syllables).toBe(9);
  });

  it('reads scores on the INFLESZ bands, lower bounds included', () => {
    expect([80, 79.9, 65, 64.9, 55, 54.9, 40, 39.9].map(infleszBand)).toEqual([
      'muy fácil',
      'bastante fácil',
      'bastante fácil',
      'normal',
      'normal',
      'algo difícil',
      'algo difícil',
      'muy difícil',
    ]);
  });
});
