import { scaleBand, scaleLinear } from 'd3-scale';
import { CHART_WIDTH, round } from './chart-model.ts';

export interface RungInput {
  id: string;
  label: string;
}

export interface Rung extends RungInput {
  /** 1 = smallest US footprint in Mexico. */
  level: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LadderModel {
  kind: 'ladder';
  width: number;
  height: number;
  rungs: Rung[];
}

/**
 * A staircase: each rung wider than the one before, from the least to the most intrusive
 * option. The order is an editorial judgement made in the data, not computed here.
 */
export function buildLadder(rungs: RungInput[], options: { width?: number; rungHeight?: number } = {}): LadderModel {
  const { width = CHART_WIDTH, rungHeight = 40 } = options;
  if (rungs.length === 0) throw new Error('buildLadder: needs at least one rung');
  const height = rungs.length * rungHeight;
  // Most intrusive at the top, like a ladder one climbs.
  const y = scaleBand<string>()
    .domain(rungs.map((rung) => rung.id).reverse())
    .range([0, height])
    .paddingInner(0.15);
  const w = scaleLinear()
    .domain([1, rungs.length])
    .range([width * 0.6, width]);
  return {
    kind: 'ladder',
    width,
    height,
    rungs: rungs.map((rung, i) => ({
      ...rung,
      level: i + 1,
      x: 0,
      y: round(y(rung.id) ?? 0),
      width: round(w(i + 1)),
      height: round(y.bandwidth()),
    })),
  };
}
