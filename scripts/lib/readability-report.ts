// The reading-level table for the bench report: each chapter's prose, the opening and the handout.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRegister } from '../../src/register/read-register.ts';
import { readLesson } from '../../src/classroom/read-lesson.ts';
import { handoutFacts } from '../../src/classroom/handout-facts.ts';
import { chapterProse, readingGrade, type ReadingGrade } from './readability.ts';

/** The grade the story aims at (US school grade, Flesch–Kincaid). */
export const TARGET_GRADE = 10;

function handoutText(root: string): string {
  const register = readRegister(root);
  const lesson = readLesson(root, register);
  const terms = lesson.handout.vocabulary.map((id) => register.glossary.find(({ data }) => data.id === id)!.data);
  return [
    ...handoutFacts(lesson, register).map((fact) => `${fact.lead} ${fact.detail}.`),
    ...terms.map((term) => term.definition),
    ...lesson.questions.filter((question) => question.handout).map((question) => question.question),
  ].join('\n');
}

export function readabilityRows(root = process.cwd()): { text: string; grade: ReadingGrade }[] {
  const chapters = readdirSync(join(root, 'content/chapters'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => join('content/chapters', file));
  return [
    ...['content/opening/opening.mdx', ...chapters].map((file) => ({
      text: file,
      grade: readingGrade(chapterProse(readFileSync(join(root, file), 'utf8'))),
    })),
    { text: 'student handout', grade: readingGrade(handoutText(root)) },
  ];
}

export function readabilityMarkdown(rows = readabilityRows()): string {
  const lines = rows.map(
    ({ text, grade }) =>
      `| ${text} | ${grade.words} | ${grade.sentences} | ${grade.fleschKincaid} | ${grade.colemanLiau} | ${grade.automatedReadability} | ${grade.fleschKincaid > TARGET_GRADE ? `over ${TARGET_GRADE}` : '—'} |`,
  );
  return [
    `## Reading level (target: grade ${TARGET_GRADE} or lower, Flesch–Kincaid)`,
    '',
    '| text | words | sentences | Flesch–Kincaid | Coleman–Liau | ARI | over target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}
