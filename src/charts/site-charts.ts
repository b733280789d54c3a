// The chart registry: chart id → spec built from the validated register and each edition's chart
// words. Pages, embeds and data files all read charts from here, so one definition feeds every
// place a chart appears, in every language.
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
import type { ChartDraft, ChartSpec } from './chart-spec.ts';
import { chartTextFile, fill, readChartText, type ChartText } from './chart-text.ts';
import { formatFigureValue } from '../lib/format-figure.ts';
import { contractArticles, formatDateAfterPreposition } from '../lib/format-date.ts';
import { wrapText } from '../images/text-metrics.ts';
import { defaultLocale, intlLocale, locales, useTranslations, type Locale, type UiKey } from '../i18n/ui.ts';
import { localise } from '../i18n/site-translations.ts';

/** Bar labels as charts.css draws them (12.5px regular), measured in the face the site ships. */
const wrapBarLabel = (label: string, maxWidth: number) => wrapText(label, { size: 12.5, weight: 400 }, maxWidth);
/** The bold line under a label (a finding), in the same size. */
const wrapBoldLabel = (label: string, maxWidth: number) => wrapText(label, { size: 12.5, weight: 700 }, maxWidth);

const chartWords = readChartText(process.cwd());

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

/** The formats and words one edition's charts are drawn with. */
function chartLocale(locale: Locale) {
  const t = useTranslations(locale);
  const intl = intlLocale(locale);
  const number = new Intl.NumberFormat(intl);
  const compact = new Intl.NumberFormat(intl, { notation: 'compact', maximumFractionDigits: 1 });
  const qualifier = (q: NonNullable<Figure['qualifier']>) => t(`qualifier.${q}` as UiKey);
  /** A count with its source's hedge: "at least 66". */
  const hedged = ({ qualifier: q, value }: { qualifier?: Figure['qualifier'] | undefined; value: number }) =>
    `${q ? `${qualifier(q)} ` : ''}${number.format(value)}`;
  const figureText = (f: Figure) => `${f.qualifier ? `${qualifier(f.qualifier)} ` : ''}${formatFigureValue(f, intl)}`;
  const status = (value: string) => t(`chart.status.${value}` as UiKey);
  // Dates in chart words follow a preposition ("from", "to", "for"): Spanish then needs its article.
  const date = (value: string) => formatDateAfterPreposition(value, intl);
  const words = (id: string): ChartText => {
    const text = chartWords.get(locale)?.get(id);
    if (!text) throw new Error(`Chart registry: no ${locale} words for chart "${id}" in ${chartTextFile(locale)}`);
    return text;
  };
  return { locale, t, intl, number, compact, hedged, figureText, status, date, words };
}
type ChartLocale = ReturnType<typeof chartLocale>;

/** A chart's own words, with its placeholders filled from the data. */
function textOf(l: ChartLocale, id: string, values: Record<string, string | number> = {}) {
  const words = l.words(id);
  const where = `Chart "${id}" (${l.locale})`;
  const filled = (text: string | undefined) => (text === undefined ? undefined : contractArticles(fill(text, values, where), l.intl));
  const need = <T,>(value: T | undefined, field: string): T => {
    if (value === undefined) throw new Error(`${where}: needs "${field}" in its words`);
    return value;
  };
  return {
    words,
    title: filled(words.title),
    takeaway: filled(words.takeaway)!,
    description: filled(words.description)!,
    ...(words.note ? { note: filled(words.note)! } : {}),
    ...(words.legend ? { legend: filled(words.legend)! } : {}),
    label: (rowId: string) => need(words.labels?.[rowId], `labels.${rowId}`),
    columns: () => need(words.columns, 'columns'),
  };
}

