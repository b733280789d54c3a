import { describe, expect, it } from 'vitest';
import { builtChartIds, chartSvg, readDist } from './dist.ts';

const drawnValues = (svg: string) => [...svg.matchAll(/data-value="([^"]+)"/g)].map((m) => Number(m[1]));
const parseNumber = (cell: string) => Number(cell.replace(/[^\d.-]/g, ''));

describe('chart data files', () => {
  it.each(builtChartIds())('%s: the CSV and JSON carry the values drawn in the SVG, with sources', (id) => {
    const json = JSON.parse(readDist(`data/${id}.json`)) as {
      rows: string[][];
      sources: { url: string | null }[];
      licence: string;
    };
    const csv = readDist(`data/${id}.csv`);
    expect(json.licence).toMatch(/CC BY/);
    expect(json.sources.length).toBeGreaterThan(0);
    expect(json.sources.every((source) => source.url?.startsWith('http'))).toBe(true);
    const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    for (const row of json.rows) expect(csv).toContain(row.map(csvField).join(','));
    const drawn = drawnValues(chartSvg(id));
    if (drawn.length) {
      const tabled = json.rows.map((row) => parseNumber(row[1]!));
      expect(drawn).toEqual(tabled);
    }
  });
});
