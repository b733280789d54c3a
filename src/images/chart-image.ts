import type { ChartSpec } from '../charts/chart-spec.ts';
import { intlLocale, useTranslations } from '../i18n/ui.ts';
import { formatDateAfterPreposition } from '../lib/format-date.ts';
import { IMAGE_FONT_FAMILY } from './image-fonts.ts';
import { siteLightChartStyle } from './light-chart-style.ts';
import { token } from './light-tokens.ts';
import { escapeXml, round, textBlock } from './svg-text.ts';

/** The static image's width in CSS pixels: the oEmbed width, so it drops in where the iframe would. */
export const CHART_IMAGE_WIDTH = 600;
const PADDING = 28;
const CONTENT = CHART_IMAGE_WIDTH - 2 * PADDING;
/**
 * Lines are wrapped narrower than the content box: a viewer without Source Sans draws the SVG in
 * a fallback such as Arial, about a tenth wider, and its text must still fit.
 */
const WRAP = CONTENT * 0.88;

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** Puts the chart's own <svg> at a place and size inside the image; its viewBox scales the marks. */
export function placeChart(markup: string, box: { x: number; y: number; width: number; height: number }): string {
  if (!markup.startsWith('<svg ')) throw new Error('Chart markup must start with its <svg> element');
  const { x, y, width, height } = box;
  return markup.replace(
    '<svg ',
    `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" `,
  );
}

/**
 * The bundled font first; then faces that print shops, design tools and every desktop know by
 * name and that run close to its width. The site's `system-ui` means nothing outside a browser
 * and is far wider on some systems.
 */
export const IMAGE_FONT_STACK = `'${IMAGE_FONT_FAMILY}', 'Source Sans Pro', Arial, Helvetica, 'Liberation Sans', sans-serif`;

/**
 * A chart as one self-contained SVG for places that take no iframe (Apple News, print, social
 * posts): title, takeaway, the chart with every mark shown, its key and caveat, and the source
 * and credit line, in the light theme with every colour written out. A chart that follows the story
 * (a running total, the timeline) also says how far its data run, as its embed does, so a copy
 * saved today does not read as the whole count later.
 */
export function chartImage(chart: ChartSpec, markup: string, sourceLine: string): ChartImage {
  const text = token('--cx-text');
  const muted = token('--cx-text-muted');
  const parts: string[] = [];
  let y = PADDING - 4;
  const block = (content: string, style: { size: number; weight: 400 | 600 | 700; fill: string }, gapAfter: number) => {
    const { markup: lines, bottom } = textBlock(content, { ...style, x: PADDING, top: y, maxWidth: WRAP });
    parts.push(lines);
    y = bottom + gapAfter;
  };
  block(chart.title, { size: 22, weight: 700, fill: text }, 4);
  block(chart.takeaway, { size: 17, weight: 400, fill: muted }, 16);
  const chartHeight = (CONTENT * chart.model.height) / chart.model.width;
  parts.push(placeChart(markup, { x: PADDING, y, width: CONTENT, height: chartHeight }));
  y += chartHeight + 12;
  if (chart.legend) block(chart.legend, { size: 14, weight: 400, fill: muted }, 6);
  if (chart.note) block(chart.note, { size: 14, weight: 400, fill: muted }, 6);
  const through = dataThroughLine(chart);
  if (through) block(through, { size: 14, weight: 400, fill: muted }, 6);
  block(sourceLine, { size: 14, weight: 400, fill: muted }, 0);
  const height = Math.ceil(y + PADDING - 6);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${CHART_IMAGE_WIDTH} ${height}" font-family="${IMAGE_FONT_STACK}" role="img" aria-labelledby="image-title">
<title id="image-title">${escapeXml(`${chart.title}. ${chart.takeaway}`)}</title>
<style>
${siteLightChartStyle(markup)}
</style>
<rect width="${CHART_IMAGE_WIDTH}" height="${height}" fill="${token('--cx-bg')}"/>
${parts.join('\n')}
</svg>
`;
  return { svg, width: CHART_IMAGE_WIDTH, height };
}

/** "Data through <date>." for charts that follow the story, from the same data as the page's line. */
export function dataThroughLine(chart: ChartSpec): string | undefined {
  if (!chart.tracksStory || !chart.dataThrough) return undefined;
  const date = formatDateAfterPreposition(chart.dataThrough, intlLocale(chart.locale));
  return `${useTranslations(chart.locale)('chart.dataThrough')} ${date}.`;
}
