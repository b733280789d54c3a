import { z } from 'zod';
import { idSchema, proseSchema } from './common.ts';

/** A term readers may not know, defined in our words. */
export const glossarySchema = z.strictObject({
  id: idSchema,
  term: proseSchema,
  expansion: proseSchema.optional(),
  definition: proseSchema,
  /** Other forms the story uses ("special-forces raids"); each counts as a use of the term. */
  aliases: z.array(proseSchema).default([]),
  sources: z.array(idSchema).default([]),
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
