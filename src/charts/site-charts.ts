// The chart registry: chart id → spec built from the validated register. Pages, embeds and data
// files all read charts from here, so one definition feeds every place a chart appears.
import { siteRegister } from '../register/site-register.ts';
import { eventCategories } from '../schemas/event.ts';
import type { Figure, Series } from '../schemas/index.ts';
import { buildBarRows, type BarInput } from './builders/bar-rows.ts';
import { buildColumnSeries } from './builders/column-series.ts';
import { buildCycle } from './builders/cycle.ts';
import { buildEffectWindows, type WindowEnd } from './builders/effect-windows.ts';
import { buildLadder } from './builders/ladder.ts';
import { buildStepLine } from './builders/step-line.ts';
import { buildTimelineDots } from './builders/timeline-dots.ts';
import type { ChartSpec } from './chart-spec.ts';
import { formatFigureValue } from '../lib/format-figure.ts';
import { formatPartialDate } from '../lib/format-date.ts';
import { wrapText } from '../images/text-metrics.ts';

const LOCALE = 'en';
/** What the breaks in a tally line mean (the builder's default `maxGapDays`, in words). */
const STEP_GAP_NOTE =
  'Each dot is a reported total. Where no total was reported for more than five weeks, the line breaks: the count rose in between, but the reports do not say when.';
/** Bar labels as charts.css draws them (12.5px regular), measured in the face the site ships. */
const wrapBarLabel = (label: string, maxWidth: number) => wrapText(label, { size: 12.5, weight: 400 }, maxWidth);
/** The bold line under a label (a finding), in the same size. */
const wrapBoldLabel = (label: string, maxWidth: number) => wrapText(label, { size: 12.5, weight: 700 }, maxWidth);
const number = new Intl.NumberFormat(LOCALE);
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });
const qualifierWords: Record<NonNullable<Figure['qualifier']>, string> = {
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  nearly: 'nearly',
  'up-to': 'up to',
};

function series(id: string): Series {
  const found = siteRegister.series.find(({ data }) => data.id === id)?.data;
  if (!found) throw new Error(`Chart registry: no series "${id}" in content/data/series/`);
  return found;
}

function figure(id: string): Figure {
  const found = siteRegister.figures.find(({ data }) => data.id === id)?.data;
  if (!found) throw new Error(`Chart registry: no figure "${id}" in content/data/figures/`);
  return found;
}

const unique = (ids: string[]) => [...new Set(ids)];
/** "label: why" for each item that rests on tier-3 copies alone, so the caption can say so. */
const weakNotes = (items: { label: string; weak_sourcing?: string | undefined }[]): Pick<ChartSpec, 'weak'> => {
  const notes = items.flatMap(({ label, weak_sourcing }) => (weak_sourcing ? [`${label}: ${weak_sourcing}`] : []));
  return notes.length ? { weak: notes } : {};
};
const statusLabel = (status: string) => (status === 'final' ? 'final' : status);
/** A count with its source's hedge: "at least 66". */
const hedged = ({ qualifier, value }: { qualifier?: Figure['qualifier'] | undefined; value: number }) =>
  `${qualifier ? `${qualifierWords[qualifier]} ` : ''}${number.format(value)}`;
const figureText = (f: Figure) =>
  `${f.qualifier ? `${qualifierWords[f.qualifier]} ` : ''}${formatFigureValue(f, LOCALE)}`;

/** A yearly series as columns; provisional and preliminary values drawn as outlines. */
function columnChart(
  seriesId: string,
  text: Pick<ChartSpec, 'id' | 'title' | 'takeaway' | 'description'>,
  options: Pick<ChartSpec, 'tracksStory'> = {},
): ChartSpec {
  const data = series(seriesId);
  const rows = data.points.map((point) => ({
    period: point.period,
    value: point.value,
    provisional: point.status !== 'final',
  }));
  const model = buildColumnSeries(rows, {
    formatTick: (value) => compact.format(value),
    formatPeriod: (period) => (/^\d{4}$/.test(period) ? `’${period.slice(2)}` : period),
    labelEvery: rows.length > 10 ? 2 : 1,
  });
  return {
    ...text,
    ...options,
    model,
    table: {
      columns: ['Year', data.unit, 'Status'],
      rows: data.points.map((point) => [point.period, number.format(point.value), statusLabel(point.status)]),
    },
    sources: unique(data.points.map((point) => point.source)),
    dataThrough: data.points.at(-1)!.period,
    ...weakNotes(data.points.map((point) => ({ label: point.period, weak_sourcing: point.weak_sourcing }))),
    ...(rows.some((row) => row.provisional)
      ? { legend: 'Solid: final count. Dashed outline: provisional or preliminary count, which may change.' }
      : {}),
    ...(data.notes ? { note: data.notes } : {}),
  };
}

