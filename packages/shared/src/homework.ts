/**
 * Homework rules shared by the API and the web: validation of assignments, drafts and
 * grades, and the due-time math (relative due times move with their session). Pure;
 * luxon underneath.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

export const ASSIGNMENT_KINDS = ['WRITTEN', 'FILE', 'QUIZ'] as const;
export const DUE_MODES = ['ABSOLUTE', 'RELATIVE'] as const;
export const LATE_POLICIES = ['ACCEPT_LATE', 'CLOSE'] as const;
export const SUBMISSION_MAX_FILES = 10;
/** A relative due time is at most a week before or after its session's start. */
export const DUE_OFFSET_LIMIT_MINUTES = 7 * 24 * 60;

export const rubricCriterionSchema = z.object({
  id: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1, 'Name the criterion.').max(120, 'A criterion has at most 120 characters.'),
  description: z.string().trim().max(500, 'A description has at most 500 characters.').default(''),
  points: z.number().int('Use whole points.').min(1, 'A criterion is worth at least 1 point.').max(1000, 'A criterion is worth at most 1000 points.'),
});

export const assignmentSchema = z
  .object({
    title: z.string().trim().min(3, 'A title has at least 3 characters.').max(200, 'A title has at most 200 characters.'),
    instructionsMarkdown: z.string().max(50_000, 'Instructions have at most 50,000 characters.').default(''),
    kind: z.enum(ASSIGNMENT_KINDS),
    /** Null: ungraded. */
    points: z.number().int('Use whole points.').min(1, 'Use 1 to 1000 points, or leave it ungraded.').max(1000, 'Use 1 to 1000 points, or leave it ungraded.').nullish(),
    dueMode: z.enum(DUE_MODES),
    /** ABSOLUTE: an ISO instant. */
    dueAt: z.iso.datetime({ offset: true, message: 'Choose a due date and time.' }).nullish(),
    /** RELATIVE: the session the due time follows, and minutes from its start (negative: before). */
    dueSessionId: z.uuid({ message: 'Choose the session.' }).nullish(),
    dueOffsetMinutes: z
      .number()
      .int('Use whole minutes.')
      .min(-DUE_OFFSET_LIMIT_MINUTES, 'Use at most a week before the session.')
      .max(DUE_OFFSET_LIMIT_MINUTES, 'Use at most a week after the session starts.')
      .nullish(),
    latePolicy: z.enum(LATE_POLICIES),
    rubric: z.array(rubricCriterionSchema).max(20, 'A rubric has at most 20 criteria.').default([]),
  })
  .superRefine((a, ctx) => {
    if (a.dueMode === 'ABSOLUTE' && !a.dueAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'Choose a due date and time.' });
    if (a.dueMode === 'RELATIVE') {
      if (!a.dueSessionId) ctx.addIssue({ code: 'custom', path: ['dueSessionId'], message: 'Choose the session the due time follows.' });
      if (a.dueOffsetMinutes === null || a.dueOffsetMinutes === undefined) ctx.addIssue({ code: 'custom', path: ['dueOffsetMinutes'], message: 'How long before or after the session?' });
    }
    if (a.rubric.length) {
      if (!a.points) ctx.addIssue({ code: 'custom', path: ['rubric'], message: 'A rubric needs points: give the assignment points or remove the rubric.' });
      else {
        const sum = a.rubric.reduce((s, c) => s + c.points, 0);
        if (sum !== a.points) ctx.addIssue({ code: 'custom', path: ['rubric'], message: `The criteria add up to ${sum} points; the assignment is worth ${a.points}.` });
      }
      if (new Set(a.rubric.map((c) => c.id)).size !== a.rubric.length) ctx.addIssue({ code: 'custom', path: ['rubric'], message: 'Each criterion needs its own id.' });
    }
  });
export type AssignmentInput = z.infer<typeof assignmentSchema>;

export const submissionDraftSchema = z.object({
  bodyMarkdown: z.string().max(50_000, 'An answer has at most 50,000 characters.').default(''),
  fileIds: z.array(z.uuid()).max(SUBMISSION_MAX_FILES, `Attach at most ${SUBMISSION_MAX_FILES} files.`).default([]),
});

/** A grade against an assignment's points (null: ungraded) and rubric. */
export function gradeSchema(points: number | null, rubric: readonly { id: string; points: number }[]) {
  return z
    .object({
      score: z
        .number()
        .min(0, 'A score is at least 0.')
        .refine((s) => Number.isInteger(Math.round(s * 100)) && Math.abs(s * 100 - Math.round(s * 100)) < 1e-6, 'Use at most two decimals.')
        .nullish(),
      rubricScores: z.record(z.string(), z.number().min(0, 'A criterion score is at least 0.')).default({}),
      feedbackMarkdown: z.string().max(20_000, 'Feedback has at most 20,000 characters.').default(''),
    })
    .superRefine((g, ctx) => {
      if (points === null) {
        if (g.score !== null && g.score !== undefined) ctx.addIssue({ code: 'custom', path: ['score'], message: 'This assignment is ungraded: leave the score empty.' });
      } else if (g.score !== null && g.score !== undefined && g.score > points) {
        ctx.addIssue({ code: 'custom', path: ['score'], message: `The score is at most ${points}.` });
      }
      for (const [id, s] of Object.entries(g.rubricScores)) {
        const c = rubric.find((r) => r.id === id);
        if (!c) ctx.addIssue({ code: 'custom', path: ['rubricScores', id], message: 'Not a criterion of this rubric.' });
        else if (s > c.points) ctx.addIssue({ code: 'custom', path: ['rubricScores', id], message: `At most ${c.points} for this criterion.` });
      }
    });
}

/** The due instant of a relative due time: `offsetMinutes` from the session's start (an elapsed duration, not wall-clock). */
export function relativeDueAt(sessionStartsAt: string, offsetMinutes: number): string {
  return DateTime.fromISO(sessionStartsAt, { zone: 'UTC' }).plus({ minutes: offsetMinutes }).toUTC().toISO()!;
}

/** "1 hour before session 3", "at the start of session 2", "2 days after session 1 starts". */
export function describeRelativeDue(offsetMinutes: number, sessionNumber: number): string {
  if (offsetMinutes === 0) return `at the start of session ${sessionNumber}`;
  const abs = Math.abs(offsetMinutes);
  const unit = abs % 1440 === 0 ? { n: abs / 1440, w: 'day' } : abs % 60 === 0 ? { n: abs / 60, w: 'hour' } : { n: abs, w: 'minute' };
  const span = `${unit.n} ${unit.w}${unit.n === 1 ? '' : 's'}`;
  return offsetMinutes < 0 ? `${span} before session ${sessionNumber}` : `${span} after session ${sessionNumber} starts`;
}

/** The due time that applies to one student: their extension if they have one. */
export function effectiveDueAt(dueAt: string, extensionDueAt?: string | null): string {
  return extensionDueAt ?? dueAt;
}

/** Whether a submission at `at` is late, and whether the policy still accepts it. */
export function submissionTiming(dueAt: string, latePolicy: (typeof LATE_POLICIES)[number], at: DateTime = DateTime.utc()): { late: boolean; open: boolean } {
  const late = at > DateTime.fromISO(dueAt);
  return { late, open: !late || latePolicy === 'ACCEPT_LATE' };
}
