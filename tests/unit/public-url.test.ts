import { describe, expect, it } from 'vitest';
import { ORIGIN_PLACEHOLDER, publicUrl, snippetUrl } from '../../src/lib/public-url.ts';

describe('public addresses', () => {
  const site = new URL('https://example.org');

  it('are absolute on the public origin when the build has one', () => {
    expect(publicUrl('/graphics/2026/cartels/', site)).toBe('https://example.org/graphics/2026/cartels/');
    expect(snippetUrl('/graphics/2026/cartels/embed.js', site)).toBe('https://example.org/graphics/2026/cartels/embed.js');
  });

  it('stay root-relative without one, and snippets carry the placeholder origin', () => {
    expect(publicUrl('/graphics/2026/cartels/timeline/', undefined)).toBe('/graphics/2026/cartels/timeline/');
    expect(snippetUrl('/graphics/2026/cartels/embed.js', undefined)).toBe(`${ORIGIN_PLACEHOLDER}/graphics/2026/cartels/embed.js`);
    expect(ORIGIN_PLACEHOLDER).not.toMatch(/localhost|127\./);
  });
});
