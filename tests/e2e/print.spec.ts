import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { foreignFonts, renderedFonts } from './lib/rendered-fonts.ts';

// Printing does not depend on the viewport; one project is enough.
test.skip(({ viewport }) => (viewport?.width ?? 0) < 1000, 'print runs once, in the desktop project');

/** The text of each page of a PDF, in order. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const document = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await task.destroy();
  return pages;
}

/**
 * Marks the first and last line of every block matching `selector` with a tiny token, prints, and
 * returns the page each token lands on: a block whose tokens are on two pages was split by a break.
 */
async function blockPages(tab: Page, selector: string, format: 'A4' | 'Letter') {
  const count = await tab.evaluate((selector) => {
    const charts = [...document.querySelectorAll(selector)];
    charts.forEach((chart, i) => {
      for (const [where, label] of [['afterbegin', 'S'], ['beforeend', 'E']] as const)
        chart.insertAdjacentHTML(where, `<span style="font-size:1px;line-height:1px;display:block">CHART${label}${i}Z</span>`);
    });
    return charts.length;
  }, selector);
  const pages = await pdfPages(await tab.pdf({ format }));
  const pageOf = (token: string) => pages.findIndex((text) => text.replace(/\s+/g, '').includes(token));
  return { pages, charts: Array.from({ length: count }, (_, i) => ({ i, start: pageOf(`CHARTS${i}Z`), end: pageOf(`CHARTE${i}Z`) })) };
}

// Two sheets in the project's own faces (and nothing drawn in a machine's font), and still two
// when the faces never arrive and the printer falls back to whatever it has: on the test machine
// that is DejaVu, wider than most.
for (const faces of ['project', 'fallback'] as const)
  for (const format of ['A4', 'Letter'] as const) {
    test(`the student handout prints on two ${format} pages in the ${faces} faces`, async ({ page: tab }) => {
      if (faces === 'fallback') await tab.route('**/_astro/fonts/**', (route) => route.abort());
      await tab.goto('classroom/handout/');
      await tab.emulateMedia({ media: 'print' });
      if (faces === 'project') expect(await foreignFonts(tab, 'main, main *')).toEqual([]);
      else expect([...(await renderedFonts(tab, 'main, main *')).values()].some((font) => font.custom)).toBe(false);
      const pages = await pdfPages(await tab.pdf({ format }));
      expect(pages).toHaveLength(2);
      // Facts and vocabulary on the first sheet, the questions with room to answer on the second.
      expect(pages[0]).toContain('Key facts');
      expect(pages[0]).toContain('Vocabulary');
      expect(pages[1]).toContain('Questions');
      expect(pages[1]).toContain('Exit ticket');
    });
  }

const unsplit = [
  { path: '', what: 'chart', selector: 'main figure.chart-frame' },
  { path: 'timeline/', what: 'event', selector: 'main li[data-category]' },
  { path: 'classroom/cards/', what: 'claim card', selector: 'main li.card' },
];
for (const { path, what, selector } of unsplit)
  for (const format of ['A4', 'Letter'] as const)
    test(`/${path} prints on ${format} without splitting a ${what} across pages`, async ({ page: tab }) => {
      await tab.goto(path);
      const { charts: blocks } = await blockPages(tab, selector, format);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        expect(block.start, `${what} ${block.i} is printed`).toBeGreaterThanOrEqual(0);
        expect(block.end, `${what} ${block.i} ends on the page it starts on`).toBe(block.start);
      }
    });

test('the teacher guide prints whole, with its citation and without site navigation', async ({ page: tab }) => {
  await tab.goto('classroom/');
  const pages = await pdfPages(await tab.pdf({ format: 'Letter' }));
  const text = pages.join(' ');
  for (const heading of ['Before you teach this', 'Learning objectives', 'Lesson plan', 'Source-evaluation activity', 'Cite this page'])
    expect(text).toContain(heading);
  expect(text).not.toContain('Skip to main content');
});

