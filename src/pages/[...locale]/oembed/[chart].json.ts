import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts } from '../../charts/site-charts.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { embedIframe, initialEmbedHeight } from '../../charts/embed-snippet.ts';
import { withBase } from '../../lib/paths.ts';
import { publicUrl, snippetUrl } from '../../lib/public-url.ts';
import { CHART_IMAGE_ZOOM, staticChartImage } from '../../images/static-chart-image.ts';

export const getStaticPaths = (() =>
  siteCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/**
 * oEmbed (rich): iframe-only HTML, which survives WordPress's filtering of embed markup. The
 * thumbnail is the chart's static PNG, for consumers that show a preview before the iframe.
 */
export const GET: APIRoute = async ({ props, site }) => {
  const { chart } = props as { chart: ChartSpec };
  const image = await staticChartImage(chart);
  const base = import.meta.env.BASE_URL;
  // Without SITE_URL the addresses are root-relative (a consumer resolves them against this file's
  // own address), and the iframe, pasted into another site, carries the placeholder origin.
  const url = (path: string) => publicUrl(withBase(base, path), site);
  const body = {
    type: 'rich',
    version: '1.0',
    title: chart.title,
    provider_name: 'Strikes on the cartels?',
    provider_url: url(''),
    html: embedIframe(chart, snippetUrl(withBase(base, `embed/${chart.id}/`), site)),
    width: 600,
    height: initialEmbedHeight(chart),
    thumbnail_url: url(`images/${chart.id}.png`),
    thumbnail_width: image.width * CHART_IMAGE_ZOOM,
    thumbnail_height: image.height * CHART_IMAGE_ZOOM,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
