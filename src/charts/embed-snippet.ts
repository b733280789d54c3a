import type { ChartSpec } from './chart-spec.ts';

/** Rendered width of a chart frame in an embed, in CSS pixels, used to reserve an initial height. */
const FRAME_WIDTH = 544;
/** Title, takeaway, notes, source line and credit around the SVG, at that width. */
const FRAME_CHROME = 300;

/** A starting height for the iframe so the host page does not jump when the real height arrives. */
export function initialEmbedHeight(chart: ChartSpec): number {
  return Math.round((chart.model.height * FRAME_WIDTH) / chart.model.width + FRAME_CHROME);
}

/** The copy-paste iframe: titled, full width, borderless, lazy, with a reserved height. */
export function embedIframe(chart: ChartSpec, embedUrl: string): string {
  const title = chart.title.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<iframe src="${embedUrl}" title="${title}" width="100%" height="${initialEmbedHeight(chart)}" style="border:0;width:100%" loading="lazy" data-cx-embed></iframe>`;
}

/** The full snippet: the iframe plus the host script that keeps its height right. */
export function embedSnippet(chart: ChartSpec, embedUrl: string, scriptUrl: string): string {
  return `${embedIframe(chart, embedUrl)}\n<script src="${scriptUrl}" async></script>`;
}
