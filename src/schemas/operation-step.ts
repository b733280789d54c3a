import { z } from 'zod';
import { excerptSchema, idSchema, proseSchema } from './common.ts';

/** One stage of the raid cycle that a former special operator described to Rolling Stone. */
export const operationStepSchema = z.strictObject({
  id: idSchema,
  /** Position in the cycle, from 1. */
  order: z.number().int().min(1),
  /** A few words for the diagram. */
  label: proseSchema,
  /** What happens at this stage, in our words. */
  detail: proseSchema,
  source: idSchema,
  excerpt: excerptSchema,
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
});

export type OperationStep = z.infer<typeof operationStepSchema>;
