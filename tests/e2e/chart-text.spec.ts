import { expect, test } from '@playwright/test';
import { readChartIndex } from '../../scripts/lib/chart-index.ts';
import { foreignFonts } from './lib/rendered-fonts.ts';

// Widths are set per test; one project is enough.
test.skip(({ viewport }) => (viewport?.width ?? 0) < 1000, 'runs once, in the desktop project, at each width');

const charts = readChartIndex();
const widths = [320, 375, 1280];

for (const { id } of charts)
  test(`every label of ${id} stays inside its chart at ${widths.join(', ')} px, in the project's faces`, async ({ page }) => {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`embed/${id}/`);
      expect(await foreignFonts(page, 'svg.chart text, svg.chart tspan'), 'fonts drawing the chart').toEqual([]);
      const outside = await page.locator('svg.chart').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].flatMap((text) => {
            const r = text.getBoundingClientRect();
            if (r.width === 0) return [];
            // Half a pixel of slack for anti-aliasing at the edge.
            const out = r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
            return out ? [`"${text.textContent}" (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)} px)`] : [];
          });
        }),
      );
      expect(outside, `labels past the edge at ${width} px`).toEqual([]);
    }
  });
