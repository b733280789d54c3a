// The part of the schema.org vocabulary the site's JSON-LD uses: for each type, the properties
// schema.org defines on it (directly or inherited from Thing, CreativeWork, Article, MediaObject)
// that we emit, and the kinds of value schema.org expects for each. A property or value outside
// this list is an error, so a typo ("datePublised") or a wrong type cannot ship unnoticed.

type Range = 'Text' | 'URL' | 'Date' | 'Boolean' | 'TemporalCoverage' | `@${string}`;

interface TypeSpec {
  properties: Record<string, Range[]>;
  /** Properties search engines require for the rich result. */
  required: string[];
}

const thing = { name: ['Text'], description: ['Text'], url: ['URL'] } satisfies Record<string, Range[]>;
const creativeWork = {
  ...thing,
  author: ['@Organization', '@Person'],
  publisher: ['@Organization', '@Person'],
  creator: ['@Organization', '@Person'],
  datePublished: ['Date'],
  dateModified: ['Date'],
  inLanguage: ['Text'],
  isAccessibleForFree: ['Boolean'],
  license: ['URL', '@CreativeWork'],
  citation: ['@CreativeWork', 'Text'],
  image: ['URL', '@ImageObject'],
  mainEntityOfPage: ['URL', '@CreativeWork'],
  temporalCoverage: ['TemporalCoverage', 'URL'],
  headline: ['Text'],
} satisfies Record<string, Range[]>;

export const schemaTypes: Record<string, TypeSpec> = {
  NewsArticle: {
    properties: creativeWork,
    required: ['headline', 'datePublished', 'dateModified', 'publisher', 'image'],
  },
  Dataset: {
    properties: { ...creativeWork, distribution: ['@DataDownload'] },
    required: ['name', 'description', 'distribution', 'license'],
  },
  DataDownload: {
    properties: { ...creativeWork, contentUrl: ['URL'], encodingFormat: ['Text', 'URL'] },
    required: ['contentUrl', 'encodingFormat'],
  },
  CreativeWork: { properties: creativeWork, required: ['name'] },
  Organization: { properties: thing, required: ['name'] },
};

const isDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value));
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
// ISO 8601 interval, open start allowed: "../2026-05-28", "2025-09/2026-05".
const isInterval = (value: unknown) =>
  typeof value === 'string' && value.split('/').length === 2 && value.split('/').every((part) => part === '..' || isDate(part));

function matches(value: unknown, range: Range, path: string, problems: string[]): boolean {
  if (range.startsWith('@')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    if ((value as { '@type'?: unknown })['@type'] !== range.slice(1)) return false;
    problems.push(...validateNode(value as Record<string, unknown>, path));
    return true;
  }
  switch (range) {
    case 'Text':
      return typeof value === 'string' && value.trim().length > 0;
    case 'URL':
      return isUrl(value);
    case 'Date':
      return isDate(value);
    case 'Boolean':
      return typeof value === 'boolean';
    case 'TemporalCoverage':
      return isDate(value) || isInterval(value);
  }
  return false;
}

/** Every problem in one JSON-LD node and its children, each with its path. */
export function validateNode(node: Record<string, unknown>, path = '$'): string[] {
  const problems: string[] = [];
  const type = node['@type'];
  const spec = typeof type === 'string' ? schemaTypes[type] : undefined;
  if (!spec) return [`${path}: unknown or missing @type ${JSON.stringify(type)}`];
  for (const required of spec.required)
    if (!(required in node)) problems.push(`${path}: ${type} is missing "${required}"`);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type') continue;
    if (key === '@context') {
      if (path !== '$' || value !== 'https://schema.org') problems.push(`${path}: @context must be https://schema.org at the top`);
      continue;
    }
    const ranges = spec.properties[key];
    if (!ranges) {
      problems.push(`${path}: "${key}" is not a schema.org property of ${type} used here`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) problems.push(`${path}.${key}: is empty`);
    values.forEach((item, index) => {
      const at = Array.isArray(value) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      const nested: string[] = [];
      if (!ranges.some((range) => matches(item, range, at, nested)))
        problems.push(`${at}: ${JSON.stringify(item)} is not one of ${ranges.join(', ')}`);
      problems.push(...nested);
    });
  }
  return problems;
}

/** The JSON-LD blocks in an HTML page, parsed. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}
