/**
 * The assignment editor's vocabulary and pure rules: the form's values and how they
 * become the API's input (an absolute due time is a wall-clock time in the cohort's zone;
 * a relative one is minutes from a session's start), and validation with the shared
 * schema, so the form says what the API would say.
 */
import {
  assignmentSchema,
  describeRelativeDue,
  DUE_OFFSET_LIMIT_MINUTES,
  DateTime,
  isValidLocalDate,
  localToInstant,
  parseLocalTime,
  quizSettingsSchema,
  relativeDueAt,
  type ASSIGNMENT_KINDS,
  type DUE_MODES,
  type LATE_POLICIES,
} from '@gantry/shared';

export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
export type DueMode = (typeof DUE_MODES)[number];
export type LatePolicy = (typeof LATE_POLICIES)[number];
export type OffsetUnit = 'MINUTES' | 'HOURS' | 'DAYS';
export type OffsetDirection = 'BEFORE' | 'AFTER';

export const KIND_LABEL: Record<AssignmentKind, string> = { WRITTEN: 'Written answer', FILE: 'File upload', QUIZ: 'Practice quiz' };
export const KIND_DESCRIPTION: Record<AssignmentKind, string> = {
  WRITTEN: 'Students write their answer here (they may attach files too).',
  FILE: 'Students upload one or more files.',
  QUIZ: 'Students answer multiple-choice questions from the question bank; the server scores each attempt.',
};
export const LATE_LABEL: Record<LatePolicy, string> = {
  ACCEPT_LATE: 'Accept late work and mark it late',
  CLOSE: 'Close at the due time',
};
export const UNIT_MINUTES: Record<OffsetUnit, number> = { MINUTES: 1, HOURS: 60, DAYS: 1440 };
export const UNIT_LABEL: Record<OffsetUnit, string> = { MINUTES: 'minutes', HOURS: 'hours', DAYS: 'days' };
export const DIRECTION_LABEL: Record<OffsetDirection, string> = { BEFORE: 'before', AFTER: 'after' };

export interface RubricRow {
  id: string;
  title: string;
  description: string;
  points: number | string;
}

/**
 * A practice quiz's settings as the form holds them (kind QUIZ). The editor for them is
 * the page's (a slot): this feature only keeps, validates and sends them.
 */
export interface QuizFormValues {
  selection: 'FIXED' | 'RULE';
  /** FIXED: the questions, in order. */
  questionIds: string[];
  /** RULE: what to draw per attempt (none chosen: any). */
  domainIds: string[];
  modalityIds: string[];
  difficulty: '' | 'EASY' | 'MEDIUM' | 'HARD';
  count: number | string;
  feedback: 'IMMEDIATE' | 'AT_END';
  timed: boolean;
  timeLimitMinutes: number | string;
  shuffle: boolean;
}

/** What the API receives for a quiz (QuizSettingsInput). */
export interface QuizPayload {
  selection: 'FIXED' | 'RULE';
  questionIds: string[];
  rule: { domainIds: string[]; modalityIds: string[]; difficulty: 'EASY' | 'MEDIUM' | 'HARD' | null; count: number } | null;
  feedback: 'IMMEDIATE' | 'AT_END';
  timeLimitMinutes: number | null;
  shuffle: boolean;
}

export interface AssignmentFormValues {
  title: string;
  instructionsMarkdown: string;
  kind: AssignmentKind;
  ungraded: boolean;
  points: number | string;
  dueMode: DueMode;
  /** ABSOLUTE: local date and time in the cohort's zone. */
  dueDate: string;
  dueTime: string;
  /** RELATIVE: "[amount] [unit] [direction] the start of [session]". */
  dueSessionId: string | null;
  offsetAmount: number | string;
  offsetUnit: OffsetUnit;
  offsetDirection: OffsetDirection;
  latePolicy: LatePolicy;
  rubric: RubricRow[];
  publish: boolean;
  quiz: QuizFormValues;
}

/** What the API receives for an assignment (the shape of AssignmentInput). */
export interface AssignmentPayload {
  sessionId: string;
  title: string;
  instructionsMarkdown: string;
  kind: AssignmentKind;
  points: number | null;
  dueMode: DueMode;
  dueAt: string | null;
  dueSessionId: string | null;
  dueOffsetMinutes: number | null;
  latePolicy: LatePolicy;
  rubric: { id: string; title: string; description: string; points: number }[];
  publish: boolean;
  /** Only for kind QUIZ (absent otherwise). */
  quiz?: QuizPayload;
}

