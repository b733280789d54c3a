// The lesson, read and checked once per build for the classroom pages.
import { siteRegister } from '../register/site-register.ts';
import { readLesson } from './read-lesson.ts';

export const siteLesson = readLesson(process.cwd(), siteRegister);
