// Metric-matched stand-ins for the shipped faces, for the machines Astro's own fallbacks miss.
// Astro derives fallbacks from Times New Roman and Arial, which Linux, ChromeOS and Android do
// not have under those names; there the stand-in is DejaVu or Liberation, drawn at its own size
// until the face arrives, and every line moves when it does. These faces scale the stand-ins to
// the shipped face's average width and line box (size-adjust, ascent/descent/line-gap-override,
// the formulas Astro and Capsize use), so the swap moves nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromBuffer } from '@capsizecss/unpack';

type Metrics = { ascent: number; descent: number; lineGap: number; unitsPerEm: number; xWidthAvg: number };
type Weight = 400 | 700;

/**
 * Read with @capsizecss/unpack from Debian's fonts-dejavu-core (2.37) and fonts-liberation (2.1)
 * files: constants, so the build never reads the machine's fonts. Liberation has the metrics of
 * Times New Roman and Arial.
 */
const STAND_INS: Record<'serif' | 'sans', Record<string, Record<Weight, { local: string; metrics: Metrics }>>> = {
  serif: {
    'DejaVu Serif': {
      400: { local: 'DejaVu Serif', metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 } },
      700: { local: 'DejaVu Serif Bold', metrics: { ascent: 1923, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1168 } },
    },
    'Liberation Serif': {
      400: { local: 'Liberation Serif', metrics: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 } },
      700: { local: 'Liberation Serif Bold', metrics: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 886 } },
    },
  },
  sans: {
    'DejaVu Sans': {
      400: { local: 'DejaVu Sans', metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 } },
      700: { local: 'DejaVu Sans Bold', metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1176 } },
    },
    'Liberation Sans': {
      400: { local: 'Liberation Sans', metrics: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 } },
      700: { local: 'Liberation Sans Bold', metrics: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 983 } },
    },
  },
};

const SHIPPED = {
  serif: (weight: Weight) => `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`,
  sans: (weight: Weight) => `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`,
} as const;

const percent = (value: number) => `${Number.parseFloat((value * 100).toFixed(4))}%`;

/** The CSS rule that draws `standIn` at the shipped face's size and line box. */
export function standInRule(family: string, weight: Weight, local: string, shipped: Metrics, standIn: Metrics): string {
  const sizeAdjust = shipped.xWidthAvg / shipped.unitsPerEm / (standIn.xWidthAvg / standIn.unitsPerEm);
  const em = shipped.unitsPerEm * sizeAdjust;
  return (
    `@font-face{font-family:"${family}";src:local("${local}");font-weight:${weight};font-display:swap;` +
    `size-adjust:${percent(sizeAdjust)};ascent-override:${percent(shipped.ascent / em)};` +
    `descent-override:${percent(Math.abs(shipped.descent) / em)};line-gap-override:${percent(shipped.lineGap / em)}}`
  );
}

/** The family name of a stand-in, as listed in the fallbacks of site-fonts.ts. */
export const standInFamily = (kind: 'serif' | 'sans', name: string) => `cx ${kind} stand-in: ${name}`;

/** Stand-in names for a kind of face, in the order a font stack should try them. */
export const standInFamilies = (kind: 'serif' | 'sans') => Object.keys(STAND_INS[kind]).map((name) => standInFamily(kind, name));

/** Every stand-in rule, with the shipped faces' metrics read from the files the site ships. */
export async function standInCss(): Promise<string> {
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const kind of ['serif', 'sans'] as const)
    for (const weight of [400, 700] as const) {
      const shipped = await fromBuffer(readFileSync(require.resolve(SHIPPED[kind](weight))));
      for (const [name, weights] of Object.entries(STAND_INS[kind]))
        rules.push(standInRule(standInFamily(kind, name), weight, weights[weight].local, shipped, weights[weight].metrics));
    }
  return rules.join('');
}
