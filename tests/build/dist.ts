import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localePrefix } from '../../src/i18n/ui.ts';

export const DIST = join(process.cwd(), 'dist');

export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path} is missing from dist/: run \`npm run build:test\` first`);
  return readFileSync(file, 'utf8');
}

/** The chart ids that have an embed page in an edition, read from its built data files' index. */
export function builtChartIds(lang = 'en'): string[] {
  const index = JSON.parse(readDist(`${localePrefix(lang)}data/charts.json`)) as { charts: { id: string }[] };
  return index.charts.map((chart) => chart.id);
}

/** The chart's SVG as rendered in its embed page. */
export function chartSvg(id: string, lang = 'en'): string {
  const path = `${localePrefix(lang)}embed/${id}/index.html`;
  const match = /<svg class="chart[\s\S]*?<\/svg>/.exec(readDist(path));
  if (!match) throw new Error(`No chart SVG in ${path}`);
  return match[0];
}

export function readDistBytes(path: string): Buffer {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path} is missing from dist/: run \`npm run build:test\` first`);
  return readFileSync(file);
}

/** The public origin the build was given (SITE_URL), or undefined: the test build has none. */
export const SITE_URL = process.env.SITE_URL || undefined;

/**
 * The path of an address the site wrote for itself: absolute on SITE_URL when the build had one,
 * root-relative otherwise (a build without a public origin must not invent one).
 */
export function sitePath(address: string): string {
  if (SITE_URL) {
    const url = new URL(address);
    if (url.origin !== new URL(SITE_URL).origin) throw new Error(`${address} is not on ${SITE_URL}`);
    return url.pathname;
  }
  if (!address.startsWith('/') || address.startsWith('//')) throw new Error(`${address} is not root-relative`);
  return new URL(address, 'https://origin.invalid').pathname;
}
