import type { ChartSpec } from '../charts/chart-spec.ts';
import { chartImage, type ChartImage } from './chart-image.ts';
import { chartMarkup } from './chart-markup.ts';
import { chartSourceLine } from './chart-source-line.ts';

/** PNGs are drawn at twice the SVG's size, sharp on high-density screens and in print. */
export const CHART_IMAGE_ZOOM = 2;

const made = new Map<string, Promise<ChartImage>>();

/** A site chart's static image, composed once per build and shared by its SVG, PNG and oEmbed. */
export function staticChartImage(chart: ChartSpec): Promise<ChartImage> {
  const key = `${chart.locale}/${chart.id}`;
  let image = made.get(key);
  if (!image) {
    image = chartMarkup(chart).then((markup) => chartImage(chart, markup, chartSourceLine(chart)));
    made.set(key, image);
  }
  return image;
}