/** Cited figures as labelled bars. */
function figureBars(
  ids: { id: string; label: string; muted?: boolean; highlight?: boolean }[],
  text: Pick<ChartSpec, 'id' | 'title' | 'takeaway' | 'description'> & { note?: string },
): ChartSpec {
  const { note, ...titles } = text;
  const rows: BarInput[] = ids.map(({ id, label, muted, highlight }) => {
    const f = figure(id);
    return {
      id,
      label,
      value: f.value,
      valueLabel: figureText(f),
      ...(muted ? { muted } : {}),
      ...(highlight ? { highlight } : {}),
    };
  });
  return {
    ...titles,
    ...(note ? { note } : {}),
    model: buildBarRows(rows, { wrapLabel: wrapBarLabel }),
    table: {
      columns: ['Measure', 'Value', 'Unit', 'Qualifier', 'As of', 'Status'],
      rows: ids.map(({ id, label }) => {
        const f = figure(id);
        return [
          label,
          number.format(f.value),
          f.unit,
          f.qualifier ? qualifierWords[f.qualifier] : '',
          f.as_of,
          f.status ?? '',
        ];
      }),
    },
    sources: unique(ids.map(({ id }) => figure(id).source)),
    ...weakNotes(ids.map(({ id, label }) => ({ label, weak_sourcing: figure(id).weak_sourcing }))),
  };
}

/** The period of an estimate, in words, after its number: " in the first 6 months". */
const periodWords: Record<WindowEnd, (months: number) => string> = {
  window: (months) => ` in the first ${months} months`,
  ended: (months) => ` for ${months} months`,
  lasting: (months) => `, lasting at least ${months} months`,
};
const endWords: Record<WindowEnd, string> = {
  window: 'the estimate covers these months only',
  ended: 'the rise then ended',
  lasting: 'the rise lasted at least this long',
};

/**
 * Estimated effects of one kind of event, each on the months it covers. Only the periods share a
 * scale; the sizes, from different measures and methods, are given in words.
 */
function effectWindows(
  ids: { id: string; label: string; after?: string }[],
  text: Pick<ChartSpec, 'id' | 'title' | 'takeaway' | 'description' | 'legend'> & {
    note?: string;
    /** The sources of what the note says beyond the drawn figures. */
    noteSources?: string[];
  },
): ChartSpec {
  const { note, noteSources = [], description, ...titles } = text;
  const rows = ids.map(({ id, label, after }) => {
    const f = figure(id);
    if (!f.window) throw new Error(`Chart registry: figure "${id}" has no window (content/data/figures/)`);
    return { f, window: f.window, id, label, after };
  });
  const finding = ({ f, window }: (typeof rows)[number]) =>
    `Up ${figureText(f)}${periodWords[window.end](window.months)}`;
  return {
    ...titles,
    description: `${description} ${rows.map((row) => `${row.label}: ${finding(row)}${row.after ? `, ${row.after}` : ''}.`).join(' ')}`,
    ...(note ? { note } : {}),
    model: buildEffectWindows(
      rows.map((row) => ({
        id: row.id,
        label: row.label,
        finding: finding(row),
        months: row.window.months,
        end: row.window.end,
        ...(row.after ? { after: row.after } : {}),
      })),
      {
        wrapLabel: wrapBarLabel,
        wrapFinding: wrapBoldLabel,
      },
    ),
    table: {
      columns: ['Estimate', 'Rise', 'Months after the removal', 'How the period ends', 'As of', 'Status'],
      rows: rows.map(({ f, window, label }) => [
        label,
        figureText(f),
        String(window.months),
        endWords[window.end],
        f.as_of,
        f.status ?? '',
      ]),
    },
    sources: unique([...rows.map(({ f }) => f.source), ...noteSources]),
    ...weakNotes(rows.map(({ f, label }) => ({ label, weak_sourcing: f.weak_sourcing }))),
  };
}

