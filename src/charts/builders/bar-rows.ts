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
  /** The label broken into the lines drawn above the bar. */
  labelLines: string[];
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
  /** Distance between the lines of a wrapped label. */
  lineHeight: number;
}

export interface BarRowsOptions {
  width?: number;
  barHeight?: number;
  /** Space for the label above each bar. */
  labelHeight?: number;
  gap?: number;
  /** Room kept right of the longest bar for its value label. */
  valueRoom?: number;
  /**
   * Breaks a label into lines no wider than `maxWidth` viewBox units. The builder stays free of
   * font files; the registry passes a measurer. Without one, every label is one line.
   */
  wrapLabel?: (label: string, maxWidth: number) => string[];
  /** Share of the width a label line may fill: the rest is kept for a wider fallback face. */
  labelMeasure?: number;
}

/**
 * Horizontal bars with the label above each bar: the layout that survives a phone screen.
 * Bars start at zero, so lengths compare honestly.
 */
export function buildBarRows(rows: BarInput[], options: BarRowsOptions = {}): BarRowsModel {
  const { width = CHART_WIDTH, barHeight = 18, labelHeight = 18, gap = 14, valueRoom = 150, labelMeasure = 0.85 } = options;
  const wrap = options.wrapLabel ?? ((label: string) => [label]);
  if (rows.length === 0) throw new Error('buildBarRows: needs at least one row');
  const x = scaleLinear()
    .domain([0, max(rows, (row) => row.value) ?? 0])
    .range([0, width - valueRoom]);
  let top = 0;
  const bars = rows.map((row) => {
    const labelLines = wrap(row.label, width * labelMeasure);
    const labelBlock = labelLines.length * labelHeight;
    const barWidth = Math.max(round(x(row.value)), 1);
    const bar = {
      ...row,
      labelLines,
      x: 0,
      y: round(top + labelBlock),
      width: barWidth,
      height: barHeight,
      // Baseline of the first line; each further line sits one labelHeight lower.
      labelY: round(top + labelHeight - 5),
      valueX: round(barWidth + 6),
    };
    top += labelBlock + barHeight + gap;
    return bar;
  });
  return { kind: 'bar-rows', width, height: round(top - gap), bars, lineHeight: labelHeight };
}
