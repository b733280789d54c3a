import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { foreignFonts } from './lib/rendered-fonts.ts';

// What a page draws does not depend on the viewport; one project is enough.
test.skip(({ viewport }) => (viewport?.width ?? 0) < 1000, 'runs once, in the desktop project');

// Code samples (the embed snippets, and the embed options, each a term in code) are the one
// place a machine's monospace may draw. Chromium counts a code's glyphs in its parent term too.
const text = 'body :not(code, pre, code *, pre *, dt:has(> code))';

// On paper every glyph comes from the faces the site ships, so a printer's machine changes nothing.
for (const path of sitePages())
  test(`/${path} prints all its text in the project's own faces`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await foreignFonts(page, text)).toEqual([]);
  });

// The pages made for printing have their print faces loaded with the page, so a teacher who prints
// at once gets the tested page count: switched to print, they draw in the shipped faces at once.
for (const path of ['classroom/', 'classroom/handout/'])
  test(`/${path} has its print faces loaded before it is printed`, async ({ page }) => {
    // Font files answer slowly, as on a school network: a face first asked for by the print
    // styles would still be loading when the page is printed.
    await page.route('**/_astro/fonts/**', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    expect(await foreignFonts(page, 'main, main *', { waitForFaces: false })).toEqual([]);
  });

// The story on screen is set in the reader's own faces, so a phone paints it without waiting for a
// font file; only chart labels, which must fit their drawing, load the shipped sans, in two weights.
test('the story on screen loads only the chart face, and draws every chart label in it', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Reading the rendered fonts waits for document.fonts.ready, so every face asked for has loaded.
  // Metric-matched stand-ins are the reader's own fonts (local()), not files the page downloads.
  expect(await foreignFonts(page, 'svg.chart text, svg.chart tspan')).toEqual([]);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === 'loaded' && !/fallback|stand-in/.test(face.family)).map((face) => `${face.family.replace(/-[0-9a-f]+$/, '')} ${face.weight} ${face.style}`),
  );
  expect([...new Set(loaded)].sort()).toEqual(['Source Sans 3 400 normal', 'Source Sans 3 700 normal']);
});
