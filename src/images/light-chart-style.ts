import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssRules, type CssRule } from './css-rules.ts';
import { resolveVars, siteLightTokens, type Tokens } from './light-tokens.ts';

/** What an SVG renderer needs to paint marks and text; layout and HTML-only properties stay out. */
const SVG_PROPERTIES = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'overflow',
]);

const classesIn = (markup: string) =>
  new Set([...markup.matchAll(/\bclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/).filter(Boolean)));

/**
 * The chart rules from the site's sheet that apply to this markup, with the light theme's values
 * written in: a standalone SVG has no page stylesheet and no custom properties to lean on.
 * Scrolly states are left out, so every mark shows, as in the chart's final state.
 */
export function lightChartStyle(markup: string, chartsCss: string, tokens: Tokens): string {
  const present = classesIn(markup);
  const applies = (selector: string) =>
    !selector.includes('scrolly-section') &&
    !selector.includes('[data-on]') &&
    [...selector.matchAll(/\.([\w-]+)/g)].every((match) => present.has(match[1]!));
  return cssRules(chartsCss)
    .map((rule): CssRule => ({
      selectors: rule.selectors.filter(applies),
      declarations: rule.declarations
        .filter(([property]) => SVG_PROPERTIES.has(property))
        .map(([property, value]) => [property, resolveVars(value, tokens)]),
    }))
    .filter((rule) => rule.selectors.length > 0 && rule.declarations.length > 0)
    .map((rule) => `${rule.selectors.join(', ')} { ${rule.declarations.map(([p, v]) => `${p}: ${v};`).join(' ')} }`)
    .join('\n');
}

let siteChartsCss: string | undefined;

/** {@link lightChartStyle} with the site's own sheets (src/styles/), read once per build. */
export function siteLightChartStyle(markup: string): string {
  siteChartsCss ??= readFileSync(join(process.cwd(), 'src/styles/charts.css'), 'utf8');
  return lightChartStyle(markup, siteChartsCss, siteLightTokens());
}
