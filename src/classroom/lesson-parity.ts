// An edition's lesson must be the English lesson in other words: the same blocks, questions,
// cases and handout, with the same ids, minutes, chapters, piles and sources.
import { isDeepStrictEqual } from 'node:util';
import type { Lesson } from '../schemas/lesson.ts';
import type { RegisterProblem } from '../register/register-error.ts';

/** Fields that carry facts or structure, never words: they must equal the English exactly. */
const factFields = new Set([
  'id',
  'minutes',
  'chapter',
  'sources',
  'handout',
  'sourcing',
  'dimension',
  'facts',
  'vocabulary',
]);

export function lessonParity(english: Lesson, translated: Lesson, file: string): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const walk = (theirs: unknown, ours: unknown, path: string[]) => {
    const field = path.join('.');
    if (Array.isArray(theirs) && Array.isArray(ours)) {
      if (theirs.length !== ours.length)
        problems.push({ file, field, message: `has ${ours.length} items; the English lesson has ${theirs.length}` });
      theirs.slice(0, ours.length).forEach((item, i) => walk(item, ours[i], [...path, String(i)]));
      return;
    }
    if (theirs && ours && typeof theirs === 'object' && typeof ours === 'object') {
      for (const key of Object.keys(theirs)) {
        const at = [...path, key];
        const [a, b] = [(theirs as Record<string, unknown>)[key], (ours as Record<string, unknown>)[key]];
        // `handout` is both a question's flag and the handout section: only the flag is a fact.
        if (factFields.has(key) && !(a && typeof a === 'object' && !Array.isArray(a))) {
          if (!isDeepStrictEqual(a, b))
            problems.push({
              file,
              field: at.join('.'),
              message: `must be ${JSON.stringify(a)}, as in the English lesson`,
            });
        } else walk(a, b, at);
      }
    }
  };
  walk(english, translated, []);
  return problems;
}
