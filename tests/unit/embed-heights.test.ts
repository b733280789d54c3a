import { describe, expect, it } from 'vitest';
import { embedHeightAt, embedHeightTable, embedHeightsKey, fitEmbedHeights, heightsAttribute } from '../../src/charts/embed-heights.ts';
import { INLINE_SIZER } from '../../src/charts/embed-snippet.ts';

/** Runs the snippet's inline sizer on a stand-in iframe of the given width. */
function inlineHeight(attribute: string, width: number): string | undefined {
  const frame = { tagName: 'IFRAME', clientWidth: width, style: {} as { height?: string }, getAttribute: () => attribute };
  new Function('document', INLINE_SIZER)({ currentScript: { previousElementSibling: frame } });
  return frame.style.height;
}

describe('embed heights', () => {
  // A chart growing 0.5px per px, with line breaks (drops) every 40px and fractional rounding.
  const from = 280;
  const measured = Array.from({ length: 200 }, (_, i) => Math.ceil(900 + 0.5 * i - 22 * Math.floor(i / 40) + (i % 3 === 0 ? 0.4 : 0)));

  it('fits segments that never fall short of a measured height and exceed none by more than 2px', () => {
    const table = fitEmbedHeights(from, measured, 777);
    measured.forEach((height, i) => {
      const over = embedHeightAt(table, from + i) - height;
      expect(over, `at ${from + i}px`).toBeGreaterThanOrEqual(0);
      expect(over, `at ${from + i}px`).toBeLessThanOrEqual(2);
    });
    expect(table.segments.length).toBeLessThan(20);
    expect(embedHeightAt(table, from + 200)).toBe(777);
    expect(embedHeightAt(table, 1280)).toBe(777);
  });

  it('fails a fit that a line break would break: the drop starts a new segment', () => {
    const table = fitEmbedHeights(from, measured, 777);
    expect(table.segments.map(([width]) => width)).toEqual(expect.arrayContaining([320, 360, 400]));
  });

  it('the inline sizer in the snippet gives the same height as the build at every measured width', () => {
    for (const [id, table] of Object.entries(embedHeightTable)) {
      const attribute = heightsAttribute(table);
      for (let width = 280; width <= table.maxWidth + 5; width++)
        expect(inlineHeight(attribute, width), `${id} at ${width}px`).toBe(`${embedHeightAt(table, width)}px`);
    }
  });

  it('the inline sizer leaves a frame without a table alone, and gives a pym container a least height', () => {
    expect(inlineHeight('', 375)).toBeUndefined();
    const other = { tagName: 'DIV', clientWidth: 375, style: {} as { height?: string; minHeight?: string }, getAttribute: () => '0.5 600 800 280:900' };
    new Function('document', INLINE_SIZER)({ currentScript: { previousElementSibling: other } });
    expect(other.style.height).toBeUndefined();
    expect(other.style.minHeight, 'a pym container gets a least height').toBe('948px');
  });

  it('has measured heights for every chart in every edition that publishes the embeds', async () => {
    const { chartsIn } = await import('../../src/charts/site-charts.ts');
    const { pageLocales } = await import('../../src/i18n/site-translations.ts');
    const expected = pageLocales('embed').flatMap((locale) => chartsIn(locale).map(embedHeightsKey));
    expect(expected).toContain('es/escalation-ladder');
    expect(Object.keys(embedHeightTable).sort()).toEqual(expected.sort());
  });
});
