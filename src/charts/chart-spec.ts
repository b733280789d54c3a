import type { BarRowsModel } from './builders/bar-rows.ts';
import type { ChartTable } from './builders/chart-model.ts';
import type { ColumnSeriesModel } from './builders/column-series.ts';
import type { CycleModel } from './builders/cycle.ts';
import type { EffectWindowsModel } from './builders/effect-windows.ts';
import type { LadderModel } from './builders/ladder.ts';
import type { StepLineModel } from './builders/step-line.ts';
import type { TimelineModel } from './builders/timeline-dots.ts';
import type { Locale } from '../i18n/ui.ts';

export type ChartModel =
  | BarRowsModel
  | ColumnSeriesModel
  | CycleModel
  | EffectWindowsModel
  | LadderModel
  | StepLineModel
  | TimelineModel;

/** Everything a page, an embed or a data file needs to show one chart. */
export interface ChartSpec {
  id: string;
  /** The edition whose words the chart is drawn in; its embed, image and data files are that edition's. */
  locale: Locale;
  title: string;
  /** One line saying what the chart shows, in our words. */
  takeaway: string;
  /** A text description for screen readers: what is drawn and what it shows. */
  description: string;
  model: ChartModel;
  table: ChartTable;
  /** Every source id the chart's values rest on. */
  sources: string[];
  /** When there are too many sources for one line: the site page that lists them per item. */
  sourcesPage?: string;
  /** A caveat printed under the chart (disagreeing counts, provisional data). */
  note?: string;
  /** Items resting on tier-3 copies alone, each with why it stays; printed under the chart. */
  weak?: string[];
  /** A key to the marks, e.g. what a dashed outline means. */
  legend?: string;
  /** For charts of dated data: the newest period drawn, printed as "Data through …". */
  dataThrough?: string;
  /**
   * Set on charts that follow the story as it moves (running totals, the timeline): wherever the
   * chart stands alone, as an embed, it also says how far our reporting runs and when it was reviewed.
   */
  tracksStory?: boolean;
  /** For scrolly charts: the steps (1-based) in which each mark id is lit. */
  markSteps?: Record<string, number[]>;
}

/** A chart as a builder makes it, before the registry stamps its edition on it. */
export type ChartDraft = Omit<ChartSpec, 'locale'>;
