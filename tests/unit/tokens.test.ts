import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssRules } from '../../src/images/css-rules.ts';

const rules = cssRules(readFileSync('src/styles/tokens.css', 'utf8'));

describe('colour tokens for engines without light-dark()', () => {
  const themed = new Map<string, string>();
  for (const rule of rules.filter((r) => r.selectors.length === 1 && r.selectors[0] === ':root'))
    for (const [property, value] of rule.declarations) {
      const pair = /^light-dark\(\s*([^,]+?)\s*,/.exec(value);
      if (pair) themed.set(property, pair[1]!);
    }
  const fallback = rules.find((r) => r.selectors.includes(':root[data-theme]'));

  it('spell out the light half of every light-dark() token, and nothing else', () => {
    expect(themed.size).toBeGreaterThan(10);
    expect(fallback, 'the @supports not (light-dark) block in tokens.css').toBeDefined();
    const spelled = new Map(fallback!.declarations.filter(([p]) => p.startsWith('--')));
    expect(Object.fromEntries(spelled)).toEqual(Object.fromEntries(themed));
  });

  it('pin the light colour scheme, so form controls match the colours', () => {
    expect(fallback!.declarations).toContainEqual(['color-scheme', 'light']);
  });
});
