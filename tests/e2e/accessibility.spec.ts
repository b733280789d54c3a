import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/lib/site-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const page of sitePages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG A/AA violations on /${page} (${theme})`, async ({ page: tab }) => {
      await tab.emulateMedia({ colorScheme: theme });
      await tab.goto(page);
      const results = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
