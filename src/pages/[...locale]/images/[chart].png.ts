import type { APIRoute, GetStaticPaths } from 'astro';
import { chartStaticPaths, type ChartRouteProps } from '../../../charts/chart-static-paths.ts';
import { CHART_IMAGE_ZOOM, staticChartImage } from '../../../images/static-chart-image.ts';
import { rasterise } from '../../../images/rasterise.ts';

export const getStaticPaths = chartStaticPaths satisfies GetStaticPaths;

/** The chart's static SVG drawn at 2x, for Apple News, social posts and anything that wants pixels. */
export const GET: APIRoute = async ({ props }) => {
  const { svg } = await staticChartImage((props as ChartRouteProps).chart);
  return new Response(new Uint8Array(rasterise(svg, CHART_IMAGE_ZOOM)), { headers: { 'Content-Type': 'image/png' } });
};
