import { z } from 'zod';
import { figureQualifiers } from './figure.ts';
import { alsoCitedSchema, excerptSchema, idSchema, periodSchema, proseSchema } from './common.ts';

export const pointStatuses = ['final', 'preliminary', 'provisional'] as const;

/** One sourced value of a chart series. */
export const seriesPointSchema = z.strictObject({
  period: periodSchema,
  value: z.number({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number (not a string)'),
  }),
  status: z.enum(pointStatuses),
  /** The hedge the source puts on the value ("at least 66"); printed with it in tables. */
  qualifier: z.enum(figureQualifiers).optional(),
  source: idSchema,
  excerpt: excerptSchema,
  location: proseSchema.optional(),
  /** Further sources, each with its own excerpt (see `alsoCitedSchema`). */
  also_cited: alsoCitedSchema,
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
  /** Other counts that sources give for the same period; the chart says so next to it. */
  disagreements: z
    .array(
      z.strictObject({
        value: z.number(),
        qualifier: z.enum(figureQualifiers).optional(),
        source: idSchema,
        excerpt: excerptSchema,
      }),
    )
    .default([]),
});

/** A chart series: every point carries its own source. */
export const seriesSchema = z.strictObject({
  id: idSchema,
  title: proseSchema,
  unit: proseSchema,
  measure: proseSchema,
  points: z.array(seriesPointSchema).min(1, 'needs at least one point'),
  notes: proseSchema.optional(),
});

export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type Series = z.infer<typeof seriesSchema>;
