// Structured data and the ways to follow the story: the NewsArticle on the story, a Dataset per
// chart, the updates feed and the sitemap, read from the production build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpdates } from '../../src/register/read-updates.ts';
import { DIST, SITE_URL, builtChartIds, readDist, sitePath } from './dist.ts';
import { jsonLdBlocks, validateNode } from './schema-org.ts';

const BASE = '/graphics/2026/cartels/';
const updates = readUpdates(process.cwd());
const logDates = updates.map((entry) => entry.date).sort();

/** The dist/ file an address of the site points to (absolute with SITE_URL, root-relative without). */
function distFile(url: string): string {
  const pathname = sitePath(url);
  expect(pathname.startsWith(BASE), `${url} is under the base path`).toBe(true);
  const path = pathname.slice(BASE.length);
  return join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

describe('schema.org validation', () => {
  it('rejects an unknown property, a wrong value type and a missing required property', () => {
    const problems = validateNode({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'x',
      datePublised: '2026-01-01',
      dateModified: 'yesterday',
      image: ['https://example.org/a.png'],
    });
    expect(problems.join('\n')).toMatch(/"datePublised" is not a schema.org property/);
    expect(problems.join('\n')).toMatch(/dateModified: "yesterday" is not one of Date/);
    expect(problems.join('\n')).toMatch(/missing "datePublished"/);
    expect(problems.join('\n')).toMatch(/missing "publisher"/);
  });
});

// JSON-LD, the feed and the sitemap need absolute URLs, so only a build with a public origin
// (SITE_URL) has them: run these after `SITE_URL=https://example.org npm run build:test`.
describe.runIf(SITE_URL)('NewsArticle on the story', () => {
  const blocks = jsonLdBlocks(readDist('index.html'));
  const articles = blocks.filter((block) => block['@type'] === 'NewsArticle');

  it('has exactly one, valid against the schema.org properties used', () => {
    expect(articles).toHaveLength(1);
    expect(validateNode(articles[0]!)).toEqual([]);
  });

  it('is dated from the updates log: first entry published, newest entry modified', () => {
    expect(articles[0]!.datePublished).toBe(logDates[0]);
    expect(articles[0]!.dateModified).toBe(logDates.at(-1));
  });

  it('points to the story and to an image that was built', () => {
    expect(sitePath(articles[0]!.url as string)).toBe(BASE);
    for (const image of articles[0]!.image as string[]) expect(existsSync(distFile(image)), image).toBe(true);
  });
});

describe.runIf(SITE_URL)('a Dataset for every chart', () => {
  it.each(builtChartIds())('%s: valid, with its CSV and JSON as downloads and its sources as citations', (id) => {
    const datasets = jsonLdBlocks(readDist(`embed/${id}/index.html`)).filter((block) => block['@type'] === 'Dataset');
    expect(datasets).toHaveLength(1);
    const dataset = datasets[0]!;
    expect(validateNode(dataset)).toEqual([]);
    const downloads = dataset.distribution as { encodingFormat: string; contentUrl: string }[];
    expect(downloads.map((d) => d.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
    for (const download of downloads) expect(existsSync(distFile(download.contentUrl)), download.contentUrl).toBe(true);
    const json = JSON.parse(readDist(`data/${id}.json`)) as { sources: { url: string | null }[]; data_through: string | null };
    const citations = dataset.citation as { url?: string }[];
    expect(citations.map((c) => c.url ?? null)).toEqual(json.sources.map((s) => s.url));
    if (json.data_through) expect(dataset.temporalCoverage).toBe(`../${json.data_through}`);
    expect(dataset.dateModified).toBe(logDates.at(-1));
  });
});

describe.runIf(SITE_URL)('following updates (a build with SITE_URL)', () => {
  it('the feed has one item per log entry, each linking to its entry on the about page', () => {
    const feed = readDist('updates.xml');
    const about = readDist('about/index.html');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links).toHaveLength(updates.length);
    for (const entry of updates) {
      expect(links).toContain(new URL(`${BASE}about/#${entry.id}`, SITE_URL).href);
      expect(about).toContain(`id="${entry.id}"`);
    }
  });

  it('the about page links the feed, and every page announces it', () => {
    expect(readDist('about/index.html')).toMatch(new RegExp(`<a href="${BASE}updates.xml"`));
    expect(readDist('timeline/index.html')).toContain(`type="application/rss+xml" href="${BASE}updates.xml"`);
  });

  it('the sitemap lists the story, the timeline and each chart page', () => {
    expect(readDist('sitemap-index.xml')).toContain('sitemap-0.xml');
    const sitemap = readDist('sitemap-0.xml');
    for (const path of ['', 'timeline/', 'classroom/handout/', ...builtChartIds().map((id) => `embed/${id}/`)])
      expect(sitemap).toContain(`${new URL(`${BASE}${path}`, SITE_URL).href}</loc>`);
  });
});

// The test build has no public origin: then nothing may carry or announce them.
describe.skipIf(SITE_URL)('no structured data, feed or sitemap without a public origin', () => {
  it('no page carries JSON-LD', () => {
    for (const page of ['index.html', ...builtChartIds().map((id) => `embed/${id}/index.html`)])
      expect(jsonLdBlocks(readDist(page)), page).toEqual([]);
  });

  it('builds no feed or sitemap, and no page links or announces them', () => {
    for (const file of ['updates.xml', 'sitemap-index.xml', 'sitemap-0.xml']) expect(existsSync(join(DIST, file)), file).toBe(false);
    for (const page of ['index.html', 'about/index.html', 'timeline/index.html']) {
      const html = readDist(page);
      expect(html).not.toContain('updates.xml');
      expect(html).not.toContain('sitemap-index.xml');
    }
  });
});
