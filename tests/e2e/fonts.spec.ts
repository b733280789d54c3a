import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { foreignFonts } from './lib/rendered-fonts.ts';

// What a page draws does not depend on the viewport; one project is enough.
test.skip(({ viewport }) => (viewport?.width ?? 0) < 1000, 'runs once, in the desktop project');

// Every glyph of every page comes from the faces the site ships, so the reader's machine changes
// nothing. Code samples (the embed snippets) are the one place a machine's monospace may draw.
for (const path of sitePages())
  test(`/${path} draws all its text in the project's own faces`, async ({ page }) => {
    await page.goto(path);
    expect(await foreignFonts(page, 'body :not(code, pre, code *, pre *)')).toEqual([]);
  });
