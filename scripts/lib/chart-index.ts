import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChartIndexEntry {
  id: string;
  title: string;
  embed: string;
  csv: string;
  json: string;
}

/** The built chart index (dist/data/charts.json): which charts exist and where their files are. */
export function readChartIndex(): ChartIndexEntry[] {
  const path = join(process.cwd(), 'dist/data/charts.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { charts: ChartIndexEntry[] }).charts;
}
