import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, round, type Tick } from './chart-model.ts';

/**
 * How an estimate's period ends: it covers only those months (`window`), the rise then ended
 * (`ended`), or it lasted at least that long (`lasting`).
 */
export type WindowEnd = 'window' | 'ended' | 'lasting';

export interface WindowInput {
  id: string;
  /** What was measured, and by whom. */
  label: string;
  /** The finding in words, with its number (formatted by the caller in the page's locale). */
  finding: string;
  /** Months after the removal that the estimate covers. */
  months: number;
  end: WindowEnd;
  /** Printed right of a bar whose rise `ended`, e.g. "then back to expected levels". */
  after?: string;
}

export interface WindowRow extends WindowInput {
  labelLines: string[];
  findingLines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  /** Baseline of the first finding line. */
  findingY: number;
  barY: number;
  barHeight: number;
  barEnd: number;
}

export interface EffectWindowsModel {
  kind: 'effect-windows';
  width: number;
  height: number;
  rows: WindowRow[];
  lineHeight: number;
  /** Month ticks along the shared time axis. */
  ticks: Tick[];
  axisY: number;
  axisLabel: string;
}

export interface EffectWindowsOptions {
  width?: number;
  /** The axis runs from the removal to this many months after it. */
  maxMonths?: number;
  /** Room right of the axis for the arrow of a rise that lasted past its end. */
  arrowRoom?: number;
  wrapLabel?: (label: string, maxWidth: number) => string[];
  wrapFinding?: (finding: string, maxWidth: number) => string[];
  formatTick?: (months: number) => string;
  axisLabel?: string;
}

/**
 * One row per estimate on a shared axis of months after a leader's removal. The bars show how
 * long each estimate covers, never how big it is: estimates of different measures, places and
 * methods share no scale, so their sizes appear only in words.
 */
export function buildEffectWindows(rows: WindowInput[], options: EffectWindowsOptions = {}): EffectWindowsModel {
  const {
    width = CHART_WIDTH,
    maxMonths = 12,
    arrowRoom = 14,
    formatTick = (months: number) => String(months),
    axisLabel = 'Months after the leader was removed',
  } = options;
  if (rows.length === 0) throw new Error('buildEffectWindows: needs at least one row');
  for (const row of rows) {
    if (!(row.months > 0 && row.months <= maxMonths)) {
      throw new Error(`buildEffectWindows: row "${row.id}" covers ${row.months} months; the axis runs 0–${maxMonths}`);
    }
  }
  const wrapLabel = options.wrapLabel ?? ((label: string) => [label]);
  const wrapFinding = options.wrapFinding ?? ((finding: string) => [finding]);
  const lineHeight = 16;
  const barHeight = 12;
  const gap = 18;
  const x = scaleLinear()
    .domain([0, maxMonths])
    .range([0, width - arrowRoom]);
  let top = 0;
  const laidOut = rows.map((row) => {
    const labelLines = wrapLabel(row.label, width * 0.92);
    const findingLines = wrapFinding(row.finding, width * 0.92);
    const labelY = round(top + lineHeight - 2);
    const findingY = round(labelY + labelLines.length * lineHeight);
    const barY = round(top + (labelLines.length + findingLines.length) * lineHeight + 4);
    top = barY + barHeight + gap;
    return { ...row, labelLines, findingLines, labelY, findingY, barY, barHeight, barEnd: round(x(row.months)) };
  });
  const axisY = round(top - gap + 10);
  // Quarters of a year: the periods the studies report (six months, a year) fall on ticks.
  const ticks = range(0, maxMonths + 1, 3).map((value) => ({
    value,
    position: round(x(value)),
    label: formatTick(value),
  }));
  return {
    kind: 'effect-windows',
    width,
    height: round(axisY + 38),
    rows: laidOut,
    lineHeight,
    ticks,
    axisY,
    axisLabel,
  };
}
