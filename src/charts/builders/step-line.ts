import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { utcMonth } from 'd3-time';
import { CHART_WIDTH, round, type Tick } from './chart-model.ts';
import { partialDateToUtc } from './date-utils.ts';

export interface TallyInput {
  date: string;
  value: number;
}

export interface TallyPoint extends TallyInput {
  x: number;
  y: number;
}

export interface StepLineModel {
  kind: 'step-line';
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  path: string;
  points: TallyPoint[];
  xTicks: Tick[];
  yTicks: Tick[];
}

export interface StepLineOptions {
  width?: number;
  height?: number;
  formatTick: (value: number) => string;
  formatMonth: (date: Date) => string;
  /** Months between x-axis ticks. */
  monthStep?: number;
  /**
   * Longest span between two reports that the line bridges, in days. Past it the line breaks:
   * a flat step across months without a report would read as months without deaths.
   */
  maxGapDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A running tally drawn as steps between reports close in time: the count holds until the next
 * report changes it. Reports further apart than `maxGapDays` are left unjoined.
 */
export function buildStepLine(rows: TallyInput[], options: StepLineOptions): StepLineModel {
  const { width = CHART_WIDTH, height = 220, formatTick, formatMonth, monthStep = 3, maxGapDays = 35 } = options;
  if (rows.length === 0) throw new Error('buildStepLine: needs at least one row');
  const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date));
  const plot = { left: 40, top: 10, right: width - 12, bottom: height - 22 };
  const first = partialDateToUtc(sorted[0]!.date);
  const last = partialDateToUtc(sorted.at(-1)!.date);
  const x = scaleUtc()
    .domain([utcMonth.floor(first), utcMonth.ceil(new Date(last.getTime() + 1))])
    .range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, max(sorted, (row) => row.value) ?? 0])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const points = sorted.map((row) => ({ ...row, x: round(x(partialDateToUtc(row.date))), y: round(y(row.value)) }));
  const runs: TallyPoint[][] = [];
  points.forEach((point, i) => {
    const gap = i === 0 ? Infinity : partialDateToUtc(point.date).getTime() - partialDateToUtc(points[i - 1]!.date).getTime();
    if (gap > maxGapDays * DAY_MS) runs.push([point]);
    else runs.at(-1)!.push(point);
  });
  const step = line<TallyPoint>()
    .x((point) => point.x)
    .y((point) => point.y)
    .curve(curveStepAfter)
    .digits(1);
  // A lone report is its dot alone; the renderer draws a dot for every report.
  const path = runs
    .filter((run) => run.length > 1)
    .map((run) => step(run) ?? '')
    .join('');
  return {
    kind: 'step-line',
    width,
    height,
    plot,
    path,
    points,
    xTicks: x
      .ticks(utcMonth.every(monthStep)!)
      .map((date) => ({ value: date.getTime(), position: round(x(date)), label: formatMonth(date) })),
    yTicks: y.ticks(4).map((value) => ({ value, position: round(y(value)), label: formatTick(value) })),
  };
}
