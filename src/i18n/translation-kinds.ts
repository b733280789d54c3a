// What a translation of each register kind may carry: our words only. Facts (ids, dates, values,
// sources, excerpts) live once, on the English entry, so every edition shows the same facts.
import { z } from 'zod';
import { idSchema, periodSchema, proseSchema } from '../schemas/common.ts';
import type { Located, Register } from '../register/check-register.ts';
import type { UpdateEntry } from '../schemas/update.ts';

/** Register kinds whose entries carry prose that each edition writes in its own words. */
export const translatedKinds = [
  'glossary',
  'events',
  'figures',
  'options',
  'operation',
  'series',
  'actors',
  'quotes',
  'updates',
  'sources',
] as const;
export type TranslatedKind = (typeof translatedKinds)[number];

/** The English entries translations render: the register, and the about page's log of updates. */
export type TranslatableRegister = Register & { updates: Located<UpdateEntry>[] };

const renders = { renders: idSchema };
const optionalProse = proseSchema.optional();

export const translationSchemas = {
  glossary: z.strictObject({
    ...renders,
    term: proseSchema,
    expansion: optionalProse,
    definition: proseSchema,
    aliases: z.array(proseSchema).default([]),
    weak_sourcing: optionalProse,
  }),
  events: z.strictObject({ ...renders, title: proseSchema, summary: proseSchema, weak_sourcing: optionalProse }),
  figures: z.strictObject({
    ...renders,
    label: proseSchema,
    unit: proseSchema,
    measure: optionalProse,
    location: optionalProse,
    weak_sourcing: optionalProse,
  }),
  options: z.strictObject({
    ...renders,
    label: proseSchema,
    detail: proseSchema,
    footprint: proseSchema,
    weak_sourcing: optionalProse,
  }),
  operation: z.strictObject({ ...renders, label: proseSchema, detail: proseSchema, weak_sourcing: optionalProse }),
  series: z.strictObject({
    ...renders,
    title: proseSchema,
    unit: proseSchema,
    measure: proseSchema,
    notes: optionalProse,
    location: optionalProse,
    weak_sourcing: optionalProse,
    points: z.array(z.strictObject({ period: periodSchema, weak_sourcing: proseSchema })).default([]),
  }),
  actors: z.strictObject({ ...renders, role: proseSchema, name: optionalProse }),
  quotes: z.strictObject({
    ...renders,
    role: proseSchema,
    context: optionalProse,
    /** Our rendering of words spoken in another language than this edition's. */
    translation: optionalProse,
    weak_sourcing: optionalProse,
  }),
  updates: z.strictObject({ ...renders, text: proseSchema }),
  sources: z.strictObject({
    ...renders,
    sourcing: proseSchema,
    notes: optionalProse,
    undated_reason: optionalProse,
    /** Only where the English outlet carries our description of it ("repost of Rolling Stone text"). */
    outlet: optionalProse,
  }),
} satisfies Record<TranslatedKind, z.ZodType>;

export type Translation<K extends TranslatedKind> = z.output<(typeof translationSchemas)[K]>;

/**
 * Optional fields a translation has exactly when the English entry has them: a missing one would
 * show English on a translated page, an extra one would say something the English does not.
 */
export const mirroredFields: { [K in TranslatedKind]: (keyof Translation<K> & string)[] } = {
  glossary: ['expansion', 'weak_sourcing'],
  events: ['weak_sourcing'],
  figures: ['measure', 'location', 'weak_sourcing'],
  options: ['weak_sourcing'],
  operation: ['weak_sourcing'],
  series: ['notes', 'location', 'weak_sourcing'],
  actors: [],
  quotes: ['context', 'weak_sourcing'],
  updates: [],
  sources: ['notes', 'undated_reason'],
};

export type RegisterEntry<K extends TranslatedKind> = TranslatableRegister[K][number]['data'];
