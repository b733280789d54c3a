import type { Register } from './check-register.ts';
import type { ChapterUsage } from './chapter-usage.ts';

/** A place on the site that relies on a source. */
export interface Backlink {
  kind: 'figure' | 'quote' | 'event' | 'series' | 'actor' | 'glossary' | 'option' | 'operation';
  id: string;
  label: string;
  /** Site path (relative to the base) where it appears; absent when it is registered but not shown. */
  path?: string;
}

/** Maps each source id to everything on the site that cites it. */
export function sourceBacklinks(register: Register, usage: ChapterUsage): Map<string, Backlink[]> {
  const links = new Map<string, Backlink[]>();
  const add = (sourceId: string, link: Backlink) => links.set(sourceId, [...(links.get(sourceId) ?? []), link]);
  const inStory = (anchors: string[] | undefined) => (anchors?.[0] ? `#${anchors[0]}` : undefined);

  for (const { data } of register.figures) {
    const path = inStory(usage.figures.get(data.id));
    for (const source of new Set([data.source, ...data.also_cited.map((c) => c.source)]))
      add(source, { kind: 'figure', id: data.id, label: data.label, ...(path ? { path } : {}) });
  }
  for (const { data } of register.quotes) {
    const path = inStory(usage.quotes.get(data.id));
    for (const source of new Set([data.source, ...data.also_cited.map((c) => c.source)]))
      add(source, { kind: 'quote', id: data.id, label: data.text, ...(path ? { path } : {}) });
  }
  for (const { data } of register.events) {
    for (const source of data.sources)
      add(source, { kind: 'event', id: data.id, label: data.title, path: `timeline/#${data.id}` });
  }
  for (const { data } of register.series) {
    const cited = new Set(
      data.points.flatMap((point) => [
        point.source,
        ...point.also_cited.map((c) => c.source),
        ...point.disagreements.map((d) => d.source),
      ]),
    );
    for (const source of cited) add(source, { kind: 'series', id: data.id, label: data.title });
  }
  for (const { data } of register.actors) {
    for (const source of data.sources) add(source, { kind: 'actor', id: data.id, label: `${data.name}: ${data.role}` });
  }
  for (const { data } of register.options) {
    add(data.source, { kind: 'option', id: data.id, label: data.label, path: '#proposals' });
  }
  for (const { data } of register.operation) {
    add(data.source, { kind: 'operation', id: data.id, label: data.label, path: '#operation' });
  }
  for (const { data } of register.glossary) {
    for (const source of data.sources) add(source, { kind: 'glossary', id: data.id, label: data.term });
  }
  return links;
}
