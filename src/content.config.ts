// The one gate between content/ + seeds/ and the site: every collection is validated here.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { registerLoader } from './register/register-loader.ts';
import {
  actorSchema,
  eventObject,
  figureSchema,
  glossarySchema,
  operationStepSchema,
  optionSchema,
  quoteObject,
  seriesPointSchema,
  seriesSchema,
  sourceObject,
  updateSchema,
} from './schemas/index.ts';

const sources = defineCollection({
  loader: registerLoader('sources'),
  schema: sourceObject.extend({ republishes: reference('sources').optional() }),
});

const figures = defineCollection({
  loader: registerLoader('figures'),
  schema: figureSchema.extend({ source: reference('sources') }),
});

const series = defineCollection({
  loader: registerLoader('series'),
  schema: seriesSchema.extend({ points: z.array(seriesPointSchema.extend({ source: reference('sources') })) }),
});

const quotes = defineCollection({
  loader: registerLoader('quotes'),
  schema: quoteObject.extend({ source: reference('sources'), speaker: reference('actors') }),
});

const events = defineCollection({
  loader: registerLoader('events'),
  schema: eventObject.extend({ sources: z.array(reference('sources')) }),
});

const actors = defineCollection({
  loader: registerLoader('actors'),
  schema: actorSchema.extend({ sources: z.array(reference('sources')) }),
});

const glossary = defineCollection({
  loader: registerLoader('glossary'),
  schema: glossarySchema.extend({ sources: z.array(reference('sources')) }),
});

const options = defineCollection({
  loader: registerLoader('options'),
  schema: optionSchema.extend({ source: reference('sources') }),
});

const operation = defineCollection({
  loader: registerLoader('operation'),
  schema: operationStepSchema.extend({ source: reference('sources') }),
});

/** Story chapters: MDX prose that draws every fact from the collections above. */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: z.strictObject({
    /** Position on the story page. */
    order: z.number().int().positive(),
    /** Stable anchor on the story page, e.g. `proposals` for `/#proposals`. */
    anchor: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    title: z.string().min(1),
    /** Short label for the chapter navigation. */
    nav: z.string().min(1),
    summary: z.string().min(1),
  }),
});

/** Each other edition's chapters: content/i18n/<locale>/chapters/, one per English chapter. */
const chapterEditions = defineCollection({
  loader: glob({ pattern: '*/chapters/*.mdx', base: './content/i18n' }),
  schema: z.strictObject({
    /** The English chapter this one renders (its file name without .mdx). */
    renders: reference('chapters'),
    title: z.string().min(1),
    nav: z.string().min(1),
    summary: z.string().min(1),
  }),
});

/** The public log of updates and corrections, shown on the about page. */
const updates = defineCollection({
  loader: file('content/updates/log.yaml'),
  schema: updateSchema,
});

export const collections = {
  sources,
  figures,
  series,
  quotes,
  events,
  actors,
  glossary,
  options,
  operation,
  chapters,
  chapterEditions,
  updates,
};
