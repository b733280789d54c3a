import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts } from '../../charts/site-charts.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { CHART_IMAGE_ZOOM, staticChartImage } from '../../images/static-chart-image.ts';
import { rasterise } from '../../images/rasterise.ts';

export const getStaticPaths = (() =>
  siteCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The chart's static SVG drawn at 2x, for Apple News, social posts and anything that wants pixels. */
export const GET: APIRoute = async ({ props }) => {
  const { svg } = await staticChartImage((props as { chart: ChartSpec }).chart);
  return new Response(new Uint8Array(rasterise(svg, CHART_IMAGE_ZOOM)), { headers: { 'Content-Type': 'image/png' } });
};
