import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssRules } from './css-rules.ts';

export type Tokens = ReadonlyMap<string, string>;

/**
 * The design tokens as the light theme resolves them: `light-dark(a, b)` becomes `a`. Static
 * images cannot follow the reader's colour scheme, so they are drawn in the light theme.
 */
export function lightTokens(tokensCss: string): Tokens {
  const tokens = new Map<string, string>();
  for (const rule of cssRules(tokensCss)) {
    if (!rule.selectors.includes(':root')) continue;
    for (const [property, value] of rule.declarations) {
      if (!property.startsWith('--')) continue;
      const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
      tokens.set(property, pair ? pair[1]! : value);
    }
  }
  return tokens;
}

/** Replaces every `var(--name)` (with or without a fallback) by its token value. */
export function resolveVars(value: string, tokens: Tokens): string {
  let resolved = value;
  for (let depth = 0; resolved.includes('var(') && depth < 8; depth++) {
    resolved = resolved.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
      (whole, name: string, fallback?: string) => {
        const token = tokens.get(name) ?? fallback?.trim();
        if (token === undefined) throw new Error(`No light value for ${whole} in src/styles/tokens.css`);
        return token;
      },
    );
  }
  return resolved;
}

let siteTokens: Tokens | undefined;

/** The site's own tokens (src/styles/tokens.css), read once per build. */
export function siteLightTokens(): Tokens {
  siteTokens ??= lightTokens(readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
  return siteTokens;
}

/** One site token's light value, e.g. `token('--cx-text')` → `#1c1c1c`. */
export function token(name: string): string {
  const value = siteLightTokens().get(name);
  if (value === undefined) throw new Error(`No token ${name} in src/styles/tokens.css`);
  return resolveVars(value, siteLightTokens());
}
