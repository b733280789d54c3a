import type { Source } from '../schemas/source.ts';
import type { ChartSpec } from './chart-spec.ts';
import { useTranslations } from '../i18n/ui.ts';

/**
 * The JSON a newsroom downloads for a chart: the values as drawn, with their sources. Keys stay
 * the same in every edition, for code that reads them; titles, column names and cells are the
 * edition's words.
 */
export function chartDataJson(chart: ChartSpec, sources: Source[]) {
  return {
    lang: chart.locale,
    id: chart.id,
    title: chart.title,
    takeaway: chart.takeaway,
    note: chart.note ?? null,
    data_through: chart.dataThrough ?? null,
    licence: useTranslations(chart.locale)('data.licence'),
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
  const t = useTranslations(chart.locale);
  return [
    chart.table.columns,
    ...chart.table.rows,
    [],
    [`# ${t('source.sources')}`],
    ...sources.map((source) => [`# ${source.outlet}`, source.title, source.published ?? '', source.url ?? '']),
    [`# ${t('data.licenceLabel')}: ${t('data.licence')}`],
  ];
}
