// "Our reporting runs to …; reviewed …" must come from the data on every page that shows how far
// the story runs: the newest event on the timeline and the newest review in the updates log.
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/register/read-register.ts';
import { readUpdates } from '../../src/register/read-updates.ts';
import { formatPartialDate } from '../../src/lib/format-date.ts';
import { builtChartIds, readDist } from './dist.ts';

const root = process.cwd();
const newestEvent = readRegister(root).events.map(({ data }) => data.date).sort().at(-1)!;
const lastReview = readUpdates(root).flatMap((entry) => (entry.reviewed ? [entry.reviewed] : [])).sort().at(-1)!;

function coverageOf(html: string) {
  const element = /<(p|span)\b([^>]*\bclass="coverage-note[^"]*"[^>]*)>([\s\S]*?)<\/\1>/.exec(html);
  if (!element) return null;
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(element[2]!)?.[1];
  return {
    through: attribute('data-coverage-through'),
    reviewed: attribute('data-coverage-reviewed'),
    text: element[3]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
  };
}

// Charts that track running totals or the timeline say so in their embeds.
const tracking = ['boat-strike-deaths', 'timeline', 'mexico-homicides'];

describe('how far the story runs', () => {
  it.each(['index.html', 'timeline/index.html', 'classroom/handout/index.html', ...tracking.map((id) => `embed/${id}/index.html`)])(
    '%s states the newest event and the last review',
    (page) => {
      const coverage = coverageOf(readDist(page));
      expect(coverage, `${page} has a coverage line`).not.toBeNull();
      expect(coverage!.through).toBe(newestEvent);
      expect(coverage!.reviewed).toBe(lastReview);
      expect(coverage!.text).toMatch(/^Our reporting runs to .+; reviewed .+\.$/);
    },
  );

  it.each(builtChartIds().filter((id) => tracking.includes(id)))('%s: the chart says how far its data run', (id) => {
    const json = JSON.parse(readDist(`data/${id}.json`)) as { data_through: string | null; rows: string[][] };
    expect(json.data_through).toBeTruthy();
    const html = readDist(`embed/${id}/index.html`);
    expect(html).toMatch(new RegExp(`class="chart-note chart-through"[^>]*>Data through <time datetime="${json.data_through}"`));
  });

  it('the timeline states the newest date once, in its coverage line, above the events', () => {
    const html = readDist('timeline/index.html');
    expect(html.match(/class="coverage-note/g)).toHaveLength(1);
    const head = html.slice(html.indexOf('<h1'), html.indexOf('<ol class="events"'));
    const text = head.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text.split(formatPartialDate(newestEvent, 'en')).length - 1).toBe(1);
    expect(head.match(new RegExp(`datetime="${newestEvent}"`, 'g'))).toHaveLength(1);
  });
});
