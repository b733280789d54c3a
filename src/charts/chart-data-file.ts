import type { Source } from '../schemas/source.ts';
import type { ChartSpec } from './chart-spec.ts';

export const DATA_LICENCE = 'CC BY 4.0: credit "Strikes on the cartels?" and link to the story.';

/** The JSON a newsroom downloads for a chart: the values as drawn, with their sources. */
export function chartDataJson(chart: ChartSpec, sources: Source[]) {
  return {
    id: chart.id,
    title: chart.title,
    takeaway: chart.takeaway,
    note: chart.note ?? null,
    data_through: chart.dataThrough ?? null,
    licence: DATA_LICENCE,
    columns: chart.table.columns,
    rows: chart.table.rows,
    sources: sources.map(({ id, outlet, title, published, url }) => ({
      id,
      outlet,
      title,
      published: published ?? null,
      url: url ?? null,
    })),
  };
}

/** The CSV version: the table, then a blank line, the sources and the licence as comment rows. */
export function chartDataRows(chart: ChartSpec, sources: Source[]): string[][] {
  return [
    chart.table.columns,
    ...chart.table.rows,
    [],
    ['# Sources'],
    ...sources.map((source) => [`# ${source.outlet}`, source.title, source.published ?? '', source.url ?? '']),
    [`# Licence: ${DATA_LICENCE}`],
  ];
}
