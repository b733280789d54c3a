import { z } from 'zod';
import { idSchema, partialDateSchema, proseSchema } from './common.ts';

/** A person, organisation or anonymous source the story names. */
export const actorSchema = z.strictObject({
  id: idSchema,
  name: proseSchema,
  kind: z.enum(['person', 'organisation', 'anonymous']),
  role: proseSchema,
  /** When the role applies from, or the date it was reported. */
  as_of: partialDateSchema,
  sources: z.array(idSchema).min(1, 'needs at least one source id'),
});

export type Actor = z.infer<typeof actorSchema>;
