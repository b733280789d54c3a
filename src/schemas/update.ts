import { z } from 'zod';
import { idSchema, proseSchema } from './common.ts';

export const updateKinds = ['update', 'correction'] as const;

/** One entry of the public log of updates and corrections (content/updates/log.yaml). */
export const updateSchema = z.strictObject({
  id: idSchema,
  /** The day of the change: a log entry is dated to the day. */
  date: z.iso.date(),
  kind: z.enum(updateKinds),
  /** What changed, in one or two sentences. */
  text: proseSchema,
  /**
   * Set when this entry closes a review of the whole story: the day the editors last searched for
   * newer coverage. The newest `reviewed` date is what the site prints as "reviewed".
   */
  reviewed: z.iso.date().optional(),
});

export type UpdateEntry = z.infer<typeof updateSchema>;
