import { experimental_AstroContainer } from 'astro/container';
import type { ChartSpec } from '../charts/chart-spec.ts';
import ChartSvg from '../charts/svg/ChartSvg.astro';

let container: Promise<experimental_AstroContainer> | undefined;

/** The chart's SVG exactly as pages draw it, rendered outside a page for the static images. */
export async function chartMarkup(chart: ChartSpec, locale: string = chart.locale): Promise<string> {
  container ??= experimental_AstroContainer.create();
  return (await container).renderToString(ChartSvg, { props: { chart, locale } });
}
