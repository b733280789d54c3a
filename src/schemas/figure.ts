import { z } from 'zod';
import { alsoCitedSchema, excerptSchema, idSchema, periodSchema, proseSchema } from './common.ts';

export const figureFormats = ['number', 'percent', 'usd'] as const;
export const figureQualifiers = ['about', 'more-than', 'at-least', 'nearly', 'up-to'] as const;
export const figureStatuses = ['final', 'preliminary', 'provisional', 'estimate', 'claim'] as const;
/** How the period of an estimated effect ends: see `windowSchema`. */
export const windowEnds = ['window', 'ended', 'lasting'] as const;

/**
 * The months after an event that an estimated effect covers. `window`: the estimate covers only
 * those months; `ended`: the effect ended then; `lasting`: it lasted at least that long. The period
 * is a claim like the number, so `proof` quotes the words of the excerpt that state it (checked
 * in check-register.ts).
 */
const windowSchema = z.strictObject({
  months: z.number().int().positive(),
  end: z.enum(windowEnds),
  proof: proseSchema,
});

/** A single cited number. */
export const figureSchema = z.strictObject({
  id: idSchema,
  /** What exactly is measured, in a few words. */
  label: proseSchema,
  value: z.number({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number (not a string)'),
  }),
  unit: proseSchema,
  /** How to print the value. */
  format: z.enum(figureFormats).default('number'),
  qualifier: z.enum(figureQualifiers).optional(),
  /** `claim` marks a number someone asserted that the site does not endorse. */
  status: z.enum(figureStatuses).optional(),
  /** The date or period the number describes. */
  as_of: periodSchema,
  /** Definition and caveats, in our words. */
  measure: proseSchema.optional(),
  source: idSchema,
  excerpt: excerptSchema,
  /** Where in the source the excerpt stands. */
  location: proseSchema.optional(),
  /** Further sources, each with its own excerpt (see `alsoCitedSchema`). */
  also_cited: alsoCitedSchema,
  /** Set when every source is tier 3: why the claim stays, shown to readers next to it. */
  weak_sourcing: proseSchema.optional(),
  /** Figures that count the same thing differently; the site shows them together. */
  disagrees_with: z.array(idSchema).default([]),
  /** For an estimated effect: the months it covers after the event (see `windowSchema`). */
  window: windowSchema.optional(),
});

export type Figure = z.infer<typeof figureSchema>;
