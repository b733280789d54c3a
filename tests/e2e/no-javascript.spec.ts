import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/lib/site-pages.ts';

test.use({ javaScriptEnabled: false });

for (const page of sitePages()) {
  test(`/${page} is complete without JavaScript`, async ({ page: tab }) => {
    await tab.goto(page);
    // Every block of text in the main content must be visible: nothing waits for a script.
    const hidden = await tab.locator('main').evaluate((main) =>
      [...main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, blockquote, figcaption, td, th, caption')]
        .filter((el) => !el.closest('details:not([open]), [hidden], .visually-hidden'))
        .filter((el) => (el.textContent ?? '').trim() && !(el as HTMLElement).checkVisibility())
        .map((el) => `${el.tagName}: ${(el.textContent ?? '').trim().slice(0, 60)}`),
    );
    expect(hidden).toEqual([]);
    // Every chart is drawn on the server: its SVG is there with a size and an accessible name.
    for (const chart of await tab.locator('main figure[data-chart] svg').all()) {
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAttribute('aria-labelledby', /.+/);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
    }
  });
}
