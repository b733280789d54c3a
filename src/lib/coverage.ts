// How far the story runs: the newest dated event, and the day the editors last reviewed coverage.
// Both come from data so that no page types them by hand.

export interface Coverage {
  /** The newest event date on the timeline (YYYY, YYYY-MM or YYYY-MM-DD). */
  through: string;
  /** The newest `reviewed` date in the updates log (YYYY-MM-DD). */
  reviewed: string;
  /** The newest entry date in the updates log: when the story last changed (YYYY-MM-DD). */
  modified: string;
  /** The oldest entry date in the updates log: the first edition (YYYY-MM-DD). */
  published: string;
}

const newest = (dates: string[]) => [...dates].sort().at(-1);
const oldest = (dates: string[]) => [...dates].sort().at(0);

export function coverageOf(events: { date: string }[], updates: { date: string; reviewed?: string | undefined }[]): Coverage {
  const through = newest(events.map((event) => event.date));
  if (!through) throw new Error('Coverage: there are no events to date the story from');
  const reviewed = newest(updates.flatMap((entry) => (entry.reviewed ? [entry.reviewed] : [])));
  if (!reviewed)
    throw new Error('Coverage: no entry in content/updates/log.yaml has a `reviewed` date; add one to the latest review');
  const dates = updates.map((entry) => entry.date);
  return { through, reviewed, modified: newest(dates)!, published: oldest(dates)! };
}
