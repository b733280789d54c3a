import { expect, test, type Frame, type Page } from '@playwright/test';
import { startNewsroomHost, type NewsroomHost } from './lib/newsroom-host.ts';

// Our charts embedded in a newsroom's page on another origin, the ways newsrooms embed them: our
// snippet, pym.js, and WordPress's oEmbed markup with its host script arriving late. Each frame
// must be as tall as its content (within 2px, never shorter), with no scrollbar inside it, the
// host page must not shift, and messages from anyone but the frame itself must change nothing.
// Each edition's gallery, snippets and oEmbed answers, embedded the same ways: the Spanish
// gallery's snippets embed the Spanish charts, whose words wrap to heights of their own.
const EDITIONS = ['en', 'es'] as const;
const hosts = {} as Record<(typeof EDITIONS)[number], NewsroomHost>;
let host: NewsroomHost;

test.beforeAll(async ({ baseURL }) => {
  for (const lang of EDITIONS) hosts[lang] = await startNewsroomHost(baseURL!, lang);
  host = hosts.en;
});

test.afterAll(async () => {
  for (const lang of EDITIONS) await hosts[lang].close();
});

test.skip(({ isMobile }) => isMobile, 'host widths are set explicitly below');

const WIDTHS = [320, 375, 1280];

/** Stops the embed pages' own scripts, as a reader with JavaScript off in the frame would have it. */
async function withoutFrameScripts(page: Page) {
  await page.route(/\/embed\/[a-z0-9-]+\/(\?.*)?(#.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
}

async function contentFrame(page: Page, i: number): Promise<Frame> {
  return (await (await page.locator('iframe').nth(i).elementHandle())!.contentFrame())!;
}

/** Every frame fits its content: 0–2px over, never under (`cap`: WordPress's 1000px limit). */
async function expectFitted(page: Page, { cap = Infinity, on = host } = {}) {
  const host = on;
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(host.charts.length);
  for (let i = 0; i < host.charts.length; i++) {
    const element = frames.nth(i);
    await element.scrollIntoViewIfNeeded();
    const id = host.charts[i]!.id;
    await expect
      .poll(
        async () => {
          const frame = await contentFrame(page, i);
          const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
          const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
          return outer - Math.min(inner, cap);
        },
        { message: `${id}: frame height minus content height (after a change to a chart, run npm run measure:embeds)`, timeout: 15_000 },
      )
      .toBeGreaterThanOrEqual(-0.5);
    const frame = await contentFrame(page, i);
    const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    // A frame is whole pixels: content 812.1px tall needs 813.
    expect(outer - Math.ceil(inner), `${id} should be at most 2px taller than its content`).toBeLessThanOrEqual(2);
    expect(inner, `${id} should fit under WordPress's cap`).toBeLessThanOrEqual(cap);
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
      `${id} should have no scrollbar inside`,
    ).toBeLessThanOrEqual(0);
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `${id} should be no wider than its frame`,
    ).toBeLessThanOrEqual(0);
  }
}

/** Holds embed.js back, as a slow network would, so any height it changes shifts a painted page. */
async function lateHostScript(page: Page) {
  await page.route(/\/embed\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
}

const hostCls = (page: Page) => page.evaluate(() => (window as unknown as { hostCls: number }).hostCls);

for (const lang of EDITIONS) for (const width of WIDTHS) {
  test.describe(`${lang} charts at ${width}px`, () => {
    const on = () => hosts[lang];
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
    });

    test('our snippet fits every chart, and the host page does not shift', async ({ page }) => {
      await lateHostScript(page);
      await page.goto(`${on().url}/snippet.html`);
      await expectFitted(page, { on: on() });
      expect(await hostCls(page)).toBe(0);
    });

    test('our snippet fits every chart with JavaScript off in the frame', async ({ page }) => {
      await withoutFrameScripts(page);
      await lateHostScript(page);
      await page.goto(`${on().url}/snippet.html`);
      await expectFitted(page, { on: on() });
      expect(await hostCls(page)).toBe(0);
    });

    test('our snippet fits every chart in frames sandboxed without same-origin, and after a redirect', async ({ page }) => {
      await page.goto(`${on().url}/snippet.html?sandbox=1`);
      await expectFitted(page, { on: on() });
      await page.goto(`${on().url}/snippet.html?redirect=1`);
      await expectFitted(page, { on: on() });
    });

    test('the pym.js snippet fits every chart, and the host page does not shift', async ({ page }) => {
      await page.goto(`${on().url}/pym.html`);
      await expectFitted(page, { on: on() });
      expect(await hostCls(page)).toBe(0);
    });

    test('the pym.js snippet fits every chart with JavaScript off in the frame', async ({ page }) => {
      await withoutFrameScripts(page);
      await page.goto(`${on().url}/pym.html`);
      await expectFitted(page, { on: on() });
      expect(await hostCls(page)).toBe(0);
    });

    test('WordPress markup fits every chart under 1000px once its late host script says it is ready', async ({ page }) => {
      await page.goto(`${on().url}/wordpress.html`);
      await expectFitted(page, { cap: 1000, on: on() });
    });
  });
}

