/**
 * Grading's vocabulary and pure rules: how a student's standing on an assignment is named
 * (the same words in the queue and the gradebook), scores as text, and the grade form's
 * values against the shared grade rules.
 */
import { gradeSchema } from '@gantry/shared';

export type SubmissionStatus = 'MISSING' | 'DRAFT' | 'SUBMITTED' | 'RETURNED';

/** A standing as one word: handed in after the due time reads "Late" until it is returned. */
export function statusLabel(status: SubmissionStatus, late: boolean): string {
  switch (status) {
    case 'MISSING':
      return 'Missing';
    case 'DRAFT':
      return 'Draft';
    case 'SUBMITTED':
      return late ? 'Late' : 'Submitted';
    case 'RETURNED':
      return 'Returned';
  }
}

/** Badge colours (decoration only: the word carries the meaning). */
export function statusColor(status: SubmissionStatus, late: boolean): string {
  switch (status) {
    case 'MISSING':
      return 'red';
    case 'DRAFT':
      return 'gray';
    case 'SUBMITTED':
      return late ? 'orange' : 'blue';
    case 'RETURNED':
      return 'green';
  }
}

/** Handed in at least once. */
export function handedIn(status: SubmissionStatus): boolean {
  return status === 'SUBMITTED' || status === 'RETURNED';
}

/** "8.5", "10", "7.25": at most two decimals, no trailing zeros. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface GradeFormValues {
  score: number | string;
  /** Criterion id → points ('' while empty). */
  rubricScores: Record<string, number | string>;
  feedbackMarkdown: string;
}

export interface Criterion {
  id: string;
  title: string;
  description: string;
  points: number;
}

function num(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The sum of the rubric scores given so far (null when none is given). */
export function rubricSum(scores: Record<string, number | string>): number | null {
  const given = Object.values(scores)
    .map(num)
    .filter((n): n is number => n !== null);
  return given.length ? round2(given.reduce((s, n) => s + n, 0)) : null;
}

export interface SavedGrade {
  score?: number | null;
  rubricScores: readonly { criterionId: string; points: number }[];
  feedbackMarkdown?: string | null;
}

export function gradeValuesOf(g: SavedGrade, rubric: readonly Criterion[]): GradeFormValues {
  const rubricScores: Record<string, number | string> = {};
  for (const c of rubric) rubricScores[c.id] = g.rubricScores.find((s) => s.criterionId === c.id)?.points ?? '';
  return { score: g.score ?? rubricSum(rubricScores) ?? '', rubricScores, feedbackMarkdown: g.feedbackMarkdown ?? '' };
}

/** Whether the form says something other than the saved grade. */
export function sameGrade(a: GradeFormValues, b: GradeFormValues): boolean {
  if (num(a.score) !== num(b.score) || a.feedbackMarkdown !== b.feedbackMarkdown) return false;
  const keys = new Set([...Object.keys(a.rubricScores), ...Object.keys(b.rubricScores)]);
  for (const k of keys) if (num(a.rubricScores[k]) !== num(b.rubricScores[k])) return false;
  return true;
}

/** What the API receives (GradeInput without the submission and version). */
export function toGradeInput(v: GradeFormValues, points: number | null) {
  const rubricScores = Object.entries(v.rubricScores)
    .map(([criterionId, p]) => ({ criterionId, points: num(p) }))
    .filter((s): s is { criterionId: string; points: number } => s.points !== null);
  return { score: points === null ? null : num(v.score), rubricScores, feedbackMarkdown: v.feedbackMarkdown };
}

/** The shared grade rules (the API's), with the messages on the form's fields. */
export function validateGrade(v: GradeFormValues, points: number | null, rubric: readonly Criterion[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const input = toGradeInput(v, points);
  if (points !== null && v.score !== '' && num(v.score) === null) errors.score = 'Enter a number.';
  const r = gradeSchema(points, rubric).safeParse({
    score: input.score,
    rubricScores: Object.fromEntries(input.rubricScores.map((s) => [s.criterionId, s.points])),
    feedbackMarkdown: input.feedbackMarkdown,
  });
  if (!r.success) for (const i of r.error.issues) errors[i.path.map(String).join('.')] ??= i.message;
  return errors;
}
