import { expect, test } from '@playwright/test';

const CHAPTERS = ['proposals', 'operation', 'critiques', 'mexico', 'what-next', 'method'];

test('every chapter is on the story page, in order, with its anchor, and is kept as a screenshot', async ({
  page,
}, testInfo) => {
  // Six chapter screenshots at 2x take long on a small machine.
  test.slow();
  await page.goto('');
  const anchors = await page.locator('main section[id]').evaluateAll((sections) => sections.map((s) => s.id));
  expect(anchors).toEqual(CHAPTERS);
  // "Our reporting runs to <newest event>; reviewed <last review>".
  const asOf = page.locator('.as-of time');
  await expect(asOf).toHaveCount(2);
  await expect(asOf.first()).toHaveAttribute('datetime', /^\d{4}-\d{2}(-\d{2})?$/);
  await expect(asOf.last()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.as-of')).toContainText(/Our reporting runs to \w+ \d+, \d{4}; reviewed \w+ \d+, \d{4}\./);
  const takeaways = await page.locator('.takeaways li').count();
  expect(takeaways).toBeGreaterThanOrEqual(3);
  expect(takeaways).toBeLessThanOrEqual(5);
  for (const id of CHAPTERS) {
    const chapter = page.locator(`#${id}`);
    await chapter.scrollIntoViewIfNeeded();
    // Chapters taller than a few screens keep their first screens only, which paint in seconds.
    const box = await chapter.boundingBox();
    await chapter.screenshot({ path: testInfo.outputPath(`chapter-${id}.png`), ...(box && box.height > 6000 ? { clip: { x: box.x, y: box.y, width: box.width, height: 6000 } } : {}) });
  }
});

test('the source mark is explained before the first one appears', async ({ page }) => {
  await page.goto('');
  const note = page.locator('.marks-note');
  await expect(note).toContainText('†');
  const first = page.locator('.fig-source').first();
  await expect(first).toHaveText('†');
  // DOCUMENT_POSITION_FOLLOWING: the first mark comes after the note that explains it.
  expect(await note.evaluate((el, mark) => Boolean(el.compareDocumentPosition(mark!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle())).toBe(true);
});