test('after the host column narrows, our snippet refits every chart, with or without frame scripts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.url}/snippet.html`);
  await expectFitted(page);
  await page.setViewportSize({ width: 420, height: 900 });
  await expectFitted(page);
  await withoutFrameScripts(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.url}/snippet.html`);
  await expectFitted(page);
  await page.setViewportSize({ width: 420, height: 900 });
  await expectFitted(page);
});

test('height messages from another window, another origin or of the wrong type change nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${host.url}/snippet.html`);
  await expectFitted(page);
  const heights = () => page.locator('iframe[data-cx-embed]').evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
  const before = await heights();
  await page.evaluate(() => window.postMessage({ type: 'cx-embed:height', height: 2345 }, '*'));
  await page.evaluate((src) => {
    const intruder = document.createElement('iframe');
    intruder.src = src;
    document.body.append(intruder);
  }, `${host.url}/intruder.html`);
  // From a real embed's own window, but not a positive number:
  const frame = await contentFrame(page, 0);
  await frame.evaluate(() => {
    for (const height of [null, '', true, [], '900', Number.NaN, -5]) parent.postMessage({ type: 'cx-embed:height', height }, '*');
  });
  await page.waitForTimeout(500);
  expect(await heights()).toEqual(before);
  expect(errors, 'embed.js should log nothing in the host page').toEqual([]);
});

test('pym.js with our xdomain ignores a forged height from a third origin', async ({ page }) => {
  await page.goto(`${host.url}/pym.html`);
  await expectFitted(page);
  const heights = () => page.locator('iframe').evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
  const before = await heights();
  await page.evaluate((src) => {
    const intruder = document.createElement('iframe');
    intruder.src = src;
    intruder.style.display = 'none';
    document.body.append(intruder);
  }, `${host.url}/intruder.html`);
  await page.waitForTimeout(500);
  expect((await heights()).slice(0, before.length)).toEqual(before);
});

test('links in an embed open outside the frame; under WordPress the host opens them in the top window', async ({ page, context }) => {
  await page.goto(`${host.url}/snippet.html`);
  const frame = await contentFrame(page, 0);
  const credit = frame.locator('.embed-credit a');
  const [popup] = await Promise.all([context.waitForEvent('page'), credit.click()]);
  await expect(popup).toHaveURL(/\/graphics\/2026\/cartels\/$/);
  expect(frame.url(), 'the frame itself stays on the chart').toContain('/embed/');
  await popup.close();

  await page.goto(`${host.url}/wordpress.html`);
  await expectFitted(page, { cap: 1000 });
  const sandboxed = await contentFrame(page, 0);
  await sandboxed.locator('.embed-credit a').click();
  await expect(page).toHaveURL(/\/graphics\/2026\/cartels\/$/);
});

test('embed.js gives a chart the host page’s theme, whatever the reader’s system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.url}/snippet.html?background=%23111`);
  const frame = await contentFrame(page, 0);
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${host.url}/snippet.html`);
  await expect.poll(async () => (await contentFrame(page, 0)).evaluate(() => document.documentElement.dataset.theme)).toBe('light');
});

test('a chart’s data table, opened in a 320px frame, makes the frame no wider, in each edition', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  for (const chart of EDITIONS.flatMap((lang) => hosts[lang].charts)) {
    await page.goto(chart.embed);
    await page.locator('label[for$="-show-data"]').click();
    await expect(page.locator('.chart-data table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${chart.id} with its table open`).toBeLessThanOrEqual(320);
  }
});

test('the oEmbed answer is served as application/json and its iframe survives WordPress’s filter', async ({ request }) => {
  const response = await request.get(`oembed/${host.charts[0]!.id}.json`);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const body = (await response.json()) as { html: string; height: number };
  expect(body.html).toContain('frameborder="0"');
  expect(body.height).toBeGreaterThan(0);
});
