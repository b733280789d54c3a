import { z } from 'zod';
import { confidenceSchema, excerptSchema, idSchema, partialDateSchema, proseSchema } from './common.ts';

export const eventCategories = ['proposal', 'statement', 'policy', 'military', 'diplomacy', 'violence', 'law'] as const;
export const datePrecisions = ['day', 'month', 'year'] as const;

const precisionOf = (date: string): (typeof datePrecisions)[number] =>
  date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';

/** The event's fields; `eventSchema` adds the rule that ties date and precision. */
export const eventObject = z.strictObject({
  id: idSchema,
  date: partialDateSchema,
  precision: z.enum(datePrecisions),
  category: z.enum(eventCategories),
  title: proseSchema,
  /** One sentence, in our words. */
  summary: proseSchema,
  sources: z.array(idSchema).min(1, 'needs at least one source id'),
  excerpt: excerptSchema,
  confidence: confidenceSchema.exclude(['low']),
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
});

export const eventSchema = eventObject.superRefine((event, ctx) => {
  if (precisionOf(event.date) !== event.precision) {
    ctx.addIssue({
      code: 'custom',
      path: ['precision'],
      message: `is "${event.precision}" but the date "${event.date}" is given to the ${precisionOf(event.date)}`,
    });
  }
});

export type TimelineEvent = z.infer<typeof eventSchema>;
