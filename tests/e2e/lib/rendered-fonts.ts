import type { Page } from '@playwright/test';

/** The project's own faces (astro.config.mjs `fonts`), as the font files name themselves. */
export const projectFaces = ['Source Serif 4', 'Source Sans 3'] as const;

/**
 * Every font that actually drew glyphs in the elements matching `selector`, as Chromium reports
 * it per element
 * (DevTools' "Rendered Fonts"): a web font shows as custom, a machine's own font does not. This
 * sees what was painted, not what the CSS asked for, so a missing face or glyph cannot hide.
 * With `waitForFaces: false` it reads what is drawn at once, before any face still loading arrives.
 */
export async function renderedFonts(page: Page, selector: string, { waitForFaces = true } = {}): Promise<Map<string, { custom: boolean; glyphs: number }>> {
  if (waitForFaces) {
    // Chart labels ask for their face only once the page has loaded: lay the page out and let a
    // frame pass, so every face asked for is loading before waiting on document.fonts.ready.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(async () => {
      void document.body.offsetHeight;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await document.fonts.ready;
    });
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const used = new Map<string, { custom: boolean; glyphs: number }>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) {
      const seen = used.get(font.familyName) ?? { custom: font.isCustomFont, glyphs: 0 };
      seen.glyphs += font.glyphCount;
      used.set(font.familyName, seen);
    }
  }
  await cdp.detach();
  return used;
}

/** The fonts drawing the elements matching `selector` that are not the project's own web fonts (should be none). */
export async function foreignFonts(page: Page, selector: string, options?: { waitForFaces?: boolean }): Promise<string[]> {
  const used = await renderedFonts(page, selector, options);
  return [...used].filter(([family, { custom }]) => !custom || !projectFaces.some((face) => family.startsWith(face))).map(([family]) => family);
}
