// The handout's key facts, resolved from the register into short printable lines. Each keeps its
// source so a student can cite it without the website in front of them.
import type { Register } from '../register/check-register.ts';
import type { Lesson } from '../schemas/lesson.ts';
import { formatFigureValue } from '../lib/format-figure.ts';
import { formatPartialDate } from '../lib/format-date.ts';
import { NO_DATE } from '../lib/citation.ts';
import { useTranslations, type UiKey } from '../i18n/ui.ts';

export interface HandoutFact {
  kind: 'figure' | 'event' | 'quote';
  /** The fact itself: a number with what it measures, an event, or a quotation. */
  lead: string;
  detail: string;
  sourceId: string;
  /** Outlet and publication date, e.g. "US State Department, September 16, 2024". */
  citation: string;
}

function byId<T extends { data: { id: string } }>(items: T[], id: string): T['data'] {
  const found = items.find(({ data }) => data.id === id);
  if (!found) throw new Error(`content/classroom/lesson.yaml: unknown id "${id}"`);
  return found.data;
}

export function handoutFacts(lesson: Lesson, register: Register, locale = 'en'): HandoutFact[] {
  const t = useTranslations(locale);
  const cite = (sourceId: string) => {
    const source = byId(register.sources, sourceId);
    return `${source.outlet}, ${source.published ? formatPartialDate(source.published, locale) : NO_DATE}`;
  };
  return lesson.handout.facts.map((fact): HandoutFact => {
    if ('figure' in fact) {
      const figure = byId(register.figures, fact.figure);
      const qualifier = figure.qualifier ? `${t(`qualifier.${figure.qualifier}` as UiKey)} ` : '';
      return {
        kind: 'figure',
        lead: `${qualifier}${formatFigureValue(figure, locale)}`,
        detail: `${figure.label} (${t('handout.asOf')} ${formatPeriod(figure.as_of, locale)})`,
        sourceId: figure.source,
        citation: cite(figure.source),
      };
    }
    if ('event' in fact) {
      const event = byId(register.events, fact.event);
      return {
        kind: 'event',
        lead: formatPartialDate(event.date, locale),
        detail: event.summary,
        sourceId: event.sources[0]!,
        citation: cite(event.sources[0]!),
      };
    }
    const quote = byId(register.quotes, fact.quote);
    const speaker = byId(register.actors, quote.speaker);
    return {
      kind: 'quote',
      lead: `“${quote.text}”`,
      detail: `${speaker.name}, ${quote.role}, ${formatPartialDate(quote.date, locale)}`,
      sourceId: quote.source,
      citation: cite(quote.source),
    };
  });
}

/** A figure's as-of period: one date, or "from … to …" for a range. */
function formatPeriod(period: string, locale: string): string {
  const [start, end] = period.split('/');
  const show = (part: string) => (part.startsWith('FY') ? `fiscal year ${part.slice(2)}` : formatPartialDate(part, locale));
  return end ? `${show(start!)} to ${show(end)}` : show(start!);
}
