import { expect, test } from '@playwright/test';

test.describe('glossary terms in the story', () => {
  test('open in place by keyboard, are announced as expanded, and close with Escape', async ({ page }) => {
    await page.goto('');
    const term = page.locator('#critiques .term-link[role="button"]').first();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
    await expect(definition).toBeHidden();
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(definition).toBeVisible();
    await expect(definition.locator('strong')).not.toBeEmpty();
    await expect(definition.locator('a')).toHaveAttribute('href', /glossary\/#/);
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('each chapter defines a term once, at its first use', async ({ page }) => {
    await page.goto('');
    for (const chapter of await page.locator('section.chapter').all()) {
      const ids = await chapter.locator('.term').evaluateAll((terms) => terms.map((t) => (t as HTMLElement).dataset.term));
      expect(new Set(ids).size, await chapter.getAttribute('id') ?? '').toBe(ids.length);
    }
  });
});

test('the glossary page and its JSON define the same terms', async ({ page, request }) => {
  await page.goto('glossary/');
  const ids = await page.locator('dl dt[id]').evaluateAll((terms) => terms.map((term) => term.id).sort());
  const json = (await (await request.get('data/glossary.json')).json()) as { terms: Record<string, unknown> };
  expect(Object.keys(json.terms).sort()).toEqual(ids);
  expect(ids.length).toBeGreaterThan(20);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a glossary term is a link to its definition', async ({ page }) => {
    await page.goto('');
    const link = page.locator('#critiques a.term-link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/glossary\/#[a-z-]+$/);
    await link.click();
    await expect(page.locator(`dt#${href!.split('#')[1]}`)).toBeInViewport();
  });

  test('citations show a placeholder for the access date', async ({ page }) => {
    await page.goto('classroom/');
    await expect(page.locator('.cite-this-page dd[data-style="mla"]')).toContainText('Accessed [date you read it].');
  });
});

test('citations carry the reader’s access date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00'));
  await page.goto('classroom/');
  const cite = page.locator('.cite-this-page');
  // The test build has no public origin (no SITE_URL): the citation says so, and names no other address.
  await expect(cite.locator('dd[data-style="apa"]')).toContainText('Retrieved December 3, 2026, from [public web address not set for this copy]');
  await expect(cite).not.toContainText('localhost');
  await expect(cite.locator('dd[data-style="mla"]')).toContainText('Accessed 3 Dec. 2026.');
  await expect(cite.locator('dd[data-style="chicago"]')).toContainText('Accessed December 3, 2026.');
  await expect(cite.locator('dd[data-style="apa"] i')).toHaveText(/^Teaching guide/);
});

test('the story page can be cited too', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.cite-this-page dd[data-style="chicago"]')).toContainText(
    '“The US Debate over Military Action in Mexico, Explained.” Strikes on the Cartels?',
  );
});

test('the handout lists sourced facts, vocabulary and questions, with a print button', async ({ page }) => {
  await page.goto('classroom/handout/');
  const facts = page.locator('.facts li');
  expect(await facts.count()).toBeGreaterThanOrEqual(6);
  for (const fact of await facts.all()) await expect(fact.locator('.source a')).toHaveAttribute('href', /sources\/#/);
  expect(await page.locator('.vocabulary dt').count()).toBeGreaterThanOrEqual(8);
  expect(await page.locator('.questions li').count()).toBe(5);
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeVisible();
});

test('the teacher guide’s lesson plan adds up to one class period', async ({ page }) => {
  await page.goto('classroom/');
  const clocks = await page.locator('.sequence .clock').allTextContents();
  const end = Number(clocks.at(-1)!.match(/–(\d+)/)![1]);
  expect(end).toBeGreaterThanOrEqual(45);
  expect(end).toBeLessThanOrEqual(50);
  await expect(page.locator('.total')).toContainText(`${end} minutes`);
  for (const anchor of ['proposals', 'operation', 'critiques', 'mexico', 'what-next'])
    await expect(page.locator(`#questions-${anchor}`)).toBeVisible();
});

test('the claim cards carry every claim of the source sort and none of its answers', async ({ page }) => {
  await page.goto('classroom/');
  const cases = page.locator('.cases > li');
  const claims = await cases.locator('.claim').allTextContents();
  const answers = await cases.locator('p:not(.claim)').allTextContents();
  expect(claims.length).toBeGreaterThanOrEqual(4);
  await page.getByRole('link', { name: 'Print the claim cards, without answers' }).click();
  await expect(page).toHaveURL(/classroom\/cards\/$/);
  const cards = await page.locator('.cards > li').allTextContents();
  expect(cards).toHaveLength(claims.length);
  claims.forEach((claim, i) => expect(cards[i]).toContain(claim.trim()));
  for (const answer of answers) for (const card of cards) expect(card).not.toContain(answer.trim());
  // No source names either: an outlet can give the pile away.
  expect(await page.locator('.cards a').count()).toBe(0);
});
