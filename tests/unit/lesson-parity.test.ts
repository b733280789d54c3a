import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LESSON_FILE } from '../../src/classroom/read-lesson.ts';
import { lessonParity } from '../../src/classroom/lesson-parity.ts';
import type { Lesson } from '../../src/schemas/lesson.ts';

const english = parse(readFileSync(LESSON_FILE, 'utf8')) as Lesson;
const FILE = 'content/i18n/es/lesson.yaml';

/** The English lesson with its words changed, then one more change that breaks parity. */
function translated(change: (lesson: Lesson) => void = () => {}): Lesson {
  const lesson = structuredClone(english);
  lesson.objectives = lesson.objectives.map((_, i) => `Objetivo ${i + 1}`);
  lesson.sequence.forEach((step) => (step.title = `Paso ${step.id}`));
  change(lesson);
  return lesson;
}

describe('lessonParity', () => {
  it('accepts the same lesson in other words', () => {
    expect(lessonParity(english, translated(), FILE)).toEqual([]);
  });

  it('names a changed fact, a missing item and the file', () => {
    const problems = lessonParity(
      english,
      translated((lesson) => {
        lesson.sequence[0]!.minutes += 1;
        lesson.questions.pop();
        lesson.handout.vocabulary[0] = 'cartel-x';
      }),
      FILE,
    );
    expect(problems).toContainEqual({
      file: FILE,
      field: 'sequence.0.minutes',
      message: `must be ${english.sequence[0]!.minutes}, as in the English lesson`,
    });
    expect(problems).toContainEqual({
      file: FILE,
      field: 'questions',
      message: `has ${english.questions.length - 1} items; the English lesson has ${english.questions.length}`,
    });
    expect(problems.map((problem) => problem.field)).toContain('handout.vocabulary');
  });
});
