import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { dictionaries } from '../../src/i18n/ui.ts';

// The Spanish edition publishes the pages listed in content/i18n/es/edition.yaml; these tests read
// the pages as a Spanish-speaking reader would, on every page the edition lists.
const edition = parse(readFileSync(join(process.cwd(), 'content/i18n/es/edition.yaml'), 'utf8')) as { pages: string[] };
const englishGlossary = ['core', 'story'].flatMap(
  (file) =>
    parse(readFileSync(join(process.cwd(), `content/data/glossary/${file}.yaml`), 'utf8')) as {
      id: string;
      definition: string;
    }[],
);

/** Interface strings that differ between the editions and are long enough to be unmistakable. */
const englishInterface = Object.entries(dictionaries.en)
  .filter(([key, text]) => text !== dictionaries.es[key as keyof typeof dictionaries.es] && text.split(' ').length >= 2)
  .map(([, text]) => text);

/** Whether `text` holds `phrase` as whole words ("as of" is not in "estadísticas oficiales"). */
const holds = (text: string, phrase: string) =>
  new RegExp(`(?:^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(text);

/** The deploy base the suite serves the site under, as the Playwright config sets it. */
const basePath = process.env.BASE_PATH ?? '/graphics/2026/cartels/';

/** Our own English prose that no Spanish page may show: chapter heads, chart words, definitions. */
const englishChapters = readdirSync(join(process.cwd(), 'content/chapters')).map(
  (file) =>
    parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(process.cwd(), 'content/chapters', file), 'utf8'))![1]!) as {
      title: string;
      summary: string;
    },
);
const englishCharts = parse(readFileSync(join(process.cwd(), 'content/charts/text.yaml'), 'utf8')) as {
  title?: string;
  takeaway: string;
}[];
const englishEvents = ['timeline', '2025-2026-additions'].flatMap(
  (file) => parse(readFileSync(join(process.cwd(), `content/data/events/${file}.yaml`), 'utf8')) as { summary: string }[],
);
const englishProse = [
  ...englishEvents.map(({ summary }) => summary),
  ...englishGlossary.map(({ definition }) => definition),
  ...englishChapters.flatMap(({ title, summary }) => [title, summary]),
  ...englishCharts.flatMap(({ title, takeaway }) => (title ? [title, takeaway] : [takeaway])),
];
const pagePath: Record<string, string> = { story: 'es/', timeline: 'es/timeline/', glossary: 'es/glossary/' };

for (const name of edition.pages) {
  test(`the Spanish ${name} page leaves no interface string or prose of ours in English`, async ({ page }) => {
    const response = await page.goto(pagePath[name]!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // Closed disclosures hold the words as printed, in English where they were spoken in English.
    const text = await page.locator('body').evaluate((body) => {
      for (const details of body.querySelectorAll('details.as-printed')) details.remove();
      return (body as HTMLElement).innerText;
    });
    const leftInEnglish = [
      ...englishInterface.filter((string) => holds(text, string)),
      ...englishProse.filter((prose) => text.includes(prose)),
    ];
    expect(leftInEnglish).toEqual([]);
  });
}

test('the Spanish glossary has every term the English one has', async ({ page }) => {
  test.skip(!edition.pages.includes('glossary'), 'the Spanish edition does not publish the glossary');
  await page.goto('es/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosario');
  await expect(page.locator('dt')).toHaveCount(englishGlossary.length);
  for (const { id } of englishGlossary) await expect(page.locator(`dt[id="${id}"]`)).toHaveCount(1);
});

test('the Spanish story has every chapter, at the English anchors, and every chart', async ({ page }) => {
  test.skip(!edition.pages.includes('story'), 'the Spanish edition does not publish the story');
  await page.goto('');
  const anchors = await page.locator('section.chapter').evaluateAll((sections) => sections.map((s) => s.id));
  const charts = await page
    .locator('[data-chart]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-chart')));
  const figures = await page
    .locator('[data-figure]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')));
  await page.goto('es/');
  expect(await page.locator('section.chapter').evaluateAll((sections) => sections.map((s) => s.id))).toEqual(anchors);
  expect(
    await page.locator('[data-chart]').evaluateAll((els) => els.map((el) => el.getAttribute('data-chart'))),
  ).toEqual(charts);
  expect(
    await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure'))),
  ).toEqual(figures);
  // Numbers in Mexican Spanish: a point for decimals, a comma for thousands.
  await expect(page.locator('[data-figure="us-citizens-in-mexico-2024"]').first()).toContainText('1.6 millones');
  await expect(page.locator('[data-figure="us-born-residents-inegi-2020"]').first()).toContainText('797,266');
});

test('Spanish quotes: spoken Spanish as spoken, spoken English in our translation with the original a tap away', async ({
  page,
}) => {
  test.skip(!edition.pages.includes('story'), 'the Spanish edition does not publish the story');
  await page.goto('es/');
  const spanish = page.locator('[data-quote="amlo-no-puede-intervenir-2019"]');
  await expect(spanish.locator('blockquote').first()).toHaveAttribute('lang', 'es');
  await expect(spanish.locator('.translation, details.as-printed')).toHaveCount(0);
  await expect(spanish).not.toContainText(dictionaries.es['quote.translatedBy']);

  const english = page.locator('[data-quote="how-much-invade"]');
  await expect(english.locator('blockquote').first()).toHaveAttribute('lang', 'es');
  await expect(english.locator('figcaption')).toContainText(dictionaries.es['quote.ours']);
  const original = english.locator('details.as-printed');
  await expect(original.locator('blockquote')).toBeHidden();
  await original.locator('summary').click();
  await expect(original.locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(original.locator('blockquote')).toBeVisible();

  // Spoken in Spanish, but only an English translation could be found: shown as printed, and said so.
  const noOriginal = page.locator('[data-quote="sheinbaum-what-basis-2024"]');
  await expect(noOriginal.locator('blockquote').first()).toHaveAttribute('lang', 'en');
  await expect(noOriginal.locator('figcaption')).toContainText(dictionaries.es['quote.noOriginal']);
});

test('a glossary term in a Spanish chapter opens its Spanish definition', async ({ page }) => {
  test.skip(!edition.pages.includes('story'), 'the Spanish edition does not publish the story');
  await page.goto('es/');
  const term = page.locator('#critiques .term-link[role="button"]').first();
  await term.click();
  const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await expect(definition).toBeVisible();
  const id = await term.getAttribute('data-term');
  const spanish = parse(readFileSync(join(process.cwd(), 'content/i18n/es/glossary.yaml'), 'utf8')) as {
    renders: string;
    definition: string;
  }[];
  await expect(definition).toContainText(spanish.find(({ renders }) => renders === id)!.definition);
  await expect(definition.locator('a')).toHaveAttribute('href', /\/es\/glossary\/#/);
});

test('"Cite this page" on the Spanish story cites in Spanish', async ({ page }) => {
  test.skip(!edition.pages.includes('story'), 'the Spanish edition does not publish the story');
  await page.goto('es/');
  await page.locator('.cite-this-page summary').click();
  await expect(page.locator('.cite-this-page [data-style="apa"]')).toContainText('Recuperado el');
  await expect(page.locator('.cite-this-page [data-style="chicago"]')).toContainText('Última modificación:');
});

test('each language version names the other, both ways', async ({ page }) => {
  test.skip(!edition.pages.includes('glossary'), 'the Spanish edition does not publish the glossary');
  for (const [path, other, otherPath] of [
    ['glossary/', 'es', 'es/glossary/'],
    ['es/glossary/', 'en', 'glossary/'],
    ['', 'es', 'es/'],
    ['es/', 'en', ''],
  ] as const) {
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), new URL((link as HTMLLinkElement).href).pathname]),
      );
    expect(alternates.map(([lang]) => lang).sort()).toEqual(['en', 'es', 'x-default']);
    expect(alternates.find(([lang]) => lang === other)?.[1]).toMatch(new RegExp(`${basePath}${otherPath}$`));
    const switcher = page.locator('header nav.languages a');
    await expect(switcher).toHaveAttribute('hreflang', other);
    await switcher.click();
    await expect(page).toHaveURL(new RegExp(`${basePath}${otherPath}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  }
  await page.goto('es/glossary/');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_MX');
});

