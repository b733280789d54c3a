import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { DIST, readDist, sitePath } from './dist.ts';

const htmlFile = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page);

// A bundled script referenced from the HTML is fetched at high priority while the page parses,
// and Lighthouse counts that request against the first paint; the site's own scripts are inlined
// and load anything larger after the paint.
describe('scripts before the first paint', () => {
  it.each(sitePages())('"%s" references no bundled script file in its HTML', (page) => {
    const html = readDist(htmlFile(page));
    const bundled = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*\/_astro\/[^"]*)"/g)].map((m) => m[1]);
    expect(bundled).toEqual([]);
    expect(html).not.toMatch(/<link\b[^>]*rel="modulepreload"/);
  });

  it('the story loads its scrolly module from inline code, and that module is built', () => {
    const html = readDist('index.html');
    const url = /import\(`([^`]*\/_astro\/scrolly-section\.[^`]*\.js)`\)/.exec(html)?.[1];
    expect(url, 'inline import of the scrolly module').toBeDefined();
    const base = sitePath(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!);
    expect(url!.startsWith(base)).toBe(true);
    expect(existsSync(join(DIST, url!.slice(base.length)))).toBe(true);
  });
});
