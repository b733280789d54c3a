// The lesson plan's clock: when each block starts and ends, and the whole length. The schema,
// the guide and the tests all read the plan through this one function.
import type { Lesson } from '../schemas/lesson.ts';

export interface TimedStep {
  step: Lesson['sequence'][number];
  start: number;
  end: number;
}

export function lessonTimes(sequence: Lesson['sequence']): { steps: TimedStep[]; total: number } {
  let clock = 0;
  const steps = sequence.map((step) => {
    const start = clock;
    clock += step.minutes;
    return { step, start, end: clock };
  });
  return { steps, total: clock };
}
