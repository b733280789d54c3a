import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/register/read-register.ts';
import { LESSON_FILE, readLesson } from '../../src/classroom/read-lesson.ts';
import { handoutFacts } from '../../src/classroom/handout-facts.ts';
import { lessonTimes } from '../../src/classroom/lesson-times.ts';
import type { Lesson } from '../../src/schemas/lesson.ts';

const register = readRegister(process.cwd(), '2026-11-21');
const good = parse(readFileSync(LESSON_FILE, 'utf8')) as Lesson;

/** Writes a changed copy of the real lesson to a scratch root and reads it back. */
function readChanged(change: (lesson: Lesson) => void) {
  const lesson = structuredClone(good);
  change(lesson);
  const root = mkdtempSync(join(tmpdir(), 'lesson-'));
  mkdirSync(join(root, 'content/classroom'), { recursive: true });
  writeFileSync(join(root, LESSON_FILE), stringify(lesson));
  return () => readLesson(root, register);
}

describe('the lesson file', () => {
  it('is valid and fits one class period', () => {
    const lesson = readLesson(process.cwd(), register);
    const minutes = lessonTimes(lesson.sequence).total;
    expect(minutes).toBeGreaterThanOrEqual(45);
    expect(minutes).toBeLessThanOrEqual(50);
  });

  it('refuses a lesson that overruns the period', () => {
    expect(readChanged((lesson) => (lesson.sequence[0]!.minutes += 30))).toThrow(
      /content\/classroom\/lesson\.yaml › field "sequence": adds up to \d+ minutes; a lesson runs 45 to 50/,
    );
  });

  it('refuses an unknown source id, naming the question', () => {
    expect(readChanged((lesson) => lesson.questions[0]!.sources.push('no-such-source'))).toThrow(
      `entry "${good.questions[0]!.id}" › field "sources": unknown source id "no-such-source"`,
    );
  });

  it('refuses an unknown glossary term on the handout', () => {
    expect(readChanged((lesson) => (lesson.handout.vocabulary[0] = 'no-such-term'))).toThrow(
      'field "handout.vocabulary.0": unknown glossary term id "no-such-term"',
    );
  });

  it('refuses a handout fact that is not in the register', () => {
    expect(readChanged((lesson) => (lesson.handout.facts[0] = { figure: 'no-such-figure' }))).toThrow(
      'field "handout.facts.0.figure": unknown figure id "no-such-figure"',
    );
  });

  it('refuses a chapter without discussion questions', () => {
    expect(readChanged((lesson) => (lesson.questions = lesson.questions.filter((q) => q.chapter !== 'mexico')))).toThrow(
      'has no question for chapter "mexico"',
    );
  });
});

describe('handout facts', () => {
  it('resolve each fact to a line with its source, in the order the lesson lists them', () => {
    const facts = handoutFacts(good, register);
    expect(facts).toHaveLength(good.handout.facts.length);
    for (const fact of facts) {
      expect(fact.lead.length).toBeGreaterThan(0);
      expect(register.sources.some(({ data }) => data.id === fact.sourceId)).toBe(true);
    }
    const figure = good.handout.facts.findIndex((fact) => 'figure' in fact && fact.figure === 'us-citizens-in-mexico-2024');
    expect(figure).toBeGreaterThanOrEqual(0);
    expect(facts[figure]!.lead).toBe('about 1.6 million');
    expect(facts[figure]!.citation).toMatch(/, August 4, 2022$/);
  });
});
