import { describe, expect, it } from 'vitest';
import { ACCESS_PLACEHOLDER, apa, chicago, citations, localDay, mla, sourceDate } from '../../src/lib/citation.ts';

const page = {
  title: 'The US debate over military action in Mexico, explained',
  siteName: 'Strikes on the cartels?',
  url: 'https://example.org/graphics/2026/cartels/',
  updated: '2026-11-21',
  accessed: new Date('2026-12-03T00:00:00Z'),
};

describe('citations for a fixed access date', () => {
  it('APA 7: title first, date, site, retrieval date', () => {
    expect(apa(page).text).toBe(
      'The US debate over military action in Mexico, explained. (2026, November 21). Strikes on the cartels? Retrieved December 3, 2026, from https://example.org/graphics/2026/cartels/',
    );
    expect(apa(page).html).toMatch(/^<i>The US debate over military action in Mexico, explained\.<\/i> \(2026/);
  });

  it('MLA 9: title case, no comma after a question mark, abbreviated months, no scheme', () => {
    expect(mla(page).text).toBe(
      '“The US Debate over Military Action in Mexico, Explained.” Strikes on the Cartels? 21 Nov. 2026, example.org/graphics/2026/cartels/. Accessed 3 Dec. 2026.',
    );
    expect(mla(page).html).toContain('<i>Strikes on the Cartels?</i>');
  });

  it('Chicago 17: last-modified and access dates, URL last', () => {
    expect(chicago(page).text).toBe(
      '“The US Debate over Military Action in Mexico, Explained.” Strikes on the Cartels? Last modified November 21, 2026. Accessed December 3, 2026. https://example.org/graphics/2026/cartels/.',
    );
  });

  it('puts a comma after a site name that does not end a sentence (MLA)', () => {
    expect(mla({ ...page, siteName: 'Example News' }).text).toContain('Example News, 21 Nov. 2026');
  });

  it('uses the placeholder when the access date is unknown (no JavaScript)', () => {
    for (const citation of citations({ ...page, accessed: undefined }))
      expect(citation.text, citation.style).toContain(ACCESS_PLACEHOLDER);
  });

  it('escapes HTML in titles', () => {
    expect(apa({ ...page, title: 'A <b> & c' }).html).toContain('A &lt;b&gt; &amp; c.');
  });

  it('takes the calendar day the reader sees, not the UTC day', () => {
    const lateEvening = new Date(2026, 11, 3, 23, 30);
    expect(localDay(lateEvening).toISOString().slice(0, 10)).toBe('2026-12-03');
  });

  it('prints "n.d." for a source without a date, as APA and Chicago do', () => {
    expect(sourceDate({})).toBe('n.d.');
    expect(sourceDate({ published: '2024-11' })).toBe('2024-11');
  });
});

describe('citations in Spanish', () => {
  const input = {
    title: 'El debate en EE. UU. sobre una acción militar en México, explicado',
    siteName: '¿Ataques contra los cárteles?',
    url: 'https://example.org/es/',
    updated: '2026-12-02',
    locale: 'es' as const,
  };
  it('keeps sentence case and writes dates and retrieval words in Spanish', () => {
    const accessed = new Date('2026-12-03T00:00:00Z');
    expect(apa({ ...input, accessed }).text).toBe(
      'El debate en EE. UU. sobre una acción militar en México, explicado. (2026, 2 de diciembre). ¿Ataques contra los cárteles? Recuperado el 3 de diciembre de 2026, de https://example.org/es/',
    );
    expect(mla({ ...input, accessed }).text).toBe(
      '“El debate en EE. UU. sobre una acción militar en México, explicado.” ¿Ataques contra los cárteles? 2 dic. 2026, example.org/es/. Consultado el 3 dic. 2026.',
    );
    expect(chicago({ ...input, accessed }).text).toBe(
      '“El debate en EE. UU. sobre una acción militar en México, explicado.” ¿Ataques contra los cárteles? Última modificación: 2 de diciembre de 2026. Consultado el 3 de diciembre de 2026. https://example.org/es/.',
    );
  });
});