/** A session as the editor needs it: to pick one and to compute a relative due time. */
export interface SessionOption {
  id: string;
  number: number;
  title: string;
  startsAt: string;
  status: string;
}

/** The assignment being edited, as the API describes it. */
export interface SavedAssignment {
  title: string;
  instructionsMarkdown: string;
  kind: AssignmentKind;
  points?: number | null;
  dueMode: DueMode;
  dueAt: string;
  dueSessionId?: string | null;
  dueOffsetMinutes?: number | null;
  latePolicy: LatePolicy;
  rubric: readonly { id: string; title: string; description: string; points: number }[];
  published: boolean;
  quiz?: {
    selection: 'FIXED' | 'RULE';
    questionIds: readonly string[];
    rule?: { domainIds: readonly string[]; modalityIds: readonly string[]; difficulty?: 'EASY' | 'MEDIUM' | 'HARD' | null; count: number } | null;
    feedback: 'IMMEDIATE' | 'AT_END';
    timeLimitMinutes?: number | null;
    shuffle: boolean;
  } | null;
}

/** A new quiz: ten questions picked by hand, feedback at the end, no time limit, shuffled. */
export function newQuizValues(): QuizFormValues {
  return { selection: 'FIXED', questionIds: [], domainIds: [], modalityIds: [], difficulty: '', count: 10, feedback: 'AT_END', timed: false, timeLimitMinutes: 30, shuffle: true };
}

function quizValuesOf(q: SavedAssignment['quiz']): QuizFormValues {
  if (!q) return newQuizValues();
  return {
    selection: q.selection,
    questionIds: [...q.questionIds],
    domainIds: [...(q.rule?.domainIds ?? [])],
    modalityIds: [...(q.rule?.modalityIds ?? [])],
    difficulty: q.rule?.difficulty ?? '',
    count: q.rule?.count ?? 10,
    feedback: q.feedback,
    timed: q.timeLimitMinutes !== null && q.timeLimitMinutes !== undefined,
    timeLimitMinutes: q.timeLimitMinutes ?? 30,
    shuffle: q.shuffle,
  };
}

/** The quiz's input: only the fields of the chosen selection. */
export function quizPayload(q: QuizFormValues): QuizPayload {
  return {
    selection: q.selection,
    questionIds: q.selection === 'FIXED' ? q.questionIds : [],
    rule: q.selection === 'RULE' ? { domainIds: q.domainIds, modalityIds: q.modalityIds, difficulty: q.difficulty || null, count: toNumber(q.count) } : null,
    feedback: q.feedback,
    timeLimitMinutes: q.timed ? toNumber(q.timeLimitMinutes) : null,
    shuffle: q.shuffle,
  };
}

function toNumber(v: number | string): number {
  if (typeof v === 'number') return v;
  return v.trim() === '' ? Number.NaN : Number(v);
}