/** A yearly series as columns; provisional and preliminary values drawn as outlines. */
function columnChart(l: ChartLocale, seriesId: string, id: string, options: Pick<ChartSpec, 'tracksStory'> = {}): ChartDraft {
  const data = localise('series', series(seriesId), l.locale);
  const text = textOf(l, id);
  const rows = data.points.map((point) => ({
    period: point.period,
    value: point.value,
    provisional: point.status !== 'final',
  }));
  const model = buildColumnSeries(rows, {
    formatTick: (value) => l.compact.format(value),
    formatPeriod: (period) => (/^\d{4}$/.test(period) ? `’${period.slice(2)}` : period),
    labelEvery: rows.length > 10 ? 2 : 1,
  });
  return {
    id,
    title: text.title ?? data.title,
    takeaway: text.takeaway,
    description: text.description,
    ...options,
    model,
    table: {
      columns: [l.t('chart.col.year'), data.unit, l.t('chart.col.status')],
      rows: data.points.map((point) => [point.period, l.number.format(point.value), l.status(point.status)]),
    },
    sources: unique(data.points.map((point) => point.source)),
    dataThrough: data.points.at(-1)!.period,
    ...weakNotes(data.points.map((point) => ({ label: point.period, weak_sourcing: point.weak_sourcing }))),
    ...(rows.some((row) => row.provisional) ? { legend: l.t('chart.provisionalLegend') } : {}),
    ...(data.notes ? { note: data.notes } : {}),
  };
}

/** Cited figures as labelled bars, labelled in the chart's words. */
function figureBars(l: ChartLocale, id: string, ids: { id: string; muted?: boolean; highlight?: boolean }[]): ChartDraft {
  const text = textOf(l, id);
  const entries = ids.map((row) => ({ ...row, f: localise('figures', figure(row.id), l.locale), label: text.label(row.id) }));
  const rows: BarInput[] = entries.map(({ id: rowId, f, label, muted, highlight }) => ({
    id: rowId,
    label,
    value: f.value,
    valueLabel: l.figureText(f),
    ...(muted ? { muted } : {}),
    ...(highlight ? { highlight } : {}),
  }));
  return {
    id,
    title: text.title!,
    takeaway: text.takeaway,
    description: text.description,
    ...(text.note ? { note: text.note } : {}),
    model: buildBarRows(rows, { wrapLabel: wrapBarLabel }),
    table: {
      columns: (['measure', 'value', 'unit', 'qualifier', 'asOf', 'status'] as const).map((column) => l.t(`chart.col.${column}`)),
      rows: entries.map(({ f, label }) => [
        label,
        l.number.format(f.value),
        f.unit,
        f.qualifier ? l.t(`qualifier.${f.qualifier}` as UiKey) : '',
        f.as_of,
        f.status ? l.status(f.status) : '',
      ]),
    },
    sources: unique(entries.map(({ f }) => f.source)),
    ...weakNotes(entries.map(({ f, label }) => ({ label, weak_sourcing: f.weak_sourcing }))),
  };
}

/**
 * Estimated effects of one kind of event, each on the months it covers. Only the periods share a
 * scale; the sizes, from different measures and methods, are given in words.
 */
function effectWindows(
  l: ChartLocale,
  id: string,
  ids: string[],
  /** The sources of what the note says beyond the drawn figures. */
  noteSources: string[] = [],
): ChartDraft {
  const text = textOf(l, id);
  const rows = ids.map((rowId) => {
    const f = localise('figures', figure(rowId), l.locale);
    if (!f.window) throw new Error(`Chart registry: figure "${rowId}" has no window (content/data/figures/)`);
    return { f, window: f.window, id: rowId, label: text.label(rowId), after: text.words.after?.[rowId] };
  });
  const finding = ({ f, window }: (typeof rows)[number]) =>
    fill(
      l.t('chart.finding'),
      { figure: l.figureText(f), period: fill(l.t(`chart.period.${window.end}` as UiKey), { months: window.months }, id) },
      id,
    );
  const endWords = (end: WindowEnd) => l.t(`chart.end.${end}` as UiKey);
  const axis = text.words.axis;
  return {
    id,
    title: text.title!,
    takeaway: text.takeaway,
    description: `${text.description} ${rows.map((row) => `${row.label}: ${finding(row)}${row.after ? `, ${row.after}` : ''}.`).join(' ')}`,
    ...(text.legend ? { legend: text.legend } : {}),
    ...(text.note ? { note: text.note } : {}),
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
        ...(axis ? { axisLabel: axis } : {}),
      },
    ),
    table: {
      columns: text.columns(),
      rows: rows.map(({ f, window, label }) => [
        label,
        l.figureText(f),
        String(window.months),
        endWords(window.end),
        f.as_of,
        f.status ? l.status(f.status) : '',
      ]),
    },
    sources: unique([...rows.map(({ f }) => f.source), ...noteSources]),
    ...weakNotes(rows.map(({ f, label }) => ({ label, weak_sourcing: f.weak_sourcing }))),
  };
}

