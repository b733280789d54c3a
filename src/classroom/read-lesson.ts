// The teacher guide's data: validated against its schema, then every id it names is looked up in
// the register, so a lesson can never cite a source, figure or term the site does not have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lessonSchema, type Lesson } from '../schemas/lesson.ts';
import type { Register } from '../register/check-register.ts';
import { RegisterError, type RegisterProblem } from '../register/register-error.ts';

export const LESSON_FILE = 'content/classroom/lesson.yaml';

/** Every id the lesson refers to, with the field it sits in, checked against the register. */
function crossReferences(lesson: Lesson, register: Register): RegisterProblem[] {
  const ids = (collection: keyof Register) => new Set(register[collection].map(({ data }) => data.id));
  const known = {
    sources: ids('sources'),
    figures: ids('figures'),
    events: ids('events'),
    quotes: ids('quotes'),
    glossary: ids('glossary'),
  };
  const problems: RegisterProblem[] = [];
  const need = (set: keyof typeof known, id: string, entry: string | undefined, field: string) => {
    if (!known[set].has(id))
      problems.push({ file: LESSON_FILE, entry, field, message: `unknown ${set === 'glossary' ? 'glossary term' : set.slice(0, -1)} id "${id}"` });
  };
  for (const question of lesson.questions)
    for (const id of question.sources) need('sources', id, question.id, 'sources');
  for (const item of lesson.sourcing.cases) for (const id of item.sources) need('sources', id, item.id, 'sources');
  lesson.handout.facts.forEach((fact, i) => {
    const field = `handout.facts.${i}`;
    if ('figure' in fact) need('figures', fact.figure, undefined, `${field}.figure`);
    else if ('event' in fact) need('events', fact.event, undefined, `${field}.event`);
    else need('quotes', fact.quote, undefined, `${field}.quote`);
  });
  lesson.handout.vocabulary.forEach((id, i) => need('glossary', id, undefined, `handout.vocabulary.${i}`));
  const seen = new Set<string>();
  for (const { id } of [...lesson.sequence, ...lesson.questions, ...lesson.sourcing.cases, ...lesson.extension.options]) {
    if (seen.has(id)) problems.push({ file: LESSON_FILE, entry: id, field: 'id', message: 'is used twice' });
    seen.add(id);
  }
  return problems;
}

/** Reads the lesson under `root`; throws a RegisterError naming file, entry and field. */
export function readLesson(root: string, register: Register, file = LESSON_FILE): Lesson {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new RegisterError([{ file, message: `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const result = lessonSchema.safeParse(raw);
  if (!result.success)
    throw new RegisterError(
      result.error.issues.map((issue) => ({
        file,
        field: issue.path.length ? issue.path.map(String).join('.') : undefined,
        message: issue.message,
      })),
    );
  const problems = crossReferences(result.data, register).map((problem) => ({ ...problem, file }));
  if (problems.length) throw new RegisterError(problems);
  return result.data;
}
