// Each chart's words per edition: content/charts/text.yaml in the default language, and
// content/i18n/<locale>/charts.yaml in each other one. The registry fills their {placeholders}
// from the data, so a count or a date is never typed in any language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { idSchema, proseSchema } from '../schemas/common.ts';
import { RegisterError, type RegisterProblem } from '../register/register-error.ts';
import { defaultLocale, locales, type Locale } from '../i18n/ui.ts';

const words = z.record(idSchema, proseSchema);

const chartTextSchema = z.strictObject({
  title: proseSchema.optional(),
  takeaway: proseSchema,
  description: proseSchema,
  note: proseSchema.optional(),
  legend: proseSchema.optional(),
  /** The axis title, where the chart draws one. */
  axis: proseSchema.optional(),
  /** The data table's column headings, where they are the chart's own. */
  columns: z.array(proseSchema).optional(),
  /** Row labels by register id, for charts that label the entries they draw. */
  labels: words.optional(),
  /** A few words after a row's finding, by register id. */
  after: words.optional(),
});
export type ChartText = z.output<typeof chartTextSchema>;

const englishEntry = chartTextSchema.extend({ id: idSchema });
const translatedEntry = chartTextSchema.extend({ renders: idSchema });

export const chartTextFile = (locale: Locale) =>
  locale === defaultLocale ? 'content/charts/text.yaml' : `content/i18n/${locale}/charts.yaml`;

const placeholders = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map(([, name]) => name!).sort();
const fieldPath = (path: PropertyKey[]) => (path.length ? path.map(String).join('.') : undefined);

/** What must be the same in every edition: the fields given, the keys of each map, the placeholders. */
function shape(text: ChartText): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, value] of Object.entries(text)) {
    if (value === undefined) continue;
    if (typeof value === 'string') out[field] = placeholders(value).join(',');
    else if (Array.isArray(value)) out[field] = `${value.length} columns`;
    else out[field] = Object.keys(value).sort().join(',');
  }
  return out;
}

function readFile(root: string, locale: Locale, problems: RegisterProblem[]): Map<string, ChartText> | undefined {
  const file = chartTextFile(locale);
  if (!existsSync(join(root, file))) {
    if (locale === defaultLocale) problems.push({ file, message: 'is missing: every chart needs its words' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return new Map();
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, message: 'must be a YAML list of charts' });
    return new Map();
  }
  const schema = locale === defaultLocale ? englishEntry : translatedEntry;
  const found = new Map<string, ChartText>();
  raw.forEach((item: unknown, index) => {
    const named = item as { id?: unknown; renders?: unknown } | null;
    const key = locale === defaultLocale ? named?.id : named?.renders;
    const entry = typeof key === 'string' ? key : `#${index + 1}`;
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, entry, field: fieldPath(issue.path), message: issue.message });
      return;
    }
    if (found.has(entry)) problems.push({ file, entry, message: 'appears twice' });
    const { id: _id, renders: _renders, ...text } = result.data as ChartText & { id?: string; renders?: string };
    found.set(entry, text);
  });
  return found;
}

/**
 * Reads the words of every edition's charts and checks each other edition against the default
 * one: the same charts, fields, row keys and placeholders, so no chart falls back to English.
 */
export function readChartText(root: string): Map<Locale, Map<string, ChartText>> {
  const problems: RegisterProblem[] = [];
  const byLocale = new Map<Locale, Map<string, ChartText>>();
  const english = readFile(root, defaultLocale, problems) ?? new Map<string, ChartText>();
  byLocale.set(defaultLocale, english);
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const text = readFile(root, locale, problems);
    if (!text) continue;
    const file = chartTextFile(locale);
    for (const [id, theirs] of english) {
      const ours = text.get(id);
      if (!ours) {
        problems.push({ file, entry: id, message: `has no ${locale} words for this chart` });
        continue;
      }
      const [want, have] = [shape(theirs), shape(ours)];
      for (const field of new Set([...Object.keys(want), ...Object.keys(have)])) {
        if (want[field] === have[field]) continue;
        const message =
          want[field] === undefined
            ? 'is not in the English words of this chart'
            : have[field] === undefined
              ? 'is missing: the English words have it'
              : `must use the same placeholders or keys as the English (${want[field] || 'none'}), not ${have[field] || 'none'}`;
        problems.push({ file, entry: id, field, message });
      }
    }
    for (const id of text.keys())
      if (!english.has(id))
        problems.push({ file, entry: id, field: 'renders', message: 'names no chart in content/charts/text.yaml' });
    byLocale.set(locale, text);
  }
  if (problems.length) throw new RegisterError(problems);
  return byLocale;
}

/** Fills `{name}` placeholders; a name with no value is a mistake in the words, named here. */
export function fill(template: string, values: Record<string, string | number>, where: string): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    if (!(name in values))
      throw new Error(`${where}: no value for {${name}} (known: ${Object.keys(values).join(', ')})`);
    return String(values[name]);
  });
}
