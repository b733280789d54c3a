import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { dictionaries } from '../../src/i18n/ui.ts';
import { readChartIndex } from '../../scripts/lib/chart-index.ts';
import { pagePaths, type EditionPage } from '../../src/i18n/edition-pages.ts';

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
const englishUpdates = parse(readFileSync(join(process.cwd(), 'content/updates/log.yaml'), 'utf8')) as { text: string }[];
/** The about page's paragraphs and list items, as a reader sees them (links and emphasis as text). */
const englishAbout = readFileSync(join(process.cwd(), 'content/about/about.mdx'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/^(#+|-)\s*/, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').trim())
  .filter((line) => line.split(' ').length >= 4);
const englishSources = readdirSync(join(process.cwd(), 'seeds')).map(
  (file) =>
    parse(readFileSync(join(process.cwd(), 'seeds', file), 'utf8')) as {
      id: string;
      sourcing: string;
      notes?: string;
      undated_reason?: string;
    },
);
const englishProse = [
  ...englishSources.flatMap(({ sourcing, notes, undated_reason }) =>
    [sourcing, notes, undated_reason].flatMap((text) => (text ? [text.replace(/\s+/g, ' ').trim()] : [])),
  ),
  ...englishUpdates.map(({ text }) => text.replace(/\s+/g, ' ')),
  ...englishAbout,
  ...englishEvents.map(({ summary }) => summary),
  ...englishGlossary.map(({ definition }) => definition),
  ...englishChapters.flatMap(({ title, summary }) => [title, summary]),
  ...englishCharts.flatMap(({ title, takeaway }) => (title ? [title, takeaway] : [takeaway])),
];

/** Our interface strings and prose still in English on the page, once it has loaded in Spanish. */
async function leftInEnglish(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Closed disclosures hold the words as printed, in English where they were spoken in English.
  const text = await page.locator('body').evaluate((body) => {
    for (const details of body.querySelectorAll('details.as-printed')) details.remove();
    // Words marked as another language's (source titles, words that survive only in English) are theirs.
    for (const other of body.querySelectorAll('[lang]:not([lang="es"])')) other.remove();
    return (body as HTMLElement).innerText;
  });
  return [...englishInterface.filter((string) => holds(text, string)), ...englishProse.filter((prose) => text.includes(prose))];
}

for (const name of edition.pages) {
  test(`the Spanish ${name} page leaves no interface string or prose of ours in English`, async ({ page }) => {
    expect(await leftInEnglish(page, `es/${pagePaths[name as EditionPage]}`)).toEqual([]);
  });
}

const spanishCharts = () => (edition.pages.includes('embed') ? readChartIndex('es') : []);

test('every Spanish chart, embedded alone, is in Spanish and names its English version', async ({ page }) => {
  test.skip(!edition.pages.includes('embed'), 'the Spanish edition does not publish the embeds');
  const english = readChartIndex('en');
  expect(spanishCharts().map(({ id }) => id)).toEqual(english.map(({ id }) => id));
  for (const chart of spanishCharts()) {
    expect(await leftInEnglish(page, chart.embed), chart.id).toEqual([]);
    await expect(page.locator('h1, .chart-title').first()).toHaveText(chart.title);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL((link as HTMLLinkElement).href).pathname]));
    expect(Object.fromEntries(alternates), chart.id).toEqual({
      en: `${basePath}embed/${chart.id}/`,
      es: `${basePath}es/embed/${chart.id}/`,
      'x-default': `${basePath}embed/${chart.id}/`,
    });
  }
});

