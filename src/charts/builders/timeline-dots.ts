import { extent } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { CHART_WIDTH, round, type Tick } from './chart-model.ts';
import { partialDateToUtc } from './date-utils.ts';

export interface TimelineInput {
  id: string;
  date: string;
  lane: string;
  title: string;
}

export interface TimelineDot extends TimelineInput {
  cx: number;
  cy: number;
}

/** A year tick; its label starts at the line and reads into the year, unless that would run past the plot. */
export interface YearTick extends Tick {
  anchor: 'start' | 'end';
}

/** Room a four-digit year label takes at the axis font size, in viewBox units. */
const YEAR_LABEL_WIDTH = 30;

export interface TimelineModel {
  kind: 'timeline-dots';
  width: number;
  height: number;
  lanes: { name: string; y: number }[];
  dots: TimelineDot[];
  xTicks: YearTick[];
  plot: { left: number; right: number; top: number; bottom: number };
}

export interface TimelineOptions {
  width?: number;
  laneHeight?: number;
  /** Lane order, top to bottom; every input lane must be listed. */
  lanes: readonly string[];
  formatYear?: (date: Date) => string;
}

/** Events as dots on a time axis, one lane per category; a tick at each new year. */
export function buildTimelineDots(events: TimelineInput[], options: TimelineOptions): TimelineModel {
  const { width = CHART_WIDTH, laneHeight = 26, lanes, formatYear = (d) => String(d.getUTCFullYear()) } = options;
  if (events.length === 0) throw new Error('buildTimelineDots: needs at least one event');
  const usedLanes = lanes.filter((lane) => events.some((event) => event.lane === lane));
  for (const event of events) {
    if (!lanes.includes(event.lane))
      throw new Error(`buildTimelineDots: event "${event.id}" has unknown lane "${event.lane}"`);
  }
  const plot = { left: 8, right: width - 8, top: 22, bottom: 22 + usedLanes.length * laneHeight };
  const [start, end] = extent(events, (event) => partialDateToUtc(event.date)) as [Date, Date];
  const x = scaleUtc()
    .domain([utcMonth.floor(start), utcMonth.ceil(new Date(end.getTime() + 1))])
    .range([plot.left, plot.right]);
  const laneY = new Map(usedLanes.map((lane, i) => [lane, round(plot.top + laneHeight * (i + 0.5))]));
  const dots = events.map((event) => ({
    ...event,
    cx: round(x(partialDateToUtc(event.date))),
    cy: laneY.get(event.lane)!,
  }));
  const xTicks = x
    .ticks(utcYear.every(1)!)
    .map((date): YearTick => {
      const position = round(x(date));
      const anchor = position + YEAR_LABEL_WIDTH > plot.right ? 'end' : 'start';
      return { value: date.getTime(), position, label: formatYear(date), anchor };
    });
  return {
    kind: 'timeline-dots',
    width,
    height: round(plot.bottom + 20),
    lanes: usedLanes.map((name) => ({ name, y: laneY.get(name)! })),
    dots,
    xTicks,
    plot,
  };
}
