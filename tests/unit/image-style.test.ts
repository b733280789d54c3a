import { describe, expect, it } from 'vitest';
import { cssRules } from '../../src/images/css-rules.ts';
import { lightChartStyle } from '../../src/images/light-chart-style.ts';
import { lightTokens, resolveVars, siteLightTokens } from '../../src/images/light-tokens.ts';

const tokensCss = `@layer a, b;
@layer tokens {
  :root { color-scheme: light dark; --ink: light-dark(#111, #eee); --line: var(--ink); --size: 12px; }
  :root[data-theme='dark'] { color-scheme: dark; }
}`;

const chartsCss = `/* charts */
@layer components {
  .chart { width: 100%; fill: var(--ink); font-size: 12.5px; }
  .bar rect, .column rect { fill: var(--line); }
  .chart-frame label { color: var(--ink); min-height: 44px; }
  .cycle .stage rect { stroke: var(--ink); }
}
@layer components {
  scrolly-section[data-enhanced] [data-steps] { opacity: 0.2; }
}`;

describe('cssRules', () => {
  it('reads the flat rules inside layers and skips statement at-rules', () => {
    const rules = cssRules(chartsCss);
    expect(rules.map((rule) => rule.selectors)).toEqual([
      ['.chart'],
      ['.bar rect', '.column rect'],
      ['.chart-frame label'],
      ['.cycle .stage rect'],
      ['scrolly-section[data-enhanced] [data-steps]'],
    ]);
    expect(rules[0]!.declarations).toEqual([
      ['width', '100%'],
      ['fill', 'var(--ink)'],
      ['font-size', '12.5px'],
    ]);
  });

  it('refuses nested rules rather than misreading them', () => {
    expect(() => cssRules('.a { color: red; .b { color: blue; } }')).toThrow(/Nested/);
  });
});

describe('light tokens', () => {
  it('takes the light half of light-dark() and resolves tokens that point at tokens', () => {
    const tokens = lightTokens(tokensCss);
    expect(tokens.get('--ink')).toBe('#111');
    expect(resolveVars('var(--line)', tokens)).toBe('#111');
    expect(resolveVars('var(--missing, 3px)', tokens)).toBe('3px');
    expect(() => resolveVars('var(--missing)', tokens)).toThrow(/No light value/);
  });

  it('resolves every colour of the site to a literal', () => {
    const tokens = siteLightTokens();
    for (const name of ['--cx-bg', '--cx-text', '--cx-text-muted', '--cx-chart-1', '--cx-chart-2', '--cx-accent'])
      expect(resolveVars(`var(${name})`, tokens)).toMatch(/^#[\da-f]{6}$/i);
  });
});

describe('lightChartStyle', () => {
  const style = lightChartStyle(
    '<svg class="chart bar-rows"><g class="bar"><rect/></g></svg>',
    chartsCss,
    lightTokens(tokensCss),
  );

  it('keeps the paint of rules that match the markup, with literal colours', () => {
    expect(style).toBe('.chart { fill: #111; font-size: 12.5px; }\n.bar rect { fill: #111; }');
  });

  it('drops layout properties, HTML-only rules, other kinds of chart and scrolly states', () => {
    expect(style).not.toMatch(/width|label|cycle|opacity|var\(/);
  });
});

describe('lightChartStyle with a text halo', () => {
  it('keeps paint-order with the stroke, or the halo would paint over its own text', () => {
    const style = lightChartStyle(
      '<svg class="chart"><g class="lane"><text>Law</text></g></svg>',
      '.lane text { stroke: var(--ink); stroke-width: 3px; paint-order: stroke; stroke-linejoin: round; }',
      lightTokens(tokensCss),
    );
    expect(style).toBe('.lane text { stroke: #111; stroke-width: 3px; paint-order: stroke; stroke-linejoin: round; }');
  });
});
