import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, localePrefix, locales } from '../../src/i18n/ui.ts';

export interface ChartIndexEntry {
  id: string;
  title: string;
  embed: string;
  csv: string;
  json: string;
}

export interface ChartIndex {
  lang: string;
  charts: ChartIndexEntry[];
}

/** One edition's built chart index (dist/<lang>/data/charts.json): which charts exist and where their files are. */
export function readChartIndex(lang: string = defaultLocale): ChartIndexEntry[] {
  const path = join(process.cwd(), `dist/${localePrefix(lang)}data/charts.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as ChartIndex).charts;
}

/** Every edition's chart index the build published, the default edition first. */
export function readChartIndices(): ChartIndex[] {
  return locales
    .filter((lang) => existsSync(join(process.cwd(), `dist/${localePrefix(lang)}data/charts.json`)))
    .map((lang) => ({ lang, charts: readChartIndex(lang) }));
}
