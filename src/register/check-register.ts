import type {
  Actor,
  Figure,
  GlossaryTerm,
  OperationStep,
  Quote,
  ReportedOption,
  Series,
  Source,
  TimelineEvent,
} from '../schemas/index.ts';
import type { RegisterProblem } from './register-error.ts';

/** An entry with the file it came from, so later checks can point at it. */
export interface Located<T> {
  file: string;
  data: T;
}

export interface Register {
  sources: Located<Source>[];
  figures: Located<Figure>[];
  series: Located<Series>[];
  quotes: Located<Quote>[];
  events: Located<TimelineEvent>[];
  actors: Located<Actor>[];
  glossary: Located<GlossaryTerm>[];
  options: Located<ReportedOption>[];
  operation: Located<OperationStep>[];
}

/** A partial date is after `today` when even its first day is (`2026-12` starts on 2026-12-01). */
function isAfter(date: string, today: string): boolean {
  const firstDay = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return firstDay > today;
}

/** Cross-collection rules no single schema can see: ids, references, dates. */
export function checkRegister(register: Register, today: string): RegisterProblem[] {
  const problems: RegisterProblem[] = [];

  const seen = new Map<string, Map<string, string>>();
  for (const [collection, entries] of Object.entries(register) as [string, Located<{ id: string }>[]][]) {
    const ids = new Map<string, string>();
    seen.set(collection, ids);
    for (const { file, data } of entries) {
      const first = ids.get(data.id);
      if (first) {
        problems.push({ file, entry: data.id, field: 'id', message: `duplicates an id already used in ${first}` });
      } else ids.set(data.id, file);
    }
  }

  const sources = new Map(register.sources.map(({ data }) => [data.id, data]));
  const citable = (file: string, entry: string, field: string, id: string) => {
    const source = sources.get(id);
    if (!source)
      problems.push({ file, entry, field, message: `names unknown source id "${id}" (no seeds/${id}.yaml)` });
    else if (!source.url)
      problems.push({ file, entry, field, message: `cites "${id}", which has no url; cite a retrieved copy instead` });
  };
  // A claim on tier-3 pages alone (mirrors, blogs, social posts) must say why it stays; the
  // reader is told next to it. `field` names where a better source or the note would go.
  const strongEnough = (
    file: string,
    entry: string,
    field: string,
    ids: string[],
    weak: string | undefined,
  ) => {
    const cited = ids.map((id) => sources.get(id)).filter((source) => source !== undefined);
    if (cited.length === 0 || cited.length < ids.length || weak) return;
    if (cited.every((source) => source.tier === 3))
      problems.push({
        file,
        entry,
        field,
        message: `rests only on tier-3 sources (${ids.join(', ')}); cite a tier-1 or tier-2 source, or set weak_sourcing with the reason`,
      });
  };
  const known = (collection: string, file: string, entry: string, field: string, id: string) => {
    if (!seen.get(collection)?.has(id))
      problems.push({ file, entry, field, message: `names unknown ${collection} id "${id}"` });
  };

  for (const { file, data } of register.sources) {
    if (data.republishes) {
      if (!sources.has(data.republishes))
        problems.push({
          file,
          entry: data.id,
          field: 'republishes',
          message: `names unknown source id "${data.republishes}"`,
        });
    }
    if (data.published && isAfter(data.published, today))
      problems.push({
        file,
        entry: data.id,
        field: 'published',
        message: `${data.published} is after the build date ${today}`,
      });
  }
  for (const { file, data } of register.figures) {
    citable(file, data.id, 'source', data.source);
    data.also_cited.forEach((c, i) => citable(file, data.id, `also_cited.${i}.source`, c.source));
    strongEnough(file, data.id, 'source', [data.source, ...data.also_cited.map((c) => c.source)], data.weak_sourcing);
    data.disagrees_with.forEach((id, i) => known('figures', file, data.id, `disagrees_with.${i}`, id));
    // A chart draws the period as surely as the number: the excerpt must state it.
    if (data.window && !data.excerpt.includes(data.window.proof))
      problems.push({
        file,
        entry: data.id,
        field: 'window.proof',
        message: `"${data.window.proof}" is not in the excerpt word for word; quote the words that state the period`,
      });
  }
  for (const { file, data } of register.series) {
    data.points.forEach((point, i) => {
      citable(file, data.id, `points.${i}.source`, point.source);
      point.also_cited.forEach((c, j) => citable(file, data.id, `points.${i}.also_cited.${j}.source`, c.source));
      // A count that disagrees is shown too, so it needs a source as strong as any other claim.
      point.disagreements.forEach((d, j) => {
        citable(file, data.id, `points.${i}.disagreements.${j}.source`, d.source);
        strongEnough(file, data.id, `points.${i}.disagreements.${j}.source`, [d.source], undefined);
      });
      strongEnough(
        file,
        data.id,
        `points.${i}.source`,
        [point.source, ...point.also_cited.map((c) => c.source)],
        point.weak_sourcing,
      );
    });
  }
  for (const { file, data } of register.quotes) {
    citable(file, data.id, 'source', data.source);
    data.also_cited.forEach((c, i) => citable(file, data.id, `also_cited.${i}.source`, c.source));
    strongEnough(file, data.id, 'source', [data.source, ...data.also_cited.map((c) => c.source)], data.weak_sourcing);
    known('actors', file, data.id, 'speaker', data.speaker);
    if (isAfter(data.date, today))
      problems.push({ file, entry: data.id, field: 'date', message: `${data.date} is after the build date ${today}` });
  }
  for (const { file, data } of register.events) {
    data.sources.forEach((id, i) => citable(file, data.id, `sources.${i}`, id));
    strongEnough(file, data.id, 'sources', data.sources, data.weak_sourcing);
    if (isAfter(data.date, today))
      problems.push({ file, entry: data.id, field: 'date', message: `${data.date} is after the build date ${today}` });
  }
  for (const { file, data } of register.actors) {
    data.sources.forEach((id, i) => citable(file, data.id, `sources.${i}`, id));
  }
  // Ladder rungs and raid stages are drawn in order, so no two may share a position.
  const uniquePosition = <T extends { id: string }>(entries: Located<T>[], field: keyof T & string) => {
    const taken = new Map<unknown, string>();
    for (const { file, data } of entries) {
      const value = data[field];
      const other = taken.get(value);
      if (other)
        problems.push({
          file,
          entry: data.id,
          field,
          message: `${String(value)} is already the ${field} of "${other}"`,
        });
      else taken.set(value, data.id);
    }
  };
  for (const { file, data } of [...register.options, ...register.operation]) {
    citable(file, data.id, 'source', data.source);
    strongEnough(file, data.id, 'source', [data.source], data.weak_sourcing);
  }
  uniquePosition(register.options, 'level');
  uniquePosition(register.operation, 'order');
  for (const { file, data } of register.glossary) {
    data.sources.forEach((id, i) => citable(file, data.id, `sources.${i}`, id));
    strongEnough(file, data.id, 'sources', data.sources, data.weak_sourcing);
  }
  return problems;
}
