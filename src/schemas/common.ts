import { z } from 'zod';

// Editors read these messages: a missing field says so plainly instead of describing types.
z.config({ customError: (issue) => (issue.input === undefined ? 'is required' : undefined) });

/** Ids are kebab-case so they are safe in URLs, anchors and file names. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

const dayPattern = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date at day, month or year precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateSchema = z.string().regex(dayPattern, 'must be a date: YYYY-MM-DD, YYYY-MM or YYYY');

/** A period a number describes: a partial date, a fiscal year (`FY2021`) or a range `start/end`. */
export const periodSchema = z
  .string()
  .regex(
    /^(?:FY\d{4}|\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\/(?:FY\d{4}|\d{4}(?:-\d{2}(?:-\d{2})?)?))?$/,
    'must be a period: YYYY, YYYY-MM, YYYY-MM-DD, FY2021, or a range like 2007/2012',
  );

export const MAX_EXCERPT_WORDS = 30;

/** Counts words the way an editor would: runs of non-space characters, ignoring a lone ellipsis. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0 && word !== '…' && word !== '...').length;
}

/** A verbatim passage that proves an entry; short enough to quote fairly. */
export const excerptSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    const words = countWords(text);
    if (words > MAX_EXCERPT_WORDS)
      ctx.addIssue({ code: 'custom', message: `has ${words} words; at most ${MAX_EXCERPT_WORDS} allowed` });
  });

/** Our own prose: non-empty, trimmed. */
export const proseSchema = z.string().trim().min(1, 'must not be empty');

export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const languageSchema = z.enum(['en', 'es']);

/**
 * Further sources for a figure, quote or series point, each with its own verbatim excerpt: a
 * primary record found after the entry was written, or corroboration. The first `source` stays
 * the one cited on the page; all are listed in the claims file and count for its tier.
 */
export const alsoCitedSchema = z
  .array(z.strictObject({ source: idSchema, excerpt: excerptSchema, location: proseSchema.optional() }))
  .default([]);
