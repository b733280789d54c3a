import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtChartIds, chartSvg } from './dist.ts';
import { localePrefix } from '../../src/i18n/ui.ts';

const GOLDEN = join(process.cwd(), 'tests/golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** One attribute-per-line layout makes golden diffs readable. */
const pretty = (svg: string) => svg.replaceAll('><', '>\n<').trim() + '\n';

// Each edition draws its charts in its own words and numbers; each has its goldens (Spanish in es/).
describe.each(['en', 'es'])('golden chart SVGs (%s)', (lang) => {
  it.each(builtChartIds(lang))('%s matches its committed golden SVG', (id) => {
    const actual = pretty(chartSvg(id, lang));
    const file = `${localePrefix(lang)}${id}.svg`;
    const path = join(GOLDEN, file);
    if (update || !existsSync(path)) {
      if (!update)
        throw new Error(`No golden for ${file}: run UPDATE_GOLDEN=1 npm run test:build and review tests/golden/${file}`);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
