import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { CHART_WIDTH, round, type Tick } from './chart-model.ts';

export interface ColumnInput {
  period: string;
  value: number;
  /** Not final: drawn as an outline and labelled in the table. */
  provisional: boolean;
}

export interface Column extends ColumnInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Short label under the column, or '' when the axis skips it. */
  axisLabel: string;
}

export interface ColumnSeriesModel {
  kind: 'column-series';
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  columns: Column[];
  yTicks: Tick[];
}

export interface ColumnSeriesOptions {
  width?: number;
  height?: number;
  /** Formats a y-axis tick value (locale-aware, supplied by the caller). */
  formatTick: (value: number) => string;
  /** Shortens a period for the x axis, e.g. '2015' → "'15". */
  formatPeriod?: (period: string) => string;
  /** Label every nth column on the x axis (counting back from the last) so labels never collide. */
  labelEvery?: number;
}

/** Columns over time from zero, with provisional values marked; y ticks from d3's nice scale. */
export function buildColumnSeries(rows: ColumnInput[], options: ColumnSeriesOptions): ColumnSeriesModel {
  const { width = CHART_WIDTH, height = 220, formatTick, formatPeriod = (p) => p, labelEvery = 1 } = options;
  if (rows.length === 0) throw new Error('buildColumnSeries: needs at least one row');
  const plot = { left: 44, top: 8, width: width - 44, height: height - 8 - 22 };
  const x = scaleBand<string>()
    .domain(rows.map((row) => row.period))
    .range([0, plot.width])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, max(rows, (row) => row.value) ?? 0])
    .nice(4)
    .range([plot.height, 0]);
  const columns = rows.map((row, i) => ({
    ...row,
    x: round(plot.left + (x(row.period) ?? 0)),
    y: round(plot.top + y(row.value)),
    width: round(x.bandwidth()),
    height: round(plot.height - y(row.value)),
    // Counted back from the newest period, so the latest is always labelled and spacing stays even.
    axisLabel: (rows.length - 1 - i) % labelEvery === 0 ? formatPeriod(row.period) : '',
  }));
  const yTicks = y.ticks(4).map((value) => ({ value, position: round(plot.top + y(value)), label: formatTick(value) }));
  return { kind: 'column-series', width, height, plot, columns, yTicks };
}