function escalationLadder(): ChartSpec {
  const options = siteRegister.options.map(({ data }) => data).sort((a, b) => a.level - b.level);
  return {
    id: 'escalation-ladder',
    title: 'The reported options, from least to most intrusive',
    takeaway: 'Each rung up uses more US force inside Mexico, with less say for Mexico.',
    description: `A staircase of ${options.length} rungs. From the bottom: ${options.map((o) => o.label).join('; ')}. The order is the editors' judgement of footprint and breach of sovereignty.`,
    model: buildLadder(options.map(({ id, label }) => ({ id, label }))),
    table: {
      columns: ['Option', 'Rung', 'What it would involve'],
      rows: options.map((o) => [o.label, String(o.level), o.detail]),
    },
    sources: unique(options.map((o) => o.source)),
    ...weakNotes(options),
    // Climbing the ladder one step at a time: step k lights rungs 1..k.
    markSteps: Object.fromEntries(
      options.map((o) => [o.id, options.filter((p) => p.level >= o.level).map((p) => p.level)]),
    ),
    note: 'The order of the rungs is our editorial judgement: first how much Mexico would have to agree, then how much force each option would use inside Mexico, from advisers working beside Mexican forces, to attacks from afar (cyber, drones), to US troops on the ground. The reporting did not rank them.',
  };
}

function raidCycle(): ChartSpec {
  const stages = siteRegister.operation.map(({ data }) => data).sort((a, b) => a.order - b.order);
  return {
    id: 'raid-cycle',
    title: 'The raid cycle, as a former special operator described it',
    takeaway: 'Each raid is meant to yield the intelligence for the next one.',
    description: `A loop of ${stages.length} stages: ${stages.map((s) => `${s.order}. ${s.label}`).join('; ')}; then back to the first stage for the next target.`,
    model: buildCycle(stages.map(({ id, label }) => ({ id, label }))),
    table: {
      columns: ['Stage', 'Order', 'What happens'],
      rows: stages.map((s) => [s.label, String(s.order), s.detail]),
    },
    sources: unique(stages.map((s) => s.source)),
    ...weakNotes(stages),
    // Step k lights stage k only: the reader follows one stage at a time.
    markSteps: Object.fromEntries(stages.map((s) => [s.id, [s.order]])),
    note: 'A hypothetical scenario from one anonymous former special operator, in a magazine feature; not a reported plan.',
  };
}

function timeline(): ChartSpec {
  // The chart covers what happened after the report; the timeline page keeps the background too.
  const events = siteRegister.events
    .map(({ data }) => data)
    .filter((event) => event.date >= '2024-11')
    .sort((a, b) => a.date.localeCompare(b.date));
  const first = events[0]!;
  const last = events.at(-1)!;
  return {
    id: 'timeline',
    title: 'What happened after November 2024, event by event',
    takeaway: 'Proposals and threats came first; measures, strikes at sea and statements followed.',
    description: `${events.length} dated events from ${formatPartialDate(first.date, LOCALE)} to ${formatPartialDate(last.date, LOCALE)}, one dot each, in lanes by category.`,
    model: buildTimelineDots(
      events.map((event) => ({ id: event.id, date: event.date, lane: event.category, title: event.title })),
      { lanes: eventCategories },
    ),
    table: {
      columns: ['Date', 'Category', 'Event'],
      rows: events.map((event) => [event.date, event.category, event.title]),
    },
    sources: unique(events.flatMap((event) => event.sources)),
    sourcesPage: 'timeline/',
    dataThrough: last.date,
    tracksStory: true,
  };
}

const outletOf = (id: string) => siteRegister.sources.find(({ data }) => data.id === id)?.data.outlet ?? id;

/** Where sources give another count for a period than the one drawn, the note says so, by outlet. */
function disagreementNote(data: Series): string {
  const lines = data.points.flatMap((point) =>
    point.disagreements.map(
      (d) =>
        `For ${formatPartialDate(point.period, LOCALE)}, ${outletOf(d.source)} reported ${hedged(d)}; the chart shows ${hedged(point)}.`,
    ),
  );
  return lines.length ? `Counts differ. ${lines.join(' ')}` : '';
}

function boatStrikes(): ChartSpec {
  const data = series('boat-strike-deaths');
  const model = buildStepLine(
    data.points.map((point) => ({ date: point.period, value: point.value })),
    {
      formatTick: (value) => number.format(value),
      formatMonth: (date) =>
        new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date),
    },
  );
  const lastPoint = data.points.at(-1)!;
  return {
    id: 'boat-strike-deaths',
    title: data.title,
    takeaway: `Reported deaths from US strikes on alleged drug boats kept rising; the newest tally here is from ${formatPartialDate(lastPoint.period, LOCALE)}.`,
    description: `${data.points.length} reported running totals, from ${number.format(data.points[0]!.value)} to ${number.format(lastPoint.value)}, shown as dots; a step line joins reports that came within five weeks of each other.`,
    model,
    table: {
      columns: ['Date', 'Reported deaths (running total)'],
      // The table keeps each tally's hedge: most outlets report "at least" so many deaths.
      rows: data.points.map((point) => [
        point.period,
        hedged(point),
      ]),
    },
    sources: unique(data.points.flatMap((point) => [point.source, ...point.disagreements.map((d) => d.source)])),
    dataThrough: lastPoint.period,
    tracksStory: true,
    ...weakNotes(data.points.map((point) => ({ label: point.period, weak_sourcing: point.weak_sourcing }))),
    note: [data.notes, disagreementNote(data), STEP_GAP_NOTE].filter(Boolean).join(' '),
  };
}

