import type { ChartSpec } from './chart-spec.ts';
import { TYPICAL_FRAME_WIDTH, embedHeightAt, embedHeightsKey, heightsAttribute, measuredHeights } from './embed-heights.ts';

/**
 * The height a frame starts at, before embed.js or a resize message can size it: the measured
 * height at an article column's width. A chart not measured yet (it must be built before it can be
 * measured) gets a rough estimate and a warning; an end-to-end test fails until it is measured.
 */
export function initialEmbedHeight(chart: ChartSpec, width = TYPICAL_FRAME_WIDTH): number {
  const table = measuredHeights(chart);
  if (table) return embedHeightAt(table, width);
  console.warn(`src/charts/embed-heights.json: no measured heights for chart "${embedHeightsKey(chart)}"; run \`npm run measure:embeds\``);
  return Math.round((chart.model.height * width) / chart.model.width) + 600;
}

/**
 * The copy-paste iframe: titled, full width, borderless (`frameborder` too, as WordPress strips
 * `style`), lazy, with a reserved height and, for the host scripts, the heights at every width.
 */
export function embedIframe(chart: ChartSpec, embedUrl: string): string {
  const title = chart.title.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const table = measuredHeights(chart);
  const heights = table ? ` data-cx-heights="${heightsAttribute(table)}"` : '';
  return `<iframe src="${embedUrl}" title="${title}" width="100%" height="${initialEmbedHeight(chart)}" frameborder="0" style="border:0;width:100%" loading="lazy" data-cx-embed${heights}></iframe>`;
}

/**
 * Sizes the element just before it from its data-cx-heights as the page is parsed, before the
 * first paint, as Datawrapper's inline snippet does, so the host page never shifts: an iframe's
 * height, or the least height of a pym.js container. It mirrors embedHeightAt in
 * ./embed-heights.ts; embed.js or pym.js then follow the chart's own reports.
 */
export const INLINE_SIZER =
  "(function(f){if(!f||!f.getAttribute)return;var d=(f.getAttribute('data-cx-heights')||'').split(' '),w=f.clientWidth,h=+d[2],p,i;if(d.length<4||!w)return;if(w<+d[1]){p=d[3].split(':');for(i=3;i<d.length;i++)if(+d[i].split(':')[0]<=w)p=d[i].split(':');h=Math.ceil(+p[1]+d[0]*(w-p[0]))}f.style[f.tagName==='IFRAME'?'height':'minHeight']=h+'px'})(document.currentScript&&document.currentScript.previousElementSibling)";

/** The full snippet: the iframe, its inline sizer, and the host script that keeps its height right. */
export function embedSnippet(chart: ChartSpec, embedUrl: string, scriptUrl: string): string {
  return `${embedIframe(chart, embedUrl)}<script>${INLINE_SIZER}</script>\n<script src="${scriptUrl}" async></script>`;
}

/**
 * For pages that already use pym.js: a container that holds the chart's measured height until
 * pym's first height message, and `xdomain` set to our origin, as pym otherwise takes a height
 * from any. A reported height up to 2px under the reserved one leaves the page as it is.
 */
export function pymSnippet(chart: ChartSpec, embedUrl: string): string {
  const id = `cx-${chart.id}`;
  const table = measuredHeights(chart);
  const heights = table ? ` data-cx-heights="${heightsAttribute(table)}"` : '';
  return [
    `<div id="${id}" style="min-height:${initialEmbedHeight(chart)}px"${heights}></div><script>${INLINE_SIZER}</script>`,
    `<script src="pym.v1.min.js"></script>`,
    `<script>`,
    `(function () {`,
    `  var url = ${JSON.stringify(embedUrl)};`,
    `  var box = document.getElementById(${JSON.stringify(id)});`,
    `  var frame = new pym.Parent(box.id, url, {`,
    `    title: ${JSON.stringify(chart.title)},`,
    `    xdomain: '^' + new URL(url).origin.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')`,
    `  });`,
    `  frame.iframe.style.display = 'block';`,
    `  // Until the chart reports, the frame keeps the reserved height (pym's own start is 150px).`,
    `  frame.iframe.setAttribute('height', parseInt(box.style.minHeight, 10) + 'px');`,
    `  frame.onMessage('height', function (height) {`,
    `    if (+height < box.offsetHeight - 2 || +height > box.offsetHeight) box.style.minHeight = '';`,
    `  });`,
    `})();`,
    `</script>`,
  ].join('\n');
}
