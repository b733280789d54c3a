import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path} is missing from dist/: run \`npm run build:test\` first`);
  return readFileSync(file, 'utf8');
}

/** The chart ids that have an embed page, read from the built data files' index. */
export function builtChartIds(): string[] {
  const index = JSON.parse(readDist('data/charts.json')) as { charts: { id: string }[] };
  return index.charts.map((chart) => chart.id);
}

/** The chart's SVG as rendered in its embed page. */
export function chartSvg(id: string): string {
  const html = readDist(`embed/${id}/index.html`);
  const match = /<svg class="chart[\s\S]*?<\/svg>/.exec(html);
  if (!match) throw new Error(`No chart SVG in embed/${id}/index.html`);
  return match[0];
}

export function readDistBytes(path: string): Buffer {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path} is missing from dist/: run \`npm run build:test\` first`);
  return readFileSync(file);
}
