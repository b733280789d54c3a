import { z } from 'zod';
import { idSchema, proseSchema } from './common.ts';
import { lessonTimes } from '../classroom/lesson-times.ts';

/** The lesson must fit one class period; teachers plan to the minute. */
export const LESSON_MINUTES = { min: 45, max: 50 } as const;

const chapterAnchor = z.enum(['proposals', 'operation', 'critiques', 'mexico', 'what-next', 'method']);

/** One block of the lesson, with its length in minutes. */
export const lessonStepSchema = z.strictObject({
  id: idSchema,
  minutes: z.number().int().positive(),
  title: proseSchema,
  /** What the teacher and students do, in two or three sentences. */
  what: proseSchema,
});

/** A discussion question tied to one chapter, with guidance for the teacher. */
export const lessonQuestionSchema = z.strictObject({
  id: idSchema,
  chapter: chapterAnchor,
  question: proseSchema,
  /** What a good answer draws on; facts in it must be backed by the listed sources. */
  guidance: proseSchema,
  sources: z.array(idSchema).default([]),
  /** Printed on the student handout. */
  handout: z.boolean().default(false),
});

/** One claim students sort by how it is sourced. */
export const sourcingCaseSchema = z.strictObject({
  id: idSchema,
  claim: proseSchema,
  sourcing: z.enum(['anonymous', 'on-record', 'official-denial', 'document', 'data']),
  /** Why it sits in that category, for the teacher. */
  note: proseSchema,
  sources: z.array(idSchema).min(1),
});

/** How one dimension of the C3 Framework's inquiry arc shows up in the lesson. */
export const c3AlignmentSchema = z.strictObject({
  dimension: z.enum(['D1', 'D2', 'D3', 'D4']),
  label: proseSchema,
  how: proseSchema,
});

/** A key fact on the handout: a registered figure or event, never free text. */
export const handoutFactSchema = z.union([
  z.strictObject({ figure: idSchema }),
  z.strictObject({ event: idSchema }),
  z.strictObject({ quote: idSchema }),
]);

export const lessonSchema = z
  .strictObject({
    objectives: z.array(proseSchema).min(2),
    c3: z.array(c3AlignmentSchema).length(4),
    sequence: z.array(lessonStepSchema).min(3),
    questions: z.array(lessonQuestionSchema).min(6),
    sourcing: z.strictObject({
      intro: proseSchema,
      cases: z.array(sourcingCaseSchema).min(4),
      prompts: z.array(proseSchema).min(2),
    }),
    extension: z.strictObject({
      intro: proseSchema,
      options: z.array(z.strictObject({ id: idSchema, title: proseSchema, what: proseSchema })).min(1),
    }),
    /** What to weigh before teaching this topic (its violence, its politics), in our words. */
    before: z.array(z.strictObject({ id: idSchema, title: proseSchema, what: proseSchema })).min(1),
    handout: z.strictObject({
      facts: z.array(handoutFactSchema).min(3).max(10),
      vocabulary: z.array(idSchema).min(4).max(12),
      /** The exit-ticket prompt as students read it at the foot of the sheet. */
      exit_ticket: proseSchema,
    }),
  })
  .superRefine((lesson, ctx) => {
    const { total } = lessonTimes(lesson.sequence);
    if (total < LESSON_MINUTES.min || total > LESSON_MINUTES.max)
      ctx.addIssue({
        code: 'custom',
        path: ['sequence'],
        message: `adds up to ${total} minutes; a lesson runs ${LESSON_MINUTES.min} to ${LESSON_MINUTES.max}`,
      });
    const chapters = new Set(lesson.questions.map((q) => q.chapter));
    for (const anchor of chapterAnchor.options)
      if (anchor !== 'method' && !chapters.has(anchor))
        ctx.addIssue({ code: 'custom', path: ['questions'], message: `has no question for chapter "${anchor}"` });
  });

export type Lesson = z.infer<typeof lessonSchema>;
