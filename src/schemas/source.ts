import { z } from 'zod';
import { confidenceSchema, idSchema, languageSchema, partialDateSchema, proseSchema } from './common.ts';

/**
 * Source strength, as a standards desk would grade it:
 * 1 — primary: the body that produced the figure or document, the speaker's own published words,
 *     a court record, the research itself, or the outlet whose own reporting it is;
 * 2 — an established news organisation or research institute reporting or analysing it itself;
 * 3 — republications, mirrors, aggregators, blogs, SEO and social-media pages: corroboration only.
 */
export const sourceTiers = [1, 2, 3] as const;
export const sourceTierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const sourceKinds = ['reporting', 'analysis', 'opinion', 'research', 'official', 'data', 'transcript'] as const;

/** The source's fields; `sourceSchema` adds the rule that ties the date fields together. */
export const sourceObject = z.strictObject({
  /** Equals the file name without `.yaml`. */
  id: idSchema,
  /** The outlet or body that published it, as it names itself. */
  outlet: proseSchema,
  title: proseSchema,
  /** Bylines as printed; empty when none was seen. */
  authors: z.array(proseSchema).default([]),
  /** Publication date at the precision we could verify. */
  published: partialDateSchema.optional(),
  /** Set when no publication date could be verified; citations then print "n.d.". */
  undated: z.literal(true).optional(),
  /** Why there is no date (what the copy we read shows, what the date can be inferred to be). */
  undated_reason: proseSchema.optional(),
  /** Omitted only for an original we could not retrieve; such a source cannot be cited directly. */
  url: z.url({ error: 'must be a full URL (https://...)' }).optional(),
  kind: z.enum(sourceKinds),
  language: languageSchema,
  /** Source strength (see `sourceTiers`). */
  tier: sourceTierSchema,
  /** How much weight the copy we read can bear. */
  confidence: confidenceSchema,
  /** How the source knows what it says: named officials, anonymous sources, documents, a mirror. */
  sourcing: proseSchema,
  /** The registered original this page mirrors, summarises or translates. */
  republishes: idSchema.optional(),
  notes: proseSchema.optional(),
});

/** One record of the source register: a page or document the site relies on. */
export const sourceSchema = sourceObject.superRefine((source, ctx) => {
  if (source.published && source.undated)
    ctx.addIssue({ code: 'custom', path: ['undated'], message: 'must not be set on a source with a published date' });
  if (!source.published && !source.undated)
    ctx.addIssue({
      code: 'custom',
      path: ['published'],
      message: 'is required, or set `undated: true` with an `undated_reason`',
    });
  if (source.undated && !source.undated_reason)
    ctx.addIssue({ code: 'custom', path: ['undated_reason'], message: 'is required when `undated` is set' });
  if (!source.undated && source.undated_reason)
    ctx.addIssue({ code: 'custom', path: ['undated_reason'], message: 'belongs only on a source with `undated: true`' });
});

export type Source = z.infer<typeof sourceSchema>;

/** What a tier-3 source is, for citations ("repost of Rolling Stone text"); kept short. */
export const tierLabels = { 1: 'primary', 2: 'established outlet', 3: 'corroboration only' } as const;
