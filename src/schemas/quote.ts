import { z } from 'zod';
import { alsoCitedSchema, excerptSchema, idSchema, languageSchema, partialDateSchema, proseSchema } from './common.ts';

/** The quote's fields; `quoteSchema` adds the rule that ties them together. */
export const quoteObject = z.strictObject({
  id: idSchema,
  /** An actor id; anonymous sources are actors of kind `anonymous`. */
  speaker: idSchema,
  /** The speaker's role on the date. */
  role: proseSchema,
  date: partialDateSchema,
  spoken_language: languageSchema,
  /** Exactly as the source prints it. */
  text: proseSchema,
  text_language: languageSchema,
  /** Who rendered `text` when it is not in the language spoken. */
  translated_by: proseSchema.optional(),
  /** An English rendering of a text in another language, with who made it. */
  translation: z.strictObject({ text: proseSchema, by: proseSchema }).optional(),
  /** Where and why it was said, in our words. */
  context: proseSchema.optional(),
  source: idSchema,
  excerpt: excerptSchema,
  /** Further sources, each with its own excerpt (see `alsoCitedSchema`). */
  also_cited: alsoCitedSchema,
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
});

export const quoteSchema = quoteObject.superRefine((quote, ctx) => {
  if (quote.text_language !== quote.spoken_language && !quote.translated_by) {
    ctx.addIssue({
      code: 'custom',
      path: ['translated_by'],
      message: `is required: the text is in "${quote.text_language}" but was spoken in "${quote.spoken_language}"`,
    });
  }
});

export type Quote = z.infer<typeof quoteSchema>;
