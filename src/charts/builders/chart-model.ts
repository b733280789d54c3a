/** Shared pieces of every chart model: plain data, rounded so SVG output is deterministic. */

/** Width of every chart's viewBox. Narrow on purpose: text stays legible when a phone scales it down. */
export const CHART_WIDTH = 360;

export interface Tick {
  value: number;
  /** Position along the axis, in viewBox units. */
  position: number;
  label: string;
}

/** A row of the data table that travels with every chart. */
export type TableRow = string[];

export interface ChartTable {
  columns: string[];
  rows: TableRow[];
}

/** Rounds to one decimal: enough for crisp SVG, and stable across machines. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