test('the Spanish gallery, oEmbed answers, images and data files give the Spanish charts', async ({ page, request }) => {
  test.skip(!edition.pages.includes('embed'), 'the Spanish edition does not publish the embeds');
  await page.goto('es/embed/');
  for (const chart of spanishCharts()) {
    const snippet = await page.locator(`#${chart.id}-snippet`).inputValue();
    expect(snippet, chart.id).toContain(`${basePath}es/embed/${chart.id}/`);
    const oembed = (await (await request.get(`es/oembed/${chart.id}.json`)).json()) as Record<string, string>;
    expect(oembed.title).toBe(chart.title);
    expect(oembed.provider_name).toBe(dictionaries.es['site.title']);
    expect(oembed.html).toContain(`${basePath}es/embed/${chart.id}/`);
    expect(new URL(oembed.thumbnail_url!, 'http://x').pathname).toBe(`${basePath}es/images/${chart.id}.png`);
    const svg = await (await request.get(`es/images/${chart.id}.svg`)).text();
    expect(/<title id="image-title">([^<]*)<\/title>/.exec(svg)?.[1]?.replaceAll('&amp;', '&'), chart.id).toMatch(new RegExp(`^${chart.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(svg, chart.id).toMatch(new RegExp(`>(${dictionaries.es['source.note']}|${dictionaries.es['source.sources']}): `));
    const json = (await (await request.get(`es/data/${chart.id}.json`)).json()) as { lang: string; title: string; licence: string };
    expect([json.lang, json.title, json.licence]).toEqual(['es', chart.title, dictionaries.es['data.licence']]);
    const csv = await (await request.get(`es/data/${chart.id}.csv`)).text();
    expect(csv).toContain(`# ${dictionaries.es['source.sources']}`);
  }
  // Column labels are the edition's own: the first chart's table heads differ from the English ones.
  const [first] = spanishCharts();
  const columns = async (path: string) => ((await (await request.get(path)).json()) as { columns: string[] }).columns;
  expect(await columns(`es/data/${first!.id}.json`)).not.toEqual(await columns(`data/${first!.id}.json`));
});

test('the Spanish story offers the Spanish embed of each chart', async ({ page }) => {
  test.skip(!edition.pages.includes('embed'), 'the Spanish edition does not publish the embeds');
  await page.goto('es/');
  const panels = page.locator('details.share');
  expect(await panels.count()).toBeGreaterThan(0);
  for (const snippet of await page.locator('details.share code').allTextContents()) expect(snippet).toMatch(/\/es\/embed\/[a-z0-9-]+\//);
  await expect(page.locator('details.share a[hreflang]')).toHaveCount(0);
});

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
  const unpublished = (['sources', 'about', 'classroom'] as const).filter((name) => !edition.pages.includes(name));
  test.skip(unpublished.length === 0, 'every page the footer links is in Spanish');
  const key = { sources: 'footer.sources', about: 'footer.about', classroom: 'footer.classroom' } as const;
  for (const name of unpublished) {
    const link = page.locator('footer a', { hasText: dictionaries.es[key[name]] });
    await expect(link).toHaveAttribute('hreflang', 'en');
    await expect(link).toContainText(`(${dictionaries.es['lang.inDefault']})`);
  }
  const glossary = page.locator('footer a', { hasText: dictionaries.es['nav.glossary'] });
  await expect(glossary).not.toHaveAttribute('hreflang', /./);
  expect(new URL(await glossary.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/\/es\/glossary\/$/);
});

test('a source line in Spanish leads to the source on the Spanish sources page, its notes in Spanish', async ({ page }) => {
  test.skip(!edition.pages.includes('sources'), 'the Spanish edition does not publish the sources page');
  await page.goto('es/');
  const link = page.locator('.source-links a').first();
  await expect(link).not.toHaveAttribute('hreflang', /./);
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  const id = new URL(href).hash.slice(1);
  expect(new URL(href).pathname).toMatch(/\/es\/sources\/$/);
  await link.click();
  const entry = page.locator(`article#${id}`);
  await expect(entry).toBeVisible();
  const sourcing = englishSources.find((source) => source.id === id)!.sourcing.replace(/\s+/g, ' ');
  await expect(entry).toContainText(dictionaries.es['sources.howItKnows']);
  await expect(entry).not.toContainText(sourcing);
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