function escalationLadder(l: ChartLocale): ChartDraft {
  const options = siteRegister.options
    .map(({ data }) => localise('options', data, l.locale))
    .sort((a, b) => a.level - b.level);
  const text = textOf(l, 'escalation-ladder', { count: options.length, rungs: options.map((o) => o.label).join('; ') });
  return {
    id: 'escalation-ladder',
    title: text.title!,
    takeaway: text.takeaway,
    description: text.description,
    model: buildLadder(options.map(({ id, label }) => ({ id, label }))),
    table: {
      columns: text.columns(),
      rows: options.map((o) => [o.label, String(o.level), o.detail]),
    },
    sources: unique(options.map((o) => o.source)),
    ...weakNotes(options),
    // Climbing the ladder one step at a time: step k lights rungs 1..k.
    markSteps: Object.fromEntries(
      options.map((o) => [o.id, options.filter((p) => p.level >= o.level).map((p) => p.level)]),
    ),
    ...(text.note ? { note: text.note } : {}),
  };
}

function raidCycle(l: ChartLocale): ChartDraft {
  const stages = siteRegister.operation
    .map(({ data }) => localise('operation', data, l.locale))
    .sort((a, b) => a.order - b.order);
  const text = textOf(l, 'raid-cycle', { count: stages.length, stages: stages.map((s) => `${s.order}. ${s.label}`).join('; ') });
  return {
    id: 'raid-cycle',
    title: text.title!,
    takeaway: text.takeaway,
    description: text.description,
    model: buildCycle(stages.map(({ id, label }) => ({ id, label }))),
    table: {
      columns: text.columns(),
      rows: stages.map((s) => [s.label, String(s.order), s.detail]),
    },
    sources: unique(stages.map((s) => s.source)),
    ...weakNotes(stages),
    // Step k lights stage k only: the reader follows one stage at a time.
    markSteps: Object.fromEntries(stages.map((s) => [s.id, [s.order]])),
    ...(text.note ? { note: text.note } : {}),
  };
}

function timeline(l: ChartLocale): ChartDraft {
  // The chart covers what happened after the report; the timeline page keeps the background too.
  const events = siteRegister.events
    .map(({ data }) => localise('events', data, l.locale))
    .filter((event) => event.date >= '2024-11')
    .sort((a, b) => a.date.localeCompare(b.date));
  const first = events[0]!;
  const last = events.at(-1)!;
  const text = textOf(l, 'timeline', { count: events.length, first_date: l.date(first.date), last_date: l.date(last.date) });
  return {
    id: 'timeline',
    title: text.title!,
    takeaway: text.takeaway,
    description: text.description,
    model: buildTimelineDots(
      events.map((event) => ({ id: event.id, date: event.date, lane: event.category, title: event.title })),
      { lanes: eventCategories },
    ),
    table: {
      columns: text.columns(),
      rows: events.map((event) => [event.date, l.t(`category.${event.category}` as UiKey), event.title]),
    },
    sources: unique(events.flatMap((event) => event.sources)),
    sourcesPage: 'timeline/',
    dataThrough: last.date,
    tracksStory: true,
  };
}

const outletOf = (id: string) => siteRegister.sources.find(({ data }) => data.id === id)?.data.outlet ?? id;

