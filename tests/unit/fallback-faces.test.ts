import { describe, expect, it } from 'vitest';
import { standInCss, standInFamilies, standInRule } from '../../src/build/fallback-faces.ts';

describe('metric-matched stand-ins', () => {
  it('scale a stand-in to the shipped face: the numbers Astro derives for Times New Roman, which Liberation Serif matches', () => {
    // Source Serif 4 regular, as @capsizecss/unpack reads the shipped latin file.
    const shipped = { ascent: 1036, descent: -335, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 479 };
    const liberation = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
    const rule = standInRule('x', 400, 'Liberation Serif', shipped, liberation);
    expect(rule).toContain('src:local("Liberation Serif")');
    expect(rule).toMatch(/size-adjust:117\.9\d*%/);
    expect(rule).toMatch(/ascent-override:87\.8\d*%/);
  });

  it('write a rule for every listed stand-in, in both weights, from the shipped files', async () => {
    const css = await standInCss();
    for (const family of [...standInFamilies('serif'), ...standInFamilies('sans')])
      for (const weight of [400, 700]) expect(css).toMatch(new RegExp(`"${family}";src:local\\("[^"]+"\\);font-weight:${weight};`));
  });
});
