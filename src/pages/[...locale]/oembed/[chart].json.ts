import type { APIRoute, GetStaticPaths } from 'astro';
import { chartStaticPaths, type ChartRouteProps } from '../../../charts/chart-static-paths.ts';
import { localePrefix, useTranslations } from '../../../i18n/ui.ts';
import { embedIframe, initialEmbedHeight } from '../../../charts/embed-snippet.ts';
import { withBase } from '../../../lib/paths.ts';
import { publicUrl, snippetUrl } from '../../../lib/public-url.ts';
import { CHART_IMAGE_ZOOM, staticChartImage } from '../../../images/static-chart-image.ts';

export const getStaticPaths = chartStaticPaths satisfies GetStaticPaths;

/**
 * oEmbed (rich): iframe-only HTML, which survives WordPress's filtering of embed markup. The
 * thumbnail is the chart's static PNG, for consumers that show a preview before the iframe.
 */
export const GET: APIRoute = async ({ props, site }) => {
  const { chart } = props as ChartRouteProps;
  const prefix = localePrefix(chart.locale);
  const image = await staticChartImage(chart);
  const base = import.meta.env.BASE_URL;
  // Without SITE_URL the addresses are root-relative (a consumer resolves them against this file's
  // own address), and the iframe, pasted into another site, carries the placeholder origin.
  const url = (path: string) => publicUrl(withBase(base, path), site);
  const body = {
    type: 'rich',
    version: '1.0',
    title: chart.title,
    provider_name: useTranslations(chart.locale)('site.title'),
    provider_url: url(prefix),
    html: embedIframe(chart, snippetUrl(withBase(base, `${prefix}embed/${chart.id}/`), site)),
    width: 600,
    height: initialEmbedHeight(chart),
    thumbnail_url: url(`${prefix}images/${chart.id}.png`),
    thumbnail_width: image.width * CHART_IMAGE_ZOOM,
    thumbnail_height: image.height * CHART_IMAGE_ZOOM,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
