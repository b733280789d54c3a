import type { ChartSpec } from '../charts/chart-spec.ts';
import { useTranslations } from '../i18n/ui.ts';
import { siteRegister } from '../register/site-register.ts';
import { sourceDate } from '../lib/citation.ts';
import { localSource } from '../i18n/site-translations.ts';

/**
 * The credit printed under a static chart: its sources as the page's source line names them,
 * then the site's name, as the CC BY licence asks.
 */
export function chartSourceLine(chart: ChartSpec): string {
  const t = useTranslations(chart.locale);
  const credit = t('site.title');
  if (chart.sourcesPage) return `${t('source.sources')}: ${t('chart.sourcesPerItem')} | ${credit}`;
  const names = chart.sources.map((id) => {
    const found = siteRegister.sources.find(({ data }) => data.id === id)?.data;
    if (!found) throw new Error(`Chart ${chart.id}: no source "${id}" in seeds/`);
    const source = localSource(found, chart.locale);
    return `${source.outlet}, ${sourceDate(source, t('source.noDate'))}`;
  });
  return `${names.length > 1 ? t('source.sources') : t('source.note')}: ${names.join('; ')} | ${credit}`;
}
