// Lighthouse over every built page, mobile and desktop, three runs each, plus a scroll through
// each page in a Lighthouse timespan (layout shifts and long tasks while reading); writes medians
// to bench/reports/ and prints whatever exceeds bench/budgets.json, then the reading grade of each
// chapter and of the handout. Speed is measured here only. `npm run bench` builds with the bench
// server's own origin as SITE_URL, so addresses are absolute as in a deployment (SEO audits read them).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, startTimespan } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { sitePages } from './lib/site-pages.ts';
import { serveDist } from './lib/serve-dist.ts';
import { readabilityMarkdown, spanishReadabilityMarkdown } from './lib/readability-report.ts';

type Metrics = Record<
  | 'performance'
  | 'accessibility'
  | 'best-practices'
  | 'seo'
  | 'lcpMs'
  | 'tbtMs'
  | 'cls'
  | 'totalBytes'
  | 'jsBytes'
  | 'requests'
  | 'scrollCls'
  | 'scrollTbtMs',
  number
>;
type Budget = Partial<Metrics>;

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as {
  default: Budget;
  pages: Record<string, Budget>;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function budgetFor(page: string): Budget {
  const match = Object.keys(budgets.pages)
    .filter((prefix) => (prefix === '' ? page === '' : page.startsWith(prefix)))
    .sort((a, b) => b.length - a.length)[0];
  return { ...budgets.default, ...(match !== undefined ? budgets.pages[match] : {}) };
}

function metricsOf(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']): Omit<Metrics, 'scrollCls' | 'scrollTbtMs'> {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const summary =
    (
      lhr.audits['resource-summary']?.details as
        { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined
    )?.items ?? [];
  const row = (type: string) => summary.find((item) => item.resourceType === type);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    totalBytes: row('total')?.transferSize ?? 0,
    jsBytes: row('script')?.transferSize ?? 0,
    requests: row('total')?.requestCount ?? 0,
  };
}

/**
 * Lighthouse counts only script files; small scripts that the build inlines into the page are
 * JavaScript too, so their compressed size is added to the page's JavaScript bytes.
 */
function inlineScriptBytes(page: string): number {
  const file = join('dist', page.endsWith('.html') ? page : `${page}index.html`);
  const html = readFileSync(file, 'utf8');
  const code = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
  return code.trim() ? gzipSync(code).length : 0;
}

/** Scrolls the whole page inside a Lighthouse timespan: layout shifts and long tasks while reading. */
async function scrollMetrics(url: string, formFactor: 'mobile' | 'desktop', port: number) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  try {
    const mobile = formFactor === 'mobile';
    await page.setViewport(
      mobile
        ? { width: 375, height: 812, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { width: 1280, height: 800 },
    );
    await page.goto(url, { waitUntil: 'networkidle0' });
    const session = await startTimespan(page as never, {
      ...(mobile ? {} : { config: desktopConfig }),
      flags: { screenEmulation: { disabled: true }, logLevel: 'error' },
    });
    await page.evaluate(async () => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, 120));
      while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
        window.scrollBy(0, Math.round(window.innerHeight * 0.6));
        await pause();
      }
    });
    const result = await session.endTimespan();
    const audits = result?.lhr.audits ?? {};
    return {
      scrollCls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
      scrollTbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
    };
  } finally {
    await page.close();
    await browser.disconnect();
  }
}

const server = await serveDist(Number(process.env.BENCH_PORT ?? 4324));
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const results: { page: string; formFactor: string; median: Metrics; over: string[] }[] = [];
try {
  // BENCH_PAGES=",embed/" limits a run to some pages ('' is the story page).
  const only = process.env.BENCH_PAGES?.split(',');
  for (const page of sitePages().filter((p) => p !== '404.html' && (!only || only.includes(p)))) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs: Metrics[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(
          new URL(page, server.url).href,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for /${page}`);
        const url = new URL(page, server.url).href;
        const metrics = metricsOf(result.lhr);
        metrics.jsBytes += inlineScriptBytes(page);
        runs.push({ ...metrics, ...(await scrollMetrics(url, formFactor, chrome.port)) });
      }
      const med = Object.fromEntries(
        Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key as keyof Metrics]))]),
      ) as Metrics;
      const budget = budgetFor(page);
      const over = Object.entries(budget).flatMap(([key, limit]) => {
        const value = med[key as keyof Metrics];
        const higherIsBetter = ['performance', 'accessibility', 'best-practices', 'seo'].includes(key);
        return (higherIsBetter ? value < limit : value > limit) ? [`${key} ${value} (budget ${limit})`] : [];
      });
      results.push({ page: `/${page}`, formFactor, median: med, over });
      console.log(`/${page} ${formFactor}: ${over.length ? `OVER BUDGET: ${over.join('; ')}` : 'within budget'}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

// The Spanish story must weigh what the English one does: within 5% in script, transfer and LCP.
const EDITION_SLACK = 1.05;
const editionGaps = (['mobile', 'desktop'] as const).flatMap((formFactor) => {
  const of = (page: string) => results.find((r) => r.page === page && r.formFactor === formFactor);
  const en = of('/');
  const es = of('/es/');
  if (!en || !es) return [];
  return (['jsBytes', 'totalBytes', 'lcpMs'] as const).flatMap((key) =>
    es.median[key] > en.median[key] * EDITION_SLACK
      ? [`/es/ ${formFactor} ${key} ${es.median[key]} is over 105% of /'s ${en.median[key]}`]
      : [],
  );
});
for (const gap of editionGaps) console.log(`EDITION GAP: ${gap}`);

mkdirSync('bench/reports', { recursive: true });
const columns = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
  'lcpMs',
  'tbtMs',
  'cls',
  'totalBytes',
  'jsBytes',
  'requests',
  'scrollCls',
  'scrollTbtMs',
] as const;
const table = [
  `| page | form | ${columns.join(' | ')} | over budget |`,
  `|${' --- |'.repeat(columns.length + 3)}`,
  ...results.map(
    (r) =>
      `| ${r.page} | ${r.formFactor} | ${columns.map((c) => r.median[c]).join(' | ')} | ${r.over.join('; ') || '—'} |`,
  ),
].join('\n');
writeFileSync('bench/reports/lighthouse.json', JSON.stringify({ runs: RUNS, results }, null, 2));
const reading = `${readabilityMarkdown()}\n\n${spanishReadabilityMarkdown()}`;
const editions = `## Spanish story against the English one (within 5%: script, transfer, LCP)\n\n${editionGaps.length ? editionGaps.map((gap) => `- ${gap}`).join('\n') : 'Within 5% on every measure.'}`;
writeFileSync('bench/reports/lighthouse.md', `# Lighthouse medians (${RUNS} runs)\n\n${table}\n\n${editions}\n\n${reading}\n`);
console.log(`\n${reading}`);
console.log(
  `\nReport: bench/reports/lighthouse.md\n${results.filter((r) => r.over.length).length} page/form pairs over budget.`,
);
