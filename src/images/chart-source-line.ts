import type { ChartSpec } from '../charts/chart-spec.ts';
import { useTranslations } from '../i18n/ui.ts';
import { siteRegister } from '../register/site-register.ts';
import { sourceDate } from '../lib/citation.ts';

/**
 * The credit printed under a static chart: its sources as the page's source line names them,
 * then the site's name, as the CC BY licence asks.
 */
export function chartSourceLine(chart: ChartSpec, locale = 'en'): string {
  const t = useTranslations(locale);
  const credit = t('site.title');
  if (chart.sourcesPage) return `${t('source.sources')}: ${t('chart.sourcesPerItem')} | ${credit}`;
  const names = chart.sources.map((id) => {
    const source = siteRegister.sources.find(({ data }) => data.id === id)?.data;
    if (!source) throw new Error(`Chart ${chart.id}: no source "${id}" in seeds/`);
    return `${source.outlet}, ${sourceDate(source)}`;
  });
  return `${names.length > 1 ? t('source.sources') : t('source.note')}: ${names.join('; ')} | ${credit}`;
}
