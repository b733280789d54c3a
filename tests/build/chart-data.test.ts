import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/register/read-register.ts';
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

describe('disputed counts', () => {
  const register = readRegister(process.cwd());
  const outlet = (id: string) => register.sources.find(({ data }) => data.id === id)!.data.outlet;
  const disputed = register.series.flatMap(({ data }) =>
    data.points.flatMap((point) => point.disagreements.map((d) => ({ chart: data.id, period: point.period, ...d }))),
  );

  it('exist in the register, so the check below has something to check', () => {
    expect(disputed.length).toBeGreaterThan(0);
  });

  it.each(disputed)('$chart, $period: the embed names $source and its count beside the drawn one', ({ chart, source, value }) => {
    expect(builtChartIds()).toContain(chart);
    const text = readDist(`embed/${chart}/index.html`).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(`${outlet(source)} reported`);
    expect(text).toMatch(new RegExp(`reported (\\w+ )*${value}\\b`));
  });
});
