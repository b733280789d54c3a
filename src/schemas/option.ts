import { z } from 'zod';
import { excerptSchema, idSchema, proseSchema } from './common.ts';

/** One of the military options reported in November 2024, placed on the escalation ladder. */
export const optionSchema = z.strictObject({
  id: idSchema,
  /** Short name for the chart rung. */
  label: proseSchema,
  /**
   * Rank on the ladder, 1 = smallest US footprint in Mexico and least breach of its sovereignty.
   * An editorial judgement, explained in `footprint`.
   */
  level: z.number().int().min(1),
  /** What the option would involve, in our words. */
  detail: proseSchema,
  /** Why it sits where it does: who would be on Mexican soil, and with or without Mexico's consent. */
  footprint: proseSchema,
  source: idSchema,
  excerpt: excerptSchema,
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
});

export type ReportedOption = z.infer<typeof optionSchema>;
