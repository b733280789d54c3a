import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';

/**
 * Static images are drawn with Source Sans 3 (SIL Open Font Licence), shipped by the `source-sans`
 * npm package: a fresh machine may have no system fonts, and the rasteriser reads TTF, not WOFF2.
 */
export const IMAGE_FONT_FAMILY = 'Source Sans 3';

/** The weights the images use; anything between is matched to the nearest by the renderer. */
export const imageFontWeights = [400, 600, 700] as const;
export type ImageFontWeight = (typeof imageFontWeights)[number];

const fileNames: Record<ImageFontWeight, string> = {
  400: 'SourceSans3-Regular.ttf',
  600: 'SourceSans3-Semibold.ttf',
  700: 'SourceSans3-Bold.ttf',
};

// Resolved from the project root: the built endpoint runs from a bundled chunk elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

/** Absolute paths of the bundled font files, for the rasteriser. */
export function imageFontFiles(): string[] {
  return imageFontWeights.map((weight) => require.resolve(`source-sans/TTF/${fileNames[weight]}`));
}

const parsed = new Map<ImageFontWeight, Font>();

/** The parsed font of one weight, for measuring text. */
export function imageFont(weight: ImageFontWeight): Font {
  let font = parsed.get(weight);
  if (!font) {
    const file = create(readFileSync(require.resolve(`source-sans/TTF/${fileNames[weight]}`)));
    if (file.isCollection) throw new Error(`${fileNames[weight]} is a font collection, not one font`);
    font = file;
    parsed.set(weight, font);
  }
  return font;
}
