import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { rasterise, visibleText } from '../../src/images/rasterise.ts';
import { imageFont } from '../../src/images/image-fonts.ts';
import { textBlock } from '../../src/images/svg-text.ts';
import { missingGlyphs, textWidth, wrapText } from '../../src/images/text-metrics.ts';

const style = { size: 20, weight: 400 } as const;
const sentence = 'Reported deaths from US strikes on alleged drug boats kept rising through the year';

describe('text metrics with the bundled font', () => {
  it('measures wider text as wider, and bold wider than regular', () => {
    expect(textWidth('mmmm', style)).toBeGreaterThan(textWidth('iiii', style));
    expect(textWidth('Mexico', { size: 20, weight: 700 })).toBeGreaterThan(textWidth('Mexico', style));
    expect(textWidth('Mexico', { size: 40, weight: 400 })).toBeCloseTo(2 * textWidth('Mexico', style));
  });

  it('wraps within the width, keeping every word in order', () => {
    const lines = wrapText(sentence, style, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(sentence);
  });

  it('cuts at a word with an ellipsis past the line limit', () => {
    const lines = wrapText(sentence, style, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\w…$/);
    expect(textWidth(lines[1]!, style)).toBeLessThanOrEqual(200);
  });

  it('has glyphs for the site’s typography and names the ones it lacks', () => {
    expect(missingGlyphs('López’s “¿Qué?” — 1.6 million, ’24 … 36.5% · –')).toEqual([]);
    expect(missingGlyphs('Mexico 墨西哥')).toEqual(['墨', '西', '哥']);
  });
});

describe('one face on the page and in the images', () => {
  const advance = (font: Font, text: string) =>
    [...text].reduce((sum, char) => sum + font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth, 0) / font.unitsPerEm;

  it('the woff2 the pages load and the TTF the images draw with set text to the same width', () => {
    for (const [weight, file] of [[400, 'source-sans-3-latin-400-normal'], [600, 'source-sans-3-latin-600-normal'], [700, 'source-sans-3-latin-700-normal']] as const) {
      const page = create(readFileSync(`node_modules/@fontsource/source-sans-3/files/${file}.woff2`)) as Font;
      expect(advance(page, sentence), `weight ${weight}`).toBeCloseTo(advance(imageFont(weight), sentence), 6);
    }
  });

  it('the rasteriser draws any family in the bundled face, never a font the machine has', () => {
    const svg = (family: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="4" y="28" font-size="20" font-family="${family}">Mexico 1.6 million</text></svg>`;
    const bundled = rasterise(svg('Source Sans 3'));
    // DejaVu is on the test machines; if system fonts were read, these would draw differently.
    expect(rasterise(svg('DejaVu Sans')).equals(bundled)).toBe(true);
    expect(rasterise(svg('serif')).equals(bundled)).toBe(true);
  });
});

describe('SVG text', () => {
  it('escapes text, one <text> per line, and reads back as the words drawn', () => {
    const block = textBlock('Rock & roll <loud> "quotes"', { ...style, x: 10, top: 0, maxWidth: 1000, fill: '#111' });
    expect(block.lines).toHaveLength(1);
    expect(block.markup).toContain('Rock &amp; roll &lt;loud&gt; &quot;quotes&quot;');
    expect(block.bottom).toBeCloseTo(26);
    expect(visibleText(`<svg><title>x</title>${block.markup}</svg>`).trim()).toBe('Rock & roll <loud> "quotes"');
  });
});