/** Where sources give another count for a period than the one drawn, the note says so, by outlet. */
function disagreementNote(l: ChartLocale, data: Series): string {
  const lines = data.points.flatMap((point) =>
    point.disagreements.map((d) =>
      contractArticles(fill(l.t('chart.countDiffers'), { date: l.date(point.period), outlet: outletOf(d.source), theirs: l.hedged(d), ours: l.hedged(point) }, data.id), l.intl),
    ),
  );
  return lines.length ? `${l.t('chart.countsDiffer')} ${lines.join(' ')}` : '';
}

function boatStrikes(l: ChartLocale): ChartDraft {
  const data = localise('series', series('boat-strike-deaths'), l.locale);
  const model = buildStepLine(
    data.points.map((point) => ({ date: point.period, value: point.value })),
    {
      formatTick: (value) => l.number.format(value),
      formatMonth: (date) => new Intl.DateTimeFormat(l.intl, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date),
    },
  );
  const lastPoint = data.points.at(-1)!;
  const text = textOf(l, 'boat-strike-deaths', {
    last_date: l.date(lastPoint.period),
    count: data.points.length,
    first: l.number.format(data.points[0]!.value),
    last: l.number.format(lastPoint.value),
  });
  return {
    id: 'boat-strike-deaths',
    title: text.title ?? data.title,
    takeaway: text.takeaway,
    description: text.description,
    model,
    table: {
      columns: text.columns(),
      // The table keeps each tally's hedge: most outlets report "at least" so many deaths.
      rows: data.points.map((point) => [point.period, l.hedged(point)]),
    },
    sources: unique(data.points.flatMap((point) => [point.source, ...point.disagreements.map((d) => d.source)])),
    dataThrough: lastPoint.period,
    tracksStory: true,
    ...weakNotes(data.points.map((point) => ({ label: point.period, weak_sourcing: point.weak_sourcing }))),
    note: [data.notes, disagreementNote(l, data), l.t('chart.stepGap')].filter(Boolean).join(' '),
  };
}

function build(locale: Locale): ChartSpec[] {
  const l = chartLocale(locale);
  const drafts: ChartDraft[] = [
    escalationLadder(l),
    raidCycle(l),
    effectWindows(
      l,
      'kingpin-violence',
      ['calderon-violence-increase', 'lindo-homicide-increase', 'lindo-spillover-increase'],
      ['ssrn-phillips', 'econpapers-lindo-2018'],
    ),
    figureBars(l, 'us-citizens-in-mexico', [
      { id: 'us-citizens-in-mexico-2024', highlight: true },
      { id: 'us-born-in-mexico-embassy-2019' },
      { id: 'americans-in-mexico-amlo-2019', muted: true },
      { id: 'us-born-residents-inegi-2020' },
      { id: 'us-born-children-baker' },
    ]),
    columnChart(l, 'us-overdose-deaths', 'us-overdose-deaths'),
    columnChart(l, 'mexico-homicides-inegi', 'mexico-homicides', { tracksStory: true }),
    boatStrikes(l),
    timeline(l),
  ];
  return drafts.map((draft) => ({ ...draft, locale }));
}

/** The charts of the editions that have chart words, each built once, on first use. */
const byLocale = new Map<Locale, ChartSpec[]>();
export function chartsIn(locale: Locale): ChartSpec[] {
  if (!chartWords.has(locale)) throw new Error(`Chart registry: no chart words for "${locale}" (content/i18n/${locale}/charts.yaml)`);
  let charts = byLocale.get(locale);
  if (!charts) byLocale.set(locale, (charts = build(locale)));
  return charts;
}

/** The locales whose charts can be drawn. */
export const chartLocales: Locale[] = locales.filter((locale) => chartWords.has(locale));

/** Every chart on the site, in story order, in the default edition. */
export const siteCharts: ChartSpec[] = chartsIn(defaultLocale);

export function chartById(id: string, locale: Locale = defaultLocale): ChartSpec {
  const chart = chartsIn(locale).find((candidate) => candidate.id === id);
  if (!chart)
    throw new Error(`No chart "${id}" in src/charts/site-charts.ts (known: ${siteCharts.map((c) => c.id).join(', ')})`);
  return chart;
}
