import { describe, expect, it } from 'vitest';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { readDist, readDistBytes } from './dist.ts';
import { pngSize } from './png-size.ts';

const htmlFile = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page);

const decode = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

function meta(html: string, key: string): string {
  const tag = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`"${key}"`));
  const content = tag && /\scontent="([^"]*)"/.exec(tag)?.[1];
  if (content === undefined) throw new Error(`No <meta> ${key}`);
  return decode(content);
}

// Card addresses start at the story's canonical address: the public origin (when the build has
// one) plus the base path.
const siteRoot = /<link rel="canonical" href="([^"]+)"/.exec(readDist('index.html'))![1]!;

describe('social cards', () => {
  it.each(sitePages())('"%s": og:image and twitter:image are its own 1200×630 PNG card, with alt text', (page) => {
    const html = readDist(htmlFile(page));
    const image = meta(html, 'og:image');
    expect(image.startsWith(siteRoot)).toBe(true);
    const file = image.slice(siteRoot.length);
    expect(file).toMatch(/^og\/.+\.png$/);
    expect(pngSize(readDistBytes(file))).toEqual({ width: 1200, height: 630 });
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(image);
    const alt = meta(html, 'og:image:alt');
    expect(meta(html, 'twitter:image:alt')).toBe(alt);
    // The card's text comes from src/images/page-cards.ts; this keeps it in step with the page.
    expect(alt).toContain(meta(html, 'og:title'));
  });

  it('no two pages share a card', () => {
    const images = sitePages().map((page) => meta(readDist(htmlFile(page)), 'og:image'));
    expect(new Set(images).size).toBe(images.length);
  });
});
