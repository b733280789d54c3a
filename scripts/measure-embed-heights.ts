// Measures every embed's height, in every edition, at each frame width in Chromium and writes
// src/charts/embed-heights.json, which sizes frames before (or without) their resize messages.
// Run after a change to a chart's text or layout: `npm run measure:embeds` (an end-to-end test
// fails while the file is out of date).
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { embedHeightAt, embedHeightsKey, fitEmbedHeights, type EmbedHeights } from '../src/charts/embed-heights.ts';
import { readChartIndices } from './lib/chart-index.ts';
import { PROBE_FROM, PROBE_TO, PROBE_WIDE, probeEmbedHeights } from './lib/embed-height-probe.ts';
import { serveDist } from './lib/serve-dist.ts';

const server = await serveDist(Number(process.env.MEASURE_PORT ?? 4325));
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const page = await browser.newPage();
const widths: number[] = [];
for (let width = PROBE_FROM; width <= PROBE_TO; width++) widths.push(width);

const charts: Record<string, EmbedHeights> = {};
try {
  for (const { lang, chart } of readChartIndices().flatMap(({ lang, charts }) => charts.map((chart) => ({ lang, chart })))) {
    const key = embedHeightsKey({ id: chart.id, locale: lang });
    const url = new URL(chart.embed, server.url).href;
    const heights = await probeEmbedHeights(page, url, widths);
    const [wide = 0, wider = 0] = await probeEmbedHeights(page, url, [PROBE_WIDE, 900]);
    // Past the last measured width the embed must have stopped growing, or `wide` would lie.
    if (wide !== heights.at(-1) || wider !== wide)
      throw new Error(`${key}: height still changes past ${PROBE_TO}px (${heights.at(-1)}, ${wider}, ${wide}); measure wider`);
    const fitted = fitEmbedHeights(PROBE_FROM, heights, wide);
    heights.forEach((height, i) => {
      const over = embedHeightAt(fitted, PROBE_FROM + i) - height;
      if (over < 0 || over > 2) throw new Error(`${key}: fitted height is ${over}px off at ${PROBE_FROM + i}px`);
    });
    charts[key] = fitted;
    console.log(`${key}: ${heights[0]}px at ${PROBE_FROM}px … ${wide}px wide, ${fitted.segments.length} segments`);
  }
} finally {
  await browser.close();
  await server.stop();
}
writeFileSync('src/charts/embed-heights.json', `${JSON.stringify({ charts }, null, 1)}\n`);
