import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/lib/site-pages.ts';

for (const page of sitePages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`/${page} fits the viewport without sideways scrolling (${theme})`, async ({ page: tab }, testInfo) => {
      await tab.emulateMedia({ colorScheme: theme });
      await tab.goto(page);
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(tab.locator('main')).toBeVisible();
      // Site pages carry the chrome, the galleries too; a chart's embed, in any edition, does not.
      if (!/^([a-z]{2}\/)?embed\/[^/]+\/$/.test(page)) {
        await expect(tab.getByRole('banner')).toBeVisible();
        await expect(tab.getByRole('contentinfo')).toBeVisible();
      }
      const name = `${page.replace(/\W+/g, '-') || 'home'}-${theme}.png`;
      // A full-page picture of the longest pages (the sources list runs to tens of thousands of
      // pixels on a phone) takes minutes to paint at 2x; those keep their first screen.
      const tall = await tab.evaluate(() => document.documentElement.scrollHeight > 12_000);
      await tab.screenshot({ path: testInfo.outputPath(name), fullPage: !tall });
    });
  }
}
