// The site's type, shipped with the project: Fontsource's woff2 cuts of Source Serif 4 (text) and
// Source Sans 3 (interface and charts; the static images draw with the same family's TTFs). The
// local provider reads the files from node_modules, so a build never asks a font CDN, and Astro
// derives the metric-matched fallback faces (size-adjust, ascent-override) from them.
import { fontProviders } from 'astro/config';
import { standInFamilies } from './fallback-faces.ts';
type Style = 'normal' | 'italic';

/**
 * Fontsource's ranges: together they cover every character of the English and Spanish text.
 * Three combining marks are in both files and are left to latin. The dagger of the source marks
 * (U+2020) is drawn only by the latin-ext file, so the story fetches that file for it.
 */
const SUBSETS = {
  latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
  'latin-ext': ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C4', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

function variants(pkg: string, weights: readonly number[], styles: readonly Style[]) {
  const slug = pkg.split('/')[1];
  return weights.flatMap((weight) =>
    styles.flatMap((style) =>
      Object.entries(SUBSETS).map(([subset, range]) => ({
        weight,
        style,
        unicodeRange: [...range] as [string, ...string[]],
        src: [`${pkg}/files/${slug}-${subset}-${weight}-${style}.woff2`] as [string],
      })),
    ),
  );
}

function family(name: string, cssVariable: string, pkg: string, weights: readonly number[], styles: readonly Style[], fallbacks: string[]) {
  const [first, ...rest] = variants(pkg, weights, styles);
  if (!first) throw new Error(`site-fonts: no variants for ${name}`);
  return {
    provider: fontProviders.local(),
    name,
    cssVariable,
    fallbacks,
    display: 'swap' as const,
    options: { variants: [first, ...rest] as [typeof first, ...typeof rest] },
  };
}

export const siteFonts = [
  family('Source Serif 4', '--cx-face-serif', '@fontsource/source-serif-4', [400, 700], ['normal', 'italic'], [...standInFamilies('serif'), 'Georgia', 'serif']),
  family('Source Sans 3', '--cx-face-sans', '@fontsource/source-sans-3', [400, 600, 700], ['normal'], [...standInFamilies('sans'), 'Arial', 'sans-serif']),
];
