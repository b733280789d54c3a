// The lesson of each edition, read and checked once per build for the classroom pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteRegister } from '../register/site-register.ts';
import { RegisterError } from '../register/register-error.ts';
import { defaultLocale, locales, type Locale } from '../i18n/ui.ts';
import type { Lesson } from '../schemas/lesson.ts';
import { readLesson } from './read-lesson.ts';
import { lessonParity } from './lesson-parity.ts';

const root = process.cwd();
export const siteLesson = readLesson(root, siteRegister);

/** content/i18n/<locale>/lesson.yaml, checked against the English lesson entry for entry. */
const editions = new Map<Locale, Lesson>([[defaultLocale, siteLesson]]);
for (const locale of locales) {
  const file = `content/i18n/${locale}/lesson.yaml`;
  if (locale === defaultLocale || !existsSync(join(root, file))) continue;
  const lesson = readLesson(root, siteRegister, file);
  const problems = lessonParity(siteLesson, lesson, file);
  if (problems.length) throw new RegisterError(problems);
  editions.set(locale, lesson);
}

export function lessonIn(locale: Locale): Lesson {
  const lesson = editions.get(locale);
  if (!lesson) throw new Error(`No lesson for "${locale}" (content/i18n/${locale}/lesson.yaml)`);
  return lesson;
}

export const lessonLocales = [...editions.keys()];
