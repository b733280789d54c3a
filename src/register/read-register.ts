import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  actorSchema,
  eventSchema,
  figureSchema,
  glossarySchema,
  operationStepSchema,
  optionSchema,
  quoteSchema,
  seriesSchema,
  sourceSchema,
} from '../schemas/index.ts';
import { RegisterError, type RegisterProblem } from './register-error.ts';
import { checkRegister, type Register, type Located } from './check-register.ts';

/** Where each collection lives, relative to the project root. */
export const registerLayout = {
  sources: { path: 'seeds', shape: 'file-per-entry' },
  figures: { path: 'content/data/figures', shape: 'list-per-file' },
  series: { path: 'content/data/series', shape: 'file-per-entry' },
  quotes: { path: 'content/data/quotes', shape: 'list-per-file' },
  events: { path: 'content/data/events', shape: 'list-per-file' },
  actors: { path: 'content/data/actors', shape: 'list-per-file' },
  glossary: { path: 'content/data/glossary', shape: 'list-per-file' },
  options: { path: 'content/data/options', shape: 'list-per-file' },
  operation: { path: 'content/data/operation', shape: 'list-per-file' },
} as const;

export type CollectionName = keyof typeof registerLayout;

const schemas = {
  sources: sourceSchema,
  figures: figureSchema,
  series: seriesSchema,
  quotes: quoteSchema,
  events: eventSchema,
  actors: actorSchema,
  glossary: glossarySchema,
  options: optionSchema,
  operation: operationStepSchema,
} satisfies Record<CollectionName, z.ZodType>;

function yamlFiles(absolute: string): string[] {
  let stat;
  try {
    stat = statSync(absolute);
  } catch {
    return [];
  }
  if (stat.isFile()) return [absolute];
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => join(absolute, name));
}

function fieldPath(path: PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join('.') : undefined;
}

function readCollection<K extends CollectionName>(
  root: string,
  name: K,
  problems: RegisterProblem[],
): Located<z.output<(typeof schemas)[K]>>[] {
  const { path, shape } = registerLayout[name];
  const entries: Located<z.output<(typeof schemas)[K]>>[] = [];
  for (const absolute of yamlFiles(join(root, path))) {
    const file = relative(root, absolute);
    let raw: unknown;
    try {
      raw = parse(readFileSync(absolute, 'utf8'));
    } catch (error) {
      problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const items = shape === 'list-per-file' ? raw : [raw];
    if (!Array.isArray(items)) {
      problems.push({ file, message: 'must be a YAML list of entries' });
      continue;
    }
    items.forEach((item, index) => {
      const entryId =
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : `#${index + 1}`;
      const result = schemas[name].safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, entry: entryId, field: fieldPath(issue.path), message: issue.message });
        }
        return;
      }
      if (shape === 'file-per-entry' && !absolute.endsWith(`/${entryId}.yaml`)) {
        problems.push({ file, entry: entryId, field: 'id', message: `must match the file name (${entryId}.yaml)` });
      }
      entries.push({ file, data: result.data as z.output<(typeof schemas)[K]> });
    });
  }
  return entries;
}

/** Today's date in UTC, or BUILD_DATE when set (tests and reproducible builds pin it). */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

/**
 * Reads and validates every collection under `root`; throws a RegisterError listing each problem
 * with its file, entry and field, so a bad entry stops the build with a message an editor can act on.
 */
export function readRegister(root: string, today: string = buildDate()): Register {
  const problems: RegisterProblem[] = [];
  const register: Register = {
    sources: readCollection(root, 'sources', problems),
    figures: readCollection(root, 'figures', problems),
    series: readCollection(root, 'series', problems),
    quotes: readCollection(root, 'quotes', problems),
    events: readCollection(root, 'events', problems),
    actors: readCollection(root, 'actors', problems),
    glossary: readCollection(root, 'glossary', problems),
    options: readCollection(root, 'options', problems),
    operation: readCollection(root, 'operation', problems),
  };
  problems.push(...checkRegister(register, today));
  if (problems.length) throw new RegisterError(problems);
  return register;
}
