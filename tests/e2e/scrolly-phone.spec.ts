import { expect, test, type Page } from '@playwright/test';

// On a phone the scrolly chart is pinned above its steps. A reader scrolling through a section
// must always see the chart's title and the marks the current step lights up, and must be able to
// read every line of each step card while that step is the one shown.

const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
/** Scroll increment in px: well under the band a card is read in, so no position is skipped. */
const STRIDE = 24;
/** Vertical spacing of the rows sampled in each card. */
const ROW = 8;

interface Frame {
  covered: string[];
  active: number;
  /** Offsets from the active card's top of the rows a reader can see at this position. */
  seenRows: number[];
  cardHeight: number;
}

/** One scroll position: what covers the chart, and which rows of the active card are in view. */
function readFrame({ sectionIndex, row }: { sectionIndex: number; row: number }): Frame {
  const section = document.querySelectorAll('scrolly-section')[sectionIndex]!;
  const graphic = section.querySelector('.graphic')!;
  const targets: [string, Element][] = [['title', graphic.querySelector('.chart-title')!]];
  graphic.querySelectorAll('[data-steps][data-on]').forEach((mark, i) => targets.push([`lit mark ${i + 1}`, mark]));
  const covered: string[] = [];
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  for (const [name, element] of targets) {
    const r = element.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    for (const [x, y] of points) {
      if (!inView(x!, y!)) continue;
      const hit = document.elementFromPoint(x!, y!);
      if (hit && !graphic.contains(hit)) {
        covered.push(
          `${name} at (${Math.round(x!)}, ${Math.round(y!)}) under <${hit.localName} class="${hit.getAttribute('class') ?? ''}">`,
        );
      }
    }
  }
  const active = Number(section.getAttribute('data-active-step')) - 1;
  const card = section.querySelectorAll('[data-step]')[active]!;
  const c = card.getBoundingClientRect();
  const seenRows: number[] = [];
  for (let y = c.top + row / 2; y < c.bottom; y += row) {
    if (!inView(c.left + 12, y)) continue;
    const hit = document.elementFromPoint(c.left + 12, y);
    if (hit && card.contains(hit)) seenRows.push(Math.floor((y - c.top) / row));
  }
  return { covered, active, seenRows, cardHeight: c.height };
}

async function scrollTo(page: Page, y: number) {
  await page.evaluate(async (top) => {
    window.scrollTo(0, top);
    // Two frames: the section's scroll handler syncs the state in the first.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, y);
}

for (const phone of PHONES) {
  test.describe(`at ${phone.width}×${phone.height}`, () => {
    test.use({ viewport: phone, isMobile: true, hasTouch: true });
    test.beforeEach(({}, info) =>
      test.skip(info.project.name !== 'desktop', 'the phone sizes are set here, so it runs once'),
    );

    for (const sectionIndex of [0, 1]) {
      test(`scrolly section ${sectionIndex + 1}: no card, button or caption covers the chart's title or lit marks, and each card is read whole while its step is shown`, async ({
        page,
      }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto('');
        const section = page.locator('scrolly-section').nth(sectionIndex);
        await expect(section).toHaveAttribute('data-enhanced', '');
        await expect(section).not.toHaveAttribute('data-unpinned');
        const { top, bottom } = await section.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top + scrollY, bottom: r.bottom + scrollY };
        });
        const steps = await section.locator('[data-step]').count();
        const seen = Array.from({ length: steps }, () => new Set<number>());
        const heights = new Array<number>(steps).fill(0);
        const covered: string[] = [];
        for (let y = Math.max(0, top - phone.height); y <= bottom + phone.height / 2; y += STRIDE) {
          await scrollTo(page, y);
          const frame = await page.evaluate(readFrame, { sectionIndex, row: ROW });
          covered.push(...frame.covered.map((what) => `scrolled to ${y}: ${what}`));
          frame.seenRows.forEach((r) => seen[frame.active]!.add(r));
          heights[frame.active] = frame.cardHeight;
        }
        expect(covered).toEqual([]);
        for (let k = 0; k < steps; k++) {
          expect(heights[k], `step ${k + 1} was never the one shown`).toBeGreaterThan(0);
          const rows = Math.floor(heights[k]! / ROW);
          const unseen = Array.from({ length: rows }, (_, r) => r).filter((r) => !seen[k]!.has(r));
          expect(unseen, `step ${k + 1}: rows of its card never in view while it was shown`).toEqual([]);
        }
      });
    }
  });
}
