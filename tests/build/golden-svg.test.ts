import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtChartIds, chartSvg } from './dist.ts';

const GOLDEN = join(process.cwd(), 'tests/golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** One attribute-per-line layout makes golden diffs readable. */
const pretty = (svg: string) => svg.replaceAll('><', '>\n<').trim() + '\n';

describe('golden chart SVGs', () => {
  it.each(builtChartIds())('%s matches its committed golden SVG', (id) => {
    const actual = pretty(chartSvg(id));
    const path = join(GOLDEN, `${id}.svg`);
    if (update || !existsSync(path)) {
      if (!update)
        throw new Error(
          `No golden for ${id}: run UPDATE_GOLDEN=1 npm run test:build and review tests/golden/${id}.svg`,
        );
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
