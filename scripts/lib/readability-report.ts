// The reading-level table for the bench report: each chapter's prose, the opening and the handout.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRegister } from '../../src/register/read-register.ts';
import { readLesson } from '../../src/classroom/read-lesson.ts';
import { handoutFacts } from '../../src/classroom/handout-facts.ts';
import { chapterProse, readingGrade, type ReadingGrade } from './readability.ts';
import { spanishReadingEase, type SpanishReadingEase } from './readability-es.ts';

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

/** The INFLESZ band the Spanish story aims at: "normal", the band of general newspapers, or easier. */
export const SPANISH_TARGET = 55;

/** The Spanish edition's opening and chapters, read with the formulas made for Spanish. */
export function spanishReadabilityRows(root = process.cwd()): { text: string; ease: SpanishReadingEase }[] {
  const folder = 'content/i18n/es';
  const chapters = readdirSync(join(root, folder, 'chapters'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => join(folder, 'chapters', file));
  return [join(folder, 'opening.mdx'), ...chapters].map((file) => ({
    text: file,
    ease: spanishReadingEase(chapterProse(readFileSync(join(root, file), 'utf8'))),
  }));
}

export function spanishReadabilityMarkdown(rows = spanishReadabilityRows()): string {
  return [
    `## Reading ease, Spanish edition (target: INFLESZ ${SPANISH_TARGET} or higher, "normal" or easier)`,
    '',
    '| text | words | sentences | syllables/word | Szigriszt-Pazos (INFLESZ) | band | Fernández-Huerta | under target |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ text, ease }) =>
        `| ${text} | ${ease.words} | ${ease.sentences} | ${(ease.syllables / ease.words).toFixed(2)} | ${ease.szigrisztPazos} | ${ease.inflesz} | ${ease.fernandezHuerta} | ${ease.szigrisztPazos < SPANISH_TARGET ? `under ${SPANISH_TARGET}` : '—'} |`,
    ),
  ].join('\n');
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
