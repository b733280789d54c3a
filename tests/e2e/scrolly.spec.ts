import { expect, test, type Locator, type Page } from '@playwright/test';

/** The state the chart must show for step k: exactly the marks that list k are lit. */
async function expectState(section: Locator, step: number) {
  await expect(section).toHaveAttribute('data-active-step', String(step));
  const marks = await section.locator('[data-steps]').evaluateAll((els) =>
    els.map((el) => ({
      steps: (el.getAttribute('data-steps') ?? '').split(' ').map(Number),
      on: el.hasAttribute('data-on'),
    })),
  );
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark.on).toBe(mark.steps.includes(step));
}

async function scrollySections(page: Page, path = '') {
  await page.goto(path);
  const sections = page.locator('scrolly-section');
  const count = await sections.count();
  expect(count).toBeGreaterThan(0);
  return { sections, count };
}

// The Spanish story draws the same charts from its own words: its steps must drive them the same way.
for (const [edition, path] of [['English', ''], ['Spanish', 'es/']] as const) {
  test(`scrolling through each scrolly section sets the chart state of every step (${edition})`, async ({ page }) => {
    const { sections, count } = await scrollySections(page, path);
    for (let s = 0; s < count; s++) {
      const section = sections.nth(s);
      const steps = section.locator('[data-step]');
      const total = await steps.count();
      for (let k = 0; k < total; k++) {
        await steps.nth(k).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expectState(section, k + 1);
      }
    }
  });
}

test('a deep link to a step opens the chart in that state, also after a resize', async ({ page }) => {
  const { sections } = await scrollySections(page);
  const section = sections.first();
  const steps = section.locator('[data-step]');
  const target = Math.min(3, await steps.count());
  const id = await steps.nth(target - 1).getAttribute('id');
  await page.goto(`#${id}`);
  await expectState(page.locator('scrolly-section').first(), target);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width > 600 ? 375 : 1280, height: 800 });
  await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expectState(page.locator('scrolly-section').first(), target);
});

test('the step buttons move one step at a time and announce the new state politely', async ({ page }) => {
  const { sections } = await scrollySections(page);
  const section = sections.first();
  await section
    .locator('[data-step]')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expectState(section, 1);
  await section.getByRole('button', { name: 'Next step' }).click();
  await expectState(section, 2);
  const summary = await section.locator('[data-step]').nth(1).getAttribute('data-summary');
  await expect(section.locator('[aria-live="polite"]')).toHaveText(summary!);
  await section.getByRole('button', { name: 'Previous step' }).click();
  await expectState(section, 1);
});

test('with reduced motion the chart changes state without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { sections } = await scrollySections(page);
  const section = sections.first();
  await section
    .locator('[data-step]')
    .nth(1)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expectState(section, 2);
  await expect(section).not.toHaveAttribute('data-animate', '');
  const duration = await section
    .locator('[data-steps]')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(['0s', '1e-05s']).toContain(duration);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step reads in order and every chart shows its full state', async ({ page }) => {
    await page.goto('');
    const section = page.locator('scrolly-section').first();
    for (const step of await section.locator('[data-step]').all()) await expect(step).toBeVisible();
    const dimmed = await section
      .locator('[data-steps]')
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity !== '1').length);
    expect(dimmed).toBe(0);
    await expect(section.getByRole('button', { name: 'Next step' })).toBeHidden();
  });
});
