/** One flat style rule: its selectors and its declarations in source order. */
export interface CssRule {
  selectors: string[];
  declarations: [property: string, value: string][];
}

/**
 * The flat rules of a style sheet, looking inside @layer and other at-rule blocks. The site's
 * sheets are plain rules in layers; nested rules would need a real parser, so they are refused.
 */
export function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  const preludes: string[] = [];
  const inRule = () => {
    const top = preludes.at(-1);
    return top !== undefined && !top.startsWith('@');
  };
  let buffer = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      if (inRule()) throw new Error(`Nested CSS rule under "${preludes.at(-1)}" is not supported here`);
      preludes.push(buffer.trim());
      buffer = '';
    } else if (char === '}') {
      if (inRule()) {
        const selectors = preludes
          .at(-1)!
          .split(',')
          .map((selector) => selector.trim());
        const declarations = buffer
          .split(';')
          .map((declaration) => declaration.trim())
          .filter(Boolean)
          .map((declaration): [string, string] => {
            const colon = declaration.indexOf(':');
            return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
          });
        rules.push({ selectors, declarations });
      }
      preludes.pop();
      buffer = '';
    } else if (char === ';' && !inRule()) {
      // A statement at-rule such as `@layer a, b;`: nothing to keep.
      buffer = '';
    } else {
      buffer += char;
    }
  }
  return rules;
}
