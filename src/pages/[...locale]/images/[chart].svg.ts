import type { APIRoute, GetStaticPaths } from 'astro';
import { chartStaticPaths, type ChartRouteProps } from '../../../charts/chart-static-paths.ts';
import { staticChartImage } from '../../../images/static-chart-image.ts';

export const getStaticPaths = chartStaticPaths satisfies GetStaticPaths;

/** The chart as a standalone SVG, for print and for CMSs that take no iframe. */
export const GET: APIRoute = async ({ props }) => {
  const { svg } = await staticChartImage((props as ChartRouteProps).chart);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