function build(): ChartSpec[] {
  return [
    escalationLadder(),
    raidCycle(),
    effectWindows(
      [
        {
          id: 'calderon-violence-increase',
          label: 'Drug-related violence where a leader or lieutenant was removed (Calderón and colleagues)',
        },
        {
          id: 'lindo-homicide-increase',
          label: 'Homicide rate in the town where a kingpin was captured (Lindo and Padilla-Romo, working paper)',
        },
        {
          id: 'lindo-spillover-increase',
          label: 'Homicide rates in nearby towns where the same cartel operates (same working paper)',
          after: 'then back to expected levels',
        },
      ],
      {
        id: 'kingpin-violence',
        title: 'What happened after cartel leaders were removed',
        takeaway:
          'Three estimates from Mexico found killings rose after a leader was removed. How long the rise lasted differed.',
        description:
          'Bars on a shared scale of months after a cartel leader was removed, one per estimate from two studies of Mexico. Each bar shows the months the estimate covers, not its size.',
        legend:
          'Bar length is time, not size. The sizes measure different things with different methods, so they are given in words and not drawn to one scale. Arrow: the rise lasted at least this long.',
        noteSources: ['ssrn-phillips', 'econpapers-lindo-2018'],
        note: 'Other findings point the other way. Phillips found a short drop in violence after arrests (not killings) of leaders. The published version of the Lindo and Padilla-Romo study also found fewer homicides in some surrounding towns. The working-paper estimates may differ from the published ones.',
      },
    ),
    figureBars(
      [
        {
          id: 'us-citizens-in-mexico-2024',
          label: 'State Department estimate (2024)',
          highlight: true,
        },
        { id: 'us-born-in-mexico-embassy-2019', label: 'US Embassy, US-born only (2019)' },
        {
          id: 'americans-in-mexico-amlo-2019',
          label: "López Obrador's figure (2019)",
          muted: true,
        },
        { id: 'us-born-residents-inegi-2020', label: "Born in the US, Mexico's census (2020)" },
        { id: 'us-born-children-baker', label: 'US-born children of migrants (2022)' },
      ],
      {
        id: 'us-citizens-in-mexico',
        title: 'How many Americans live in Mexico?',
        takeaway:
          'Estimates differ by what they count, but every source puts the number in the hundreds of thousands or more.',
        description:
          "Five bars comparing estimates of Americans living in Mexico: the State Department's, the US Embassy's, López Obrador's, Mexico's 2020 census count of US-born residents, and a research estimate of US-born children of Mexican migrants.",
        note: 'No official count exists. The State Department figure is an estimate of citizens; the census counts place of birth, not citizenship. The outlined bar is a figure given in a speech.',
      },
    ),
    columnChart('us-overdose-deaths', {
      id: 'us-overdose-deaths',
      title: 'Drug overdose deaths in the United States',
      takeaway: 'Deaths peaked in 2022 and fell sharply in 2024, by provisional counts.',
      description: 'Columns, one per year; outlined columns are provisional counts that may change.',
    }),
    columnChart(
      'mexico-homicides-inegi',
      {
        id: 'mexico-homicides',
        title: 'Homicides registered in Mexico',
        takeaway: 'Homicides climbed from 2007 and have stayed high since 2018.',
        description: 'Columns, one per year; outlined columns are preliminary counts.',
      },
      { tracksStory: true },
    ),
    boatStrikes(),
    timeline(),
  ];
}

/** Every chart on the site, in story order. */
export const siteCharts: ChartSpec[] = build();

export function chartById(id: string): ChartSpec {
  const chart = siteCharts.find((candidate) => candidate.id === id);
  if (!chart)
    throw new Error(`No chart "${id}" in src/charts/site-charts.ts (known: ${siteCharts.map((c) => c.id).join(', ')})`);
  return chart;
}
