import type { APIRoute, GetStaticPaths } from 'astro';
import { chartStaticPaths, type ChartRouteProps } from '../../../charts/chart-static-paths.ts';
import { chartDataRows } from '../../../charts/chart-data-file.ts';
import { toCsv } from '../../../lib/csv.ts';
import { siteRegister } from '../../../register/site-register.ts';

export const getStaticPaths = chartStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as ChartRouteProps;
  const sources = chart.sources.map((id) => siteRegister.sources.find(({ data }) => data.id === id)!.data);
  return new Response(toCsv(chartDataRows(chart, sources)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
