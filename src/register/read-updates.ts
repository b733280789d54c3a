// Reads the public log of updates and corrections outside Astro's content layer, so the chart
// registry, data files and feeds can date themselves from it without a collection query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { updateSchema, type UpdateEntry } from '../schemas/update.ts';
import { RegisterError, type RegisterProblem } from './register-error.ts';
import { buildDate } from './read-register.ts';

export const UPDATES_FILE = 'content/updates/log.yaml';

/** Validates every entry; a bad entry, a duplicate id or a date after `today` stops the build. */
export function readUpdates(root: string, today: string = buildDate()): UpdateEntry[] {
  const file = UPDATES_FILE;
  const problems: RegisterProblem[] = [];
  const raw: unknown = parse(readFileSync(join(root, file), 'utf8'));
  if (!Array.isArray(raw)) throw new RegisterError([{ file, message: 'must be a YAML list of entries' }]);
  const entries: UpdateEntry[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const id =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `#${index + 1}`;
    const result = updateSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, entry: id, field: issue.path.map(String).join('.') || undefined, message: issue.message });
      return;
    }
    const entry = result.data;
    if (seen.has(entry.id)) problems.push({ file, entry: id, field: 'id', message: 'is used twice' });
    seen.add(entry.id);
    for (const field of ['date', 'reviewed'] as const) {
      const value = entry[field];
      if (value && value > today) problems.push({ file, entry: id, field, message: `is after today (${today})` });
    }
    if (entry.reviewed && entry.reviewed > entry.date)
      problems.push({ file, entry: id, field: 'reviewed', message: `is after the entry's own date (${entry.date})` });
    entries.push(entry);
  });
  if (problems.length) throw new RegisterError(problems);
  return entries;
}