test('the teacher guide keeps every heading on the page of the text that follows it', async ({ page: tab }) => {
  await tab.goto('classroom/');
  const count = await tab.evaluate(() => {
    const headings = [...document.querySelectorAll('main :is(h2, h3)')].filter((h) => h.nextElementSibling);
    headings.forEach((heading, i) => {
      heading.insertAdjacentHTML('beforeend', `<span style="font-size:1px">HEAD${i}Z</span>`);
      heading.nextElementSibling!.insertAdjacentHTML('afterbegin', `<span style="font-size:1px;display:block">NEXT${i}Z</span>`);
    });
    return headings.length;
  });
  expect(count).toBeGreaterThan(5);
  for (const format of ['A4', 'Letter'] as const) {
    const pages = (await pdfPages(await tab.pdf({ format }))).map((text) => text.replace(/\s+/g, ''));
    const pageOf = (token: string) => pages.findIndex((text) => text.includes(token));
    for (let i = 0; i < count; i++) expect(pageOf(`NEXT${i}Z`), `${format}: heading ${i}`).toBe(pageOf(`HEAD${i}Z`));
  }
});

test('print shows every scrolly chart in its full state and hides the interactive chrome', async ({ page: tab }) => {
  await tab.goto('#proposals-step-1');
  await expect(tab.locator('scrolly-section[data-enhanced]').first()).toBeAttached();
  await tab.emulateMedia({ media: 'print' });
  const dimmed = await tab.locator('[data-steps], [data-steps] > *').evaluateAll((marks) =>
    marks.filter((mark) => Number(getComputedStyle(mark).opacity) < 1).length,
  );
  expect(dimmed).toBe(0);
  // No step left highlighted: every raid stage prints alike, whichever step the reader was on.
  await tab.locator('scrolly-section:has(.cycle)').evaluate((section) => (section as HTMLElement & { show(i: number): void }).show(0));
  const stageFills = await tab.locator('.cycle .stage rect').evaluateAll((rects) => [...new Set(rects.map((r) => getComputedStyle(r).fill))]);
  expect(stageFills).toHaveLength(1);
  for (const selector of ['[data-scrolly-controls]', '.site-header nav', 'theme-toggle', '.share'])
    for (const element of await tab.locator(selector).all()) await expect(element).toBeHidden();
  const graphic = tab.locator('.scrolly .graphic').first();
  expect(await graphic.evaluate((el) => getComputedStyle(el).position)).toBe('static');
});

test('printed links show their address', async ({ page: tab }) => {
  await tab.goto('sources/');
  await tab.emulateMedia({ media: 'print' });
  const external = tab.locator('main a[href^="http"]').first();
  const href = await external.getAttribute('href');
  expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
});

test('“Print this chapter” prints that chapter alone, and the whole story prints again afterwards', async ({ page: tab }) => {
  await tab.goto('');
  const summaries = await tab.locator('.chapter').evaluateAll((chapters) =>
    chapters.map((chapter) => ({ id: chapter.id, summary: chapter.querySelector('.summary')!.textContent!.replace(/\s+/g, '') })),
  );
  expect(summaries.length).toBeGreaterThan(3);
  // The print dialog itself is the browser's; the test prints to PDF in its place.
  await tab.evaluate(() => (window.print = () => {}));
  await tab.locator('#critiques').getByRole('button', { name: 'Print this chapter' }).click();
  const alone = (await pdfPages(await tab.pdf({ format: 'Letter' }))).join('').replace(/\s+/g, '');
  for (const { id, summary } of summaries) expect(alone.includes(summary), `chapter ${id} on paper`).toBe(id === 'critiques');
  await tab.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const whole = (await pdfPages(await tab.pdf({ format: 'Letter' }))).join('').replace(/\s+/g, '');
  for (const { id, summary } of summaries) expect(whole.includes(summary), `chapter ${id} on paper after`).toBe(true);
});
