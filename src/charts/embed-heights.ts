import { z } from 'zod';
import measured from './embed-heights.json' with { type: 'json' };
import { localePrefix } from '../i18n/ui.ts';

/**
 * An embed's height at each frame width, measured in a browser from the built embed page
 * (`npm run measure:embeds`), because the text around a chart wraps in ways no model predicts.
 * Between two line breaks the height grows with the chart, `slope` px per px of width; each
 * segment says where that stretch starts and its height there. From `maxWidth` on, the frame has
 * reached the chart's widest and stays `wide` tall.
 */
const embedHeightsSchema = z.object({
  slope: z.number().nonnegative(),
  maxWidth: z.number().int().positive(),
  wide: z.number().positive(),
  segments: z.array(z.tuple([z.number().int().positive(), z.number().positive()])).min(1),
});
export type EmbedHeights = z.infer<typeof embedHeightsSchema>;
export type EmbedHeightTable = Record<string, EmbedHeights>;

function parseTable(data: unknown): EmbedHeightTable {
  const parsed = z.object({ charts: z.record(z.string(), embedHeightsSchema) }).safeParse(data);
  if (parsed.success) return parsed.data.charts;
  const issue = parsed.error.issues[0]!;
  throw new Error(`src/charts/embed-heights.json: ${issue.path.join('.')}: ${issue.message}; run \`npm run measure:embeds\``);
}

export const embedHeightTable: EmbedHeightTable = parseTable(measured);

/**
 * A chart's entry in the table: its id in the default edition, `<locale>/<id>` in another, as each
 * edition's words wrap to their own heights.
 */
export const embedHeightsKey = ({ id, locale }: { id: string; locale: string }): string => `${localePrefix(locale)}${id}`;

export const measuredHeights = (chart: { id: string; locale: string }): EmbedHeights | undefined =>
  embedHeightTable[embedHeightsKey(chart)];

/** The frame width a snippet and the oEmbed answer assume: a newspaper's article column. */
export const TYPICAL_FRAME_WIDTH = 600;

/**
 * The height at a frame width: never shorter than the content measured there, at most 2px taller.
 * Narrower than measured, the narrowest segment goes on; text grows there, so a thin frame may
 * still come out short and wait for the embed's own message.
 */
export function embedHeightAt(table: EmbedHeights, width: number): number {
  if (width >= table.maxWidth) return table.wide;
  let [from, height] = table.segments[0]!;
  for (const segment of table.segments) if (segment[0] <= width) [from, height] = segment;
  return Math.ceil(height + table.slope * (width - from));
}

/** The same table, written into a snippet as one attribute for the inline sizing script to read. */
export function heightsAttribute(table: EmbedHeights): string {
  return [table.slope, table.maxWidth, table.wide, ...table.segments.map(([width, height]) => `${width}:${height}`)].join(' ');
}

/**
 * Fits segments to measured heights (one per whole pixel from `from`): each segment's line runs
 * 0–2px above every measurement in it, so the rounded-up height is never short and at most 2px over.
 */
export function fitEmbedHeights(from: number, measuredHeights: number[], wide: number): EmbedHeights {
  // Where the frame has reached the chart's widest, the rest is `wide` and needs no segments.
  let reach = measuredHeights.length;
  while (reach > 1 && measuredHeights[reach - 1] === wide) reach--;
  const heights = measuredHeights.slice(0, reach);
  // The chart's growth per pixel, from the stretches with no line break.
  const smooth = heights.slice(1).map((height, i) => height - heights[i]!).filter((step) => Math.abs(step) <= 2);
  const slope = Math.round((smooth.reduce((sum, step) => sum + step, 0) / Math.max(1, smooth.length)) * 1000) / 1000;
  const segments: [number, number][] = [];
  let start = 0;
  while (start < heights.length) {
    let low = Infinity;
    let high = -Infinity;
    let end = start;
    for (; end < heights.length; end++) {
      const offset = heights[end]! - slope * (end - start);
      const nextLow = Math.min(low, offset);
      const nextHigh = Math.max(high, offset);
      if (nextHigh - nextLow > 2) break;
      low = nextLow;
      high = nextHigh;
    }
    segments.push([from + start, Math.ceil(high * 1000) / 1000]);
    start = end;
  }
  return { slope, maxWidth: from + heights.length, wide, segments };
}
