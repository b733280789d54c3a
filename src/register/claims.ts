// The public claims file: every figure, quote and timeline event a reader sees, with where it
// appears and what it rests on, so a standards desk can check the site without reading the pages.
import type { Register } from './check-register.ts';
import type { Source } from '../schemas/index.ts';
import { formatFigureValue } from '../lib/format-figure.ts';
import { formatPartialDate } from '../lib/format-date.ts';
import { useTranslations, type UiKey } from '../i18n/ui.ts';

export interface ClaimSource {
  id: string;
  tier: 1 | 2 | 3;
  outlet: string;
  url: string | null;
  published: string | null;
  /** The verbatim passage that proves the claim, for the source it was copied from. */
  excerpt: string | null;
}

export interface Claim {
  kind: 'figure' | 'quote' | 'event';
  id: string;
  /** The claim as the page prints it. */
  text: string;
  /** Where it appears: a site path relative to the base, and the anchor of its section (null: top of page). */
  appears: { page: string; anchor: string | null }[];
  /** The date or period it describes. */
  as_of: string;
  sources: ClaimSource[];
  weak_sourcing: string | null;
}

/** Which figures and quotes each part of the story shows, as anchors (null for the key points). */
export interface StoryUsage {
  figures: Map<string, (string | null)[]>;
  quotes: Map<string, (string | null)[]>;
}

const STORY = '';
const TIMELINE = 'timeline/';

export function buildClaims(register: Register, usage: StoryUsage, locale = 'en'): Claim[] {
  const t = useTranslations(locale);
  const sources = new Map(register.sources.map(({ data }) => [data.id, data]));
  const cite = (id: string, excerpt: string | null): ClaimSource => {
    const source = sources.get(id) as Source;
    return {
      id,
      tier: source.tier,
      outlet: source.outlet,
      url: source.url ?? null,
      published: source.published ?? null,
      excerpt,
    };
  };
  const at = (anchors: (string | null)[]) => anchors.map((anchor) => ({ page: STORY, anchor }));
  const claims: Claim[] = [];
  for (const { data } of register.figures) {
    const anchors = usage.figures.get(data.id);
    if (!anchors) continue;
    const qualifier = data.qualifier ? `${t(`qualifier.${data.qualifier}` as UiKey)} ` : '';
    claims.push({
      kind: 'figure',
      id: data.id,
      text: `${qualifier}${formatFigureValue(data, locale)}`,
      appears: at(anchors),
      as_of: data.as_of,
      sources: [cite(data.source, data.excerpt), ...data.also_cited.map((c) => cite(c.source, c.excerpt))],
      weak_sourcing: data.weak_sourcing ?? null,
    });
  }
  for (const { data } of register.quotes) {
    const anchors = usage.quotes.get(data.id);
    if (!anchors) continue;
    claims.push({
      kind: 'quote',
      id: data.id,
      text: data.text,
      appears: at(anchors),
      as_of: data.date,
      sources: [cite(data.source, data.excerpt), ...data.also_cited.map((c) => cite(c.source, c.excerpt))],
      weak_sourcing: data.weak_sourcing ?? null,
    });
  }
  // The timeline page shows every event; the excerpt was copied from the first source.
  for (const { data } of register.events) {
    claims.push({
      kind: 'event',
      id: data.id,
      text: `${formatPartialDate(data.date, locale)}: ${data.title}`,
      appears: [{ page: TIMELINE, anchor: data.id }],
      as_of: data.date,
      sources: data.sources.map((id, i) => cite(id, i === 0 ? data.excerpt : null)),
      weak_sourcing: data.weak_sourcing ?? null,
    });
  }
  return claims;
}

/** The strongest tier among a claim's sources (1 is strongest). */
export function bestTier(claim: Pick<Claim, 'sources'>): 1 | 2 | 3 {
  return Math.min(...claim.sources.map((source) => source.tier)) as 1 | 2 | 3;
}
