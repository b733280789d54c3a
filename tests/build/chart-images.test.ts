import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/images/rasterise.ts';
import { formatPartialDate } from '../../src/lib/format-date.ts';
import { readDist, readDistBytes, sitePath } from './dist.ts';
import { pngSize } from './png-size.ts';

const index = (
  JSON.parse(readDist('data/charts.json')) as {
    charts: { id: string; title: string; takeaway: string; png: string; svg: string }[];
  }
).charts;

/** resvg parses with a strict XML parser (roxmltree): whatever it accepts is well-formed XML. */
const parses = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } });
const drawnText = (svg: string) => visibleText(svg).replace(/\s+/g, ' ');

describe('static chart images', () => {
  it('the well-formedness check rejects malformed XML', () => {
    expect(() => parses('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
    expect(() => parses('<svg xmlns="http://www.w3.org/2000/svg"><text>&nbsp;</text></svg>')).toThrow();
  });

  it.each(index.map((chart) => [chart.id, chart] as const))(
    '%s: a self-contained SVG and a PNG at twice its width',
    (_, chart) => {
      expect(chart.svg).toBe(`images/${chart.id}.svg`);
      expect(chart.png).toBe(`images/${chart.id}.png`);
      const svg = readDist(chart.svg);
      expect(() => parses(svg)).not.toThrow();
      const root = /<svg\b[^>]*>/.exec(svg)![0];
      const width = Number(/\swidth="([\d.]+)"/.exec(root)![1]);
      const height = Number(/\sheight="([\d.]+)"/.exec(root)![1]);
      expect(pngSize(readDistBytes(chart.png))).toEqual({ width: 2 * width, height: 2 * height });

      // Drawn, not only named in <title>: the title, the takeaway and the credit.
      const drawn = drawnText(svg);
      expect(drawn).toContain(chart.title);
      expect(drawn).toContain(chart.takeaway);
      expect(drawn).toMatch(/Sources?: .+ \| Strikes on the cartels\?/);

      // Nothing left for a page stylesheet or the network to supply.
      expect(svg).not.toContain('var(');
      expect(svg).not.toContain('light-dark(');
      expect(svg).not.toMatch(/@import|<image\b|<foreignObject\b|<script\b/);
      for (const [, target] of svg.matchAll(/\b(?:xlink:)?href="([^"]*)"/g)) expect(target).toMatch(/^#/);
      for (const [, target] of svg.matchAll(/url\(\s*['"]?([^'")]*)/g)) expect(target).toMatch(/^#/);
      // The light theme's colours, written out.
      expect(svg).toMatch(/fill: #[\da-f]{3,6};/i);
    },
  );

  // Charts that follow the story (running totals, the timeline) say how far their data run in the
  // static image too, with the date their data file and their embed give; the others do not.
  it.each(index.map((chart) => chart.id))('%s: the static image says how far its data run when the chart tracks the story', (id) => {
    const json = JSON.parse(readDist(`data/${id}.json`)) as { data_through: string | null };
    const embed = readDist(`embed/${id}/index.html`);
    const tracks = embed.includes('class="coverage-note');
    const drawn = drawnText(readDist(`images/${id}.svg`));
    if (tracks) {
      expect(json.data_through, `${id} has a data_through`).toBeTruthy();
      expect(embed).toContain(`Data through <time datetime="${json.data_through}">`);
      expect(drawn).toContain(`Data through ${formatPartialDate(json.data_through!, 'en')}.`);
    } else {
      expect(drawn).not.toContain('Data through');
    }
  });

  it('the charts that track the story are the running totals and the timeline', () => {
    const tracking = index.map((chart) => chart.id).filter((id) => readDist(`embed/${id}/index.html`).includes('class="coverage-note'));
    expect(tracking.sort()).toEqual(['boat-strike-deaths', 'mexico-homicides', 'timeline']);
  });

  it.each(index.map((chart) => chart.id))('%s: the oEmbed thumbnail is the chart PNG, with its real size', (id) => {
    const oembed = JSON.parse(readDist(`oembed/${id}.json`)) as {
      thumbnail_url: string;
      thumbnail_width: number;
      thumbnail_height: number;
    };
    expect(sitePath(oembed.thumbnail_url)).toMatch(new RegExp(`/images/${id}\\.png$`));
    expect(pngSize(readDistBytes(`images/${id}.png`))).toEqual({
      width: oembed.thumbnail_width,
      height: oembed.thumbnail_height,
    });
  });
});
