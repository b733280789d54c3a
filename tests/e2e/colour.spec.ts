import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG contrast of every dimmed scrolly label against what lies behind it (a faded bar, or the page). */
async function dimmedLabelContrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
    const probe = document.createElement('div');
    probe.style.background = 'var(--cx-bg)';
    document.body.append(probe);
    const bg = rgb(getComputedStyle(probe).backgroundColor);
    probe.remove();
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const effectiveOpacity = (el: Element | null): number => (el && el instanceof SVGElement ? Number(getComputedStyle(el).opacity) * effectiveOpacity(el.parentElement) : 1);
    return [...document.querySelectorAll('scrolly-section[data-enhanced] [data-steps]:not([data-on]) text')].map((text) => {
      let behind = bg;
      const rect = text.parentElement?.querySelector(':scope > rect');
      if (rect) {
        const fill = rgb(getComputedStyle(rect).fill);
        const alpha = effectiveOpacity(rect);
        behind = [0, 1, 2].map((i) => fill[i]! * alpha + bg[i]! * (1 - alpha));
      }
      return { label: text.textContent ?? '', opacity: effectiveOpacity(text), ratio: ratio(rgb(getComputedStyle(text).fill), behind) };
    });
  });
}

for (const theme of ['light', 'dark'] as const)
  test(`dimmed scrolly labels stay solid and at 4.5:1 or more, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto('');
    const sections = page.locator('scrolly-section[data-enhanced]');
    await expect(sections.first()).toBeAttached();
    // Step 2 of every section: some marks on, the rest dimmed.
    await sections.evaluateAll((all) => all.forEach((section) => (section as HTMLElement & { show(i: number): void }).show(1)));
    const labels = await dimmedLabelContrasts(page);
    expect(labels.length).toBeGreaterThan(0);
    for (const { label, opacity, ratio } of labels) {
      expect(opacity, `"${label}" is not faded`).toBe(1);
      expect(ratio, `"${label}" contrast`).toBeGreaterThanOrEqual(4.5);
    }
  });

// Chromium here has light-dark(); an engine without it (Chrome 122, Safari 17.4 and older) reads
// every such value as invalid. Renaming the function in the served page reproduces that.
const withoutLightDark = [
  { path: '', mark: 'svg.chart .bar rect', label: 'svg.chart .bar .label' },
  { path: 'embed/kingpin-violence/', mark: 'svg.chart .window rect', label: 'svg.chart .window .label' },
];
for (const { path, mark, label } of withoutLightDark)
  test(`/${path} keeps its text, marks and contrast in an engine without light-dark()`, async ({ page, viewport }) => {
    test.skip((viewport?.width ?? 0) < 1000, 'colours do not depend on the viewport: desktop only');
    // A contrast pass over the whole story is slow on a busy machine.
    test.slow();
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replaceAll('light-dark(', 'no-light-dark(');
      await route.fulfill({ response, body });
    });
    await page.goto(path);
    const colours = await page.evaluate(
      ({ mark, label }) => ({
        text: getComputedStyle(document.body).color,
        bar: getComputedStyle(document.querySelector(mark)!).fill,
        label: getComputedStyle(document.querySelector(label)!).fill,
      }),
      { mark, label },
    );
    expect(colours).toEqual({ text: 'rgb(28, 28, 28)', bar: expect.stringMatching(/^rgb\((?!0, 0, 0\))/), label: 'rgb(28, 28, 28)' });
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations).toEqual([]);
  });
