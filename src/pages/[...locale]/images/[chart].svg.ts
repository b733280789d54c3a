import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts } from '../../charts/site-charts.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { staticChartImage } from '../../images/static-chart-image.ts';

export const getStaticPaths = (() =>
  siteCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The chart as a standalone SVG, for print and for CMSs that take no iframe. */
export const GET: APIRoute = async ({ props }) => {
  const { svg } = await staticChartImage((props as { chart: ChartSpec }).chart);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
