import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/lib/site-pages.ts';

for (const page of sitePages()) {
  test(`/${page} requests nothing outside its own origin`, async ({ page: tab, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    await tab.goto(page, { waitUntil: 'networkidle' });
    await tab.mouse.wheel(0, 4000);
    await tab.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
