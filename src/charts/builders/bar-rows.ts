import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, round } from './chart-model.ts';

export interface BarInput {
  id: string;
  label: string;
  value: number;
  /** The value as it should be printed (formatted by the caller in the page's locale). */
  valueLabel: string;
  /** Draws the bar as a hatched outline: a claim, an estimate of another kind, a provisional count. */
  muted?: boolean;
  /** Marks the bar the story is about. */
  highlight?: boolean;
}

export interface Bar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  valueX: number;
}

export interface BarRowsModel {
  kind: 'bar-rows';
  width: number;
  height: number;
  bars: Bar[];
}

export interface BarRowsOptions {
  width?: number;
  barHeight?: number;
  /** Space for the label above each bar. */
  labelHeight?: number;
  gap?: number;
  /** Room kept right of the longest bar for its value label. */
  valueRoom?: number;
}

/**
 * Horizontal bars with the label above each bar: the layout that survives a phone screen.
 * Bars start at zero, so lengths compare honestly.
 */
export function buildBarRows(rows: BarInput[], options: BarRowsOptions = {}): BarRowsModel {
  const { width = CHART_WIDTH, barHeight = 18, labelHeight = 18, gap = 14, valueRoom = 150 } = options;
  if (rows.length === 0) throw new Error('buildBarRows: needs at least one row');
  const x = scaleLinear()
    .domain([0, max(rows, (row) => row.value) ?? 0])
    .range([0, width - valueRoom]);
  const step = labelHeight + barHeight + gap;
  const bars = rows.map((row, i) => {
    const top = i * step;
    const barWidth = Math.max(round(x(row.value)), 1);
    return {
      ...row,
      x: 0,
      y: round(top + labelHeight),
      width: barWidth,
      height: barHeight,
      labelY: round(top + labelHeight - 5),
      valueX: round(barWidth + 6),
    };
  });
  return { kind: 'bar-rows', width, height: round(rows.length * step - gap), bars };
}
