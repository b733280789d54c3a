// A build without SITE_URL has no public origin. It must not invent one: no development address
// (the preview server's localhost) may reach a handout, a citation, a snippet or a tag.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDRESS_UNSET, ORIGIN_PLACEHOLDER } from '../../src/lib/public-url.ts';
import { DIST, SITE_URL, builtChartIds, readDist } from './dist.ts';

function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('public addresses', () => {
  it('no built file names localhost or a loopback address', () => {
    const files = distFiles();
    expect(files.length).toBeGreaterThan(50);
    // Binary files too: a PNG's text chunks or a font could carry an address as well.
    const offenders = files
      .filter((file) => /localhost|127\.0\.0\.1/i.test(readFileSync(file).toString('latin1')))
      .map((file) => relative(DIST, file));
    expect(offenders).toEqual([]);
  });

  describe.skipIf(SITE_URL)('without SITE_URL', () => {
    it('the handout and "Cite this page" say the public address is unset', () => {
      const handout = readDist('classroom/handout/index.html');
      expect(handout).toMatch(new RegExp(`class="read-online"[^>]*>[^<]*<a [^>]*>${ADDRESS_UNSET.replace(/[[\]]/g, '\\$&')}</a>`));
      for (const page of ['index.html', 'classroom/index.html', 'classroom/handout/index.html']) {
        const html = readDist(page);
        for (const style of ['apa', 'mla', 'chicago'])
          expect(new RegExp(`<dd data-style="${style}"[^>]*>[^]*?</dd>`).exec(html)?.[0], `${page} ${style}`).toContain(ADDRESS_UNSET);
      }
    });

    it('canonical, Open Graph and oEmbed addresses are root-relative', () => {
      const story = readDist('index.html');
      expect(story).toContain('<link rel="canonical" href="/graphics/2026/cartels/"');
      expect(story).toMatch(/<meta property="og:image" content="\/graphics\/2026\/cartels\/og\/[^"]+\.png"/);
      for (const id of builtChartIds()) {
        const oembed = JSON.parse(readDist(`oembed/${id}.json`)) as { provider_url: string; html: string };
        expect(oembed.provider_url).toBe('/graphics/2026/cartels/');
        // An iframe pasted into another site needs an absolute address: it carries the placeholder.
        expect(oembed.html).toContain(`src="${ORIGIN_PLACEHOLDER}/graphics/2026/cartels/embed/${id}/"`);
      }
    });

    it('embed snippets carry the placeholder origin, marked for the page to fill in', () => {
      const gallery = readDist('embed/index.html');
      const fields = [...gallery.matchAll(/<textarea\b[^>]*data-fill-origin[^>]*>([^<]*)<\/textarea>/g)];
      // One snippet per chart, and the pym.js example.
      expect(fields).toHaveLength(builtChartIds().length + 1);
      for (const [, text] of fields) expect(text).toContain(`${ORIGIN_PLACEHOLDER}/graphics/2026/cartels/embed/`);
      expect(gallery).toContain('[data-fill-origin]');
    });
  });
});
