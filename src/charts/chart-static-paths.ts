// One route per chart in every edition that publishes the embed gallery: the embed page, its
// oEmbed answer, static images and data files all come in the same editions.
import { chartsIn } from './site-charts.ts';
import type { ChartSpec } from './chart-spec.ts';
import { pageLocales } from '../i18n/site-translations.ts';
import { defaultLocale } from '../i18n/ui.ts';

export interface ChartRouteProps {
  chart: ChartSpec;
}

export function chartStaticPaths() {
  return pageLocales('embed').flatMap((locale) =>
    chartsIn(locale).map((chart) => ({
      params: { locale: locale === defaultLocale ? undefined : locale, chart: chart.id },
      props: { chart } satisfies ChartRouteProps,
    })),
  );
}

