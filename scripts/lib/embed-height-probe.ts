import type { Page } from '@playwright/test';

/** Frame widths measured for every embed: each pixel from a small phone to past the chart's widest. */
export const PROBE_FROM = 280;
export const PROBE_TO = 620;
/** A desktop column, past the chart's maximum width: the embed's height has stopped changing. */
export const PROBE_WIDE = 1280;

/**
 * Lays the embed out at each width and returns its content height. The window is taller than any
 * embed, so no scrollbar takes width from the layout, as in a frame sized to fit.
 */
export async function probeEmbedHeights(page: Page, url: string, widths: number[]): Promise<number[]> {
  await page.setViewportSize({ width: widths[0]!, height: 6000 });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => document.documentElement.classList.contains('page-loaded'));
  const heights: number[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 6000 });
    heights.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.ceil(document.documentElement.getBoundingClientRect().height)))),
          ),
      ),
    );
  }
  return heights;
}
