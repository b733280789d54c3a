import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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

const visibleText = (page: Page) => page.locator('body').evaluate((body) => (body as HTMLElement).innerText);

test('the Spanish glossary is in Spanish, with every term the English one has', async ({ page }) => {
  test.skip(!edition.pages.includes('glossary'), 'the Spanish edition does not publish the glossary');
  const response = await page.goto('es/glossary/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosario');
  await expect(page.locator('dt')).toHaveCount(englishGlossary.length);
  for (const { id } of englishGlossary) await expect(page.locator(`dt[id="${id}"]`)).toHaveCount(1);

  const text = await visibleText(page);
  const leftInEnglish = [
    ...englishInterface.filter((string) => holds(text, string)),
    ...englishGlossary.map(({ definition }) => definition).filter((definition) => text.includes(definition)),
  ];
  expect(leftInEnglish).toEqual([]);
});

test('each language version names the other, both ways', async ({ page }) => {
  test.skip(!edition.pages.includes('glossary'), 'the Spanish edition does not publish the glossary');
  for (const [path, other, otherPath] of [
    ['glossary/', 'es', 'es/glossary/'],
    ['es/glossary/', 'en', 'glossary/'],
  ] as const) {
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), new URL((link as HTMLLinkElement).href).pathname]),
      );
    expect(alternates.map(([lang]) => lang).sort()).toEqual(['en', 'es', 'x-default']);
    expect(alternates.find(([lang]) => lang === other)?.[1]).toMatch(new RegExp(`/${otherPath}$`));
    const switcher = page.locator('header nav.languages a');
    await expect(switcher).toHaveAttribute('hreflang', other);
    await switcher.click();
    await expect(page).toHaveURL(new RegExp(`/${otherPath}$`));
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