/** A fresh criterion id: unique, so criteria of different assignments never share one. */
export function newCriterionId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `c-${DateTime.utc().toMillis().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Minutes as "[amount] [unit] [direction]", in the largest unit that divides them. */
export function splitOffset(minutes: number): { amount: number; unit: OffsetUnit; direction: OffsetDirection } {
  const abs = Math.abs(minutes);
  const direction: OffsetDirection = minutes < 0 ? 'BEFORE' : 'AFTER';
  if (abs === 0) return { amount: 0, unit: 'HOURS', direction: 'BEFORE' };
  if (abs % 1440 === 0) return { amount: abs / 1440, unit: 'DAYS', direction };
  if (abs % 60 === 0) return { amount: abs / 60, unit: 'HOURS', direction };
  return { amount: abs, unit: 'MINUTES', direction };
}

/** "[amount] [unit] [direction]" as signed minutes from the session's start (NaN when the amount is not a number). */
export function offsetMinutes(amount: number | string, unit: OffsetUnit, direction: OffsetDirection): number {
  const n = toNumber(amount);
  if (!Number.isFinite(n)) return Number.NaN;
  const m = Math.round(n * UNIT_MINUTES[unit]);
  return direction === 'BEFORE' ? -m : m;
}

/** The instant of a local date and time in the cohort's zone, or null while incomplete. */
export function absoluteDueAt(date: string, time: string, zone: string): { iso: string; shifted: boolean } | null {
  if (!isValidLocalDate(date) || !parseLocalTime(time)) return null;
  try {
    const { instant, shifted } = localToInstant(date, time, zone);
    return { iso: instant.toUTC().toISO()!, shifted };
  } catch {
    return null;
  }
}

/**
 * Defaults for homework set at a session: due one hour before the next session, or (at
 * the last session) a day after this one starts.
 */
export function newAssignmentValues(sessionId: string, sessions: readonly SessionOption[], zone: string): AssignmentFormValues {
  const ordered = [...sessions].sort((a, b) => DateTime.fromISO(a.startsAt).toMillis() - DateTime.fromISO(b.startsAt).toMillis());
  const at = ordered.findIndex((s) => s.id === sessionId);
  const next = ordered.slice(at + 1).find((s) => s.status !== 'CANCELLED');
  const follow = next ?? ordered[at];
  const minutes = next ? -60 : 1440;
  const split = splitOffset(minutes);
  const local = follow ? DateTime.fromISO(relativeDueAt(follow.startsAt, minutes), { zone: 'UTC' }).setZone(zone) : DateTime.utc().setZone(zone).plus({ weeks: 1 }).startOf('hour');
  return {
    title: '',
    instructionsMarkdown: '',
    kind: 'WRITTEN',
    ungraded: false,
    points: 10,
    dueMode: 'RELATIVE',
    dueDate: local.toISODate() ?? '',
    dueTime: local.toFormat('HH:mm'),
    dueSessionId: follow?.id ?? null,
    offsetAmount: split.amount,
    offsetUnit: split.unit,
    offsetDirection: split.direction,
    latePolicy: 'ACCEPT_LATE',
    rubric: [],
    publish: false,
    quiz: newQuizValues(),
  };
}

/** The form's values for an assignment the API described. */
export function valuesOf(a: SavedAssignment, zone: string): AssignmentFormValues {
  const local = DateTime.fromISO(a.dueAt, { zone: 'UTC' }).setZone(zone);
  const split = splitOffset(a.dueOffsetMinutes ?? -60);
  return {
    title: a.title,
    instructionsMarkdown: a.instructionsMarkdown,
    kind: a.kind,
    ungraded: a.points === null || a.points === undefined,
    points: a.points ?? 10,
    dueMode: a.dueMode,
    dueDate: local.toISODate() ?? '',
    dueTime: local.toFormat('HH:mm'),
    dueSessionId: a.dueSessionId ?? null,
    offsetAmount: split.amount,
    offsetUnit: split.unit,
    offsetDirection: split.direction,
    latePolicy: a.latePolicy,
    rubric: a.rubric.map((c) => ({ id: c.id, title: c.title, description: c.description, points: c.points })),
    publish: a.published,
    quiz: quizValuesOf(a.quiz),
  };
}

/** The API's input for the form's values: only the due fields of the chosen mode. */
export function toPayload(v: AssignmentFormValues, sessionId: string, zone: string): AssignmentPayload {
  const absolute = v.dueMode === 'ABSOLUTE' ? absoluteDueAt(v.dueDate, v.dueTime, zone) : null;
  return {
    sessionId,
    title: v.title.trim(),
    instructionsMarkdown: v.instructionsMarkdown,
    kind: v.kind,
    points: v.ungraded ? null : toNumber(v.points),
    dueMode: v.dueMode,
    dueAt: absolute?.iso ?? null,
    dueSessionId: v.dueMode === 'RELATIVE' ? v.dueSessionId : null,
    dueOffsetMinutes: v.dueMode === 'RELATIVE' ? offsetMinutes(v.offsetAmount, v.offsetUnit, v.offsetDirection) : null,
    latePolicy: v.latePolicy,
    rubric: v.kind === 'QUIZ' ? [] : v.rubric.map((c) => ({ id: c.id, title: c.title.trim(), description: c.description.trim(), points: toNumber(c.points) })),
    publish: v.publish,
    ...(v.kind === 'QUIZ' ? { quiz: quizPayload(v.quiz) } : {}),
  };
}

/** Form field names for the API's (and the schema's) field names. */
export const FIELD_FOR: Record<string, string> = {
  dueAt: 'dueDate',
  dueOffsetMinutes: 'offsetAmount',
  'quiz.rule': 'quiz.count',
  'quiz.rule.count': 'quiz.count',
  'quiz.rule.domainIds': 'quiz.domainIds',
  'quiz.rule.modalityIds': 'quiz.modalityIds',
  'quiz.rule.difficulty': 'quiz.difficulty',
};

/**
 * The shared zod rules (the API's own), with errors placed on the form's fields. The
 * schema's cross-field rules (due time of the chosen mode, rubric total) run only once
 * every field parses; the same rules are said at once here, in the schema's words, so
 * the form lists everything in one go.
 */
export function validateAssignment(v: AssignmentFormValues, sessionId: string, zone: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const input = toPayload(v, sessionId, zone);
  const r = assignmentSchema.safeParse(input);
  if (!r.success) {
    for (const i of r.error.issues) {
      const [head, ...rest] = i.path.map(String);
      const key = [FIELD_FOR[head!] ?? head, ...rest].join('.');
      errors[key] ??= i.message;
    }
  }
  if (!v.ungraded && !Number.isFinite(toNumber(v.points))) errors.points = 'Give the points, or mark it ungraded.';
  if (v.dueMode === 'ABSOLUTE') {
    if (!isValidLocalDate(v.dueDate)) errors.dueDate ??= 'Choose a due date and time.';
    if (!parseLocalTime(v.dueTime)) errors.dueTime ??= 'Choose the time.';
  } else {
    if (!v.dueSessionId) errors.dueSessionId ??= 'Choose the session the due time follows.';
    const m = input.dueOffsetMinutes;
    if (m === null || !Number.isFinite(m) || toNumber(v.offsetAmount) < 0) errors.offsetAmount = 'How long before or after the session?';
    else if (Math.abs(m) > DUE_OFFSET_LIMIT_MINUTES) errors.offsetAmount ??= m < 0 ? 'Use at most a week before the session.' : 'Use at most a week after the session starts.';
  }
  if (v.kind === 'QUIZ') {
    const q = quizSettingsSchema.safeParse(input.quiz);
    if (!q.success) {
      for (const i of q.error.issues) {
        const key = `quiz.${i.path.map(String).join('.')}`;
        errors[FIELD_FOR[key] ?? key] ??= i.message;
      }
    }
    if (v.quiz.selection === 'RULE' && !Number.isFinite(toNumber(v.quiz.count))) errors['quiz.count'] = 'How many questions?';
    if (v.quiz.timed && !Number.isFinite(toNumber(v.quiz.timeLimitMinutes))) errors['quiz.timeLimitMinutes'] = 'Give the time limit in minutes, or turn it off.';
    return errors;
  }
  v.rubric.forEach((c, i) => {
    if (!Number.isFinite(toNumber(c.points))) errors[`rubric.${i}.points`] ??= 'Give the criterion points.';
  });
  if (v.rubric.length && !errors.rubric) {
    const sum = rubricTotal(v.rubric);
    if (v.ungraded || !Number.isFinite(toNumber(v.points))) errors.rubric = 'A rubric needs points: give the assignment points or remove the rubric.';
    else if (sum !== toNumber(v.points)) errors.rubric = `The criteria add up to ${sum} points; the assignment is worth ${toNumber(v.points)}.`;
  }
  return errors;
}

export function rubricTotal(rubric: readonly { points: number | string }[]): number {
  return rubric.reduce((s, c) => s + (Number.isFinite(toNumber(c.points)) ? toNumber(c.points) : 0), 0);
}

/**
 * The due instant the form describes, for the live preview (null while incomplete), and
 * for a relative due time the words the API uses for it ("1 hour before session 3").
 */
export function previewDue(v: AssignmentFormValues, sessions: readonly SessionOption[], zone: string): { dueAt: string; description: string | null; shifted: boolean } | null {
  if (v.dueMode === 'ABSOLUTE') {
    const a = absoluteDueAt(v.dueDate, v.dueTime, zone);
    return a ? { dueAt: a.iso, description: null, shifted: a.shifted } : null;
  }
  const session = sessions.find((s) => s.id === v.dueSessionId);
  const minutes = offsetMinutes(v.offsetAmount, v.offsetUnit, v.offsetDirection);
  if (!session || !Number.isFinite(minutes) || toNumber(v.offsetAmount) < 0) return null;
  return { dueAt: relativeDueAt(session.startsAt, minutes), description: describeRelativeDue(minutes, session.number), shifted: false };
}