test('links out of the Spanish edition say that the page is in English', async ({ page }) => {
  test.skip(!edition.pages.includes('glossary'), 'the Spanish edition does not publish the glossary');
  await page.goto('es/glossary/');
  const sources = page.locator('footer a', { hasText: dictionaries.es['footer.sources'] });
  await expect(sources).toHaveAttribute('hreflang', 'en');
  await expect(sources).toContainText(`(${dictionaries.es['lang.inDefault']})`);
  const glossary = page.locator('footer a', { hasText: dictionaries.es['nav.glossary'] });
  await expect(glossary).not.toHaveAttribute('hreflang', /./);
  expect(new URL(await glossary.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/\/es\/glossary\/$/);
  // A source line keeps the outlet's name and leads to its entry on the English sources page.
  const source = page.locator('.source-links a').first();
  await expect(source).toHaveAttribute('hreflang', 'en');
});

test('the Spanish glossary data file carries the Spanish definitions', async ({ request }) => {
  test.skip(!edition.pages.includes('glossary'), 'the Spanish edition does not publish the glossary');
  const json = (await (await request.get('es/data/glossary.json')).json()) as {
    language: string;
    terms: Record<string, { definition: string }>;
  };
  expect(json.language).toBe('es');
  expect(Object.keys(json.terms).sort()).toEqual(englishGlossary.map(({ id }) => id).sort());
  const english = new Set(englishGlossary.map(({ definition }) => definition));
  expect(Object.values(json.terms).filter(({ definition }) => english.has(definition))).toEqual([]);
});

test('an unknown address under /es/ answers in Spanish first', async ({ page }) => {
  const response = await page.goto('es/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(dictionaries.es['notfound.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(dictionaries.en['notfound.title']);
});
