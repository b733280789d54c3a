import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readChartIndex } from '../../scripts/lib/chart-index.ts';

// A newsroom's page on another origin (a free loopback port of its own) that embeds every chart.
const charts = readChartIndex();
let server: Server;
let siteUrl = '';
let HOST = '';

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>body{margin:0;font-family:sans-serif}article{max-width:1000px;margin:0 auto;padding:0 8px}</style></head><body><article><h1>A newsroom story</h1>${body}</article></body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
  siteUrl = baseURL!;
  const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const ours = charts
      .map(
        (chart) =>
          `<iframe src="${siteUrl}${chart.embed}" title="${chart.title}" width="100%" height="400" style="border:0;width:100%" loading="eager" data-cx-embed></iframe>`,
      )
      .join('\n');
    const pages: Record<string, [string, string]> = {
      '/ours.html': ['text/html', hostPage(`${ours}<script src="${siteUrl}embed.js"></script>`)],
      '/pym.html': [
        'text/html',
        hostPage(
          charts.map((chart) => `<div id="pym-${chart.id}"></div>`).join('\n') +
            `<script src="/pym.js"></script><script>${charts.map((chart) => `new pym.Parent('pym-${chart.id}', '${siteUrl}${chart.embed}', {title: ${JSON.stringify(chart.title)}});`).join('\n')}</script>`,
        ),
      ],
      '/intruder.html': [
        'text/html',
        `<!doctype html><title>x</title><script>parent.postMessage({type:'cx-embed:height',height:1234},'*')</script>`,
      ],
      '/pym.js': ['text/javascript', pym],
    };
    const page = pages[url.pathname];
    response.writeHead(page ? 200 : 404, { 'Content-Type': page?.[0] ?? 'text/plain' });
    response.end(page?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Waits until every embed iframe's height matches its document's height within 4px. */
async function expectFitted(page: Page, selector = 'iframe') {
  const frames = page.locator(selector);
  await expect(frames).toHaveCount(charts.length);
  for (let i = 0; i < charts.length; i++) {
    const element = frames.nth(i);
    await element.scrollIntoViewIfNeeded();
    const frame = (await (await element.elementHandle())!.contentFrame()) as Frame;
    await expect
      .poll(
        async () => {
          const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
          const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
          return Math.abs(outer - inner);
        },
        { message: `${charts[i]!.id} iframe should fit its content`, timeout: 15_000 },
      )
      .toBeLessThanOrEqual(4);
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight), {
        message: `${charts[i]!.id} should have no inner scrollbar`,
        timeout: 15_000,
      })
      .toBeLessThanOrEqual(1);
  }
}

test.describe('embeds on a host page from another origin', () => {
  test.skip(({ isMobile }) => isMobile, 'host widths are set explicitly below');

  for (const width of [320, 600, 1000]) {
    test(`our host script sizes every embed at ${width}px, also after a resize`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${HOST}/ours.html`);
      await expectFitted(page);
      await page.setViewportSize({ width: width === 1000 ? 480 : width + 300, height: 900 });
      await expectFitted(page);
    });
  }

  test('height messages from another window or origin are ignored', async ({ page }) => {
    await page.goto(`${HOST}/ours.html`);
    await expectFitted(page);
    const first = page.locator('iframe').first();
    const before = await first.evaluate((el) => el.style.height);
    // From the host page's own window:
    await page.evaluate(() => window.postMessage({ type: 'cx-embed:height', height: 2345 }, '*'));
    // From another frame on another origin, posing as an embed:
    await page.evaluate((src) => {
      const intruder = document.createElement('iframe');
      intruder.src = src;
      document.body.append(intruder);
    }, `${HOST}/intruder.html`);
    await page.waitForTimeout(500);
    const heights = await page
      .locator('iframe[data-cx-embed]')
      .evaluateAll((frames) => frames.map((f) => (f as HTMLElement).style.height));
    expect(heights).not.toContain('2345px');
    expect(heights).not.toContain('1234px');
    expect(await first.evaluate((el) => el.style.height)).toBe(before);
  });

  for (const width of [320, 600, 1000]) {
    test(`the same embeds resize under the pym.js parent library at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${HOST}/pym.html`);
      await expectFitted(page);
    });
  }
});
