import { scaleBand } from 'd3-scale';
import { CHART_WIDTH, round } from './chart-model.ts';

export interface CycleInput {
  id: string;
  label: string;
}

export interface CycleNode extends CycleInput {
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CycleModel {
  kind: 'cycle';
  width: number;
  height: number;
  nodes: CycleNode[];
  /** Arrows between consecutive stages, as SVG path data. */
  arrows: string[];
  /** The arrow from the last stage back to the first: the "next target". */
  loop: string;
}

/**
 * A cycle drawn as a column of stages with arrows down and one loop back up the right side:
 * it reads top to bottom on a phone and still shows that the process repeats.
 */
export function buildCycle(stages: CycleInput[], options: { width?: number; nodeHeight?: number } = {}): CycleModel {
  const { width = CHART_WIDTH, nodeHeight = 44 } = options;
  if (stages.length < 2) throw new Error('buildCycle: needs at least two stages');
  const height = stages.length * nodeHeight * 1.5;
  const y = scaleBand<string>()
    .domain(stages.map((stage) => stage.id))
    .range([0, height])
    .paddingInner(0.5);
  const nodeWidth = width - 48;
  const nodes = stages.map((stage, i) => ({
    ...stage,
    order: i + 1,
    x: 0,
    y: round(y(stage.id) ?? 0),
    width: nodeWidth,
    height: round(y.bandwidth()),
  }));
  const mid = round(nodeWidth / 2);
  const arrows = nodes
    .slice(1)
    .map((node, i) => `M${mid},${round(nodes[i]!.y + nodes[i]!.height)}V${round(node.y - 2)}`);
  const first = nodes[0]!;
  const last = nodes.at(-1)!;
  const right = round(nodeWidth + 24);
  const loop = `M${nodeWidth},${round(last.y + last.height / 2)}H${right}V${round(first.y + first.height / 2)}H${round(nodeWidth + 2)}`;
  return { kind: 'cycle', width, height: round(height), nodes, arrows, loop };
}
