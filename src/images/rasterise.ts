import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FONT_FAMILY, imageFontFiles } from './image-fonts.ts';
import { missingGlyphs } from './text-metrics.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text a reader sees in an SVG: text nodes outside <title>, <desc> and <style>, decoded. */
export function visibleText(svg: string): string {
  return svg
    .replace(/<(title|desc|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (entities[name] ?? whole),
    );
}

/**
 * Draws an SVG to PNG with resvg (no browser, prebuilt binaries) and only the bundled font, so
 * every machine draws the same pixels. A character the font lacks fails the build instead of
 * printing an empty box.
 */
export function rasterise(svg: string, zoom = 1): Buffer {
  const missing = missingGlyphs(visibleText(svg));
  if (missing.length)
    throw new Error(`The image font has no glyph for ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: imageFontFiles(),
      defaultFontFamily: IMAGE_FONT_FAMILY,
      sansSerifFamily: IMAGE_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: zoom },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'error',
  });
  return resvg.render().asPng();
}
