/**
 * Practice quizzes and the mock exam, shared by the API and the web: how a blueprint's
 * domain weights become question counts (largest remainder), drawing questions without
 * repeats, shuffling with an injected random source, scoring, the server timer's math, and
 * the validation of quiz settings and blueprints (both sides show the same messages).
 *
 * Pure. Randomness is always passed in (`Rng`): the API passes `cryptoRng`-like sources,
 * tests a seeded one, so every draw is reproducible in a test.
 */
import { z } from 'zod';

export const ATTEMPT_KINDS = ['PRACTICE', 'MOCK'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];
export const ATTEMPT_STATUSES = ['IN_PROGRESS', 'SUBMITTED'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export const QUIZ_SELECTIONS = ['FIXED', 'RULE'] as const;
export type QuizSelection = (typeof QUIZ_SELECTIONS)[number];
export const QUIZ_FEEDBACK = ['IMMEDIATE', 'AT_END'] as const;
export type QuizFeedback = (typeof QUIZ_FEEDBACK)[number];
/** The question bank's difficulties (kept here too so this file stands alone). */
const QUIZ_DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const;

/** The CRES format (DESIGN.md): what the first blueprint edition seeds. */
export const MOCK_EXAM_QUESTIONS = 165;
export const MOCK_EXAM_MINUTES = 180;
/** Limits of a practice quiz. */
export const QUIZ_MAX_QUESTIONS = 200;
export const QUIZ_MAX_MINUTES = 600;

// ---- randomness ----

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** A seeded generator (mulberry32): the same seed gives the same sequence. For tests and reproducible draws. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n) from the source (guarded against a source that returns 1). */
function below(n: number, rng: Rng): number {
  return Math.min(n - 1, Math.floor(rng() * n));
}

/** Fisher–Yates: a shuffled copy, every order equally likely for a uniform source. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = below(i + 1, rng);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * `count` distinct items drawn uniformly (a partial Fisher–Yates). Duplicates in the pool
 * are dropped first, so the draw never repeats an item. Throws if the pool is too small:
 * callers check `shortfalls` first.
 */
export function sample<T>(pool: readonly T[], count: number, rng: Rng): T[] {
  const items = [...new Set(pool)];
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Cannot draw ${count} items.`);
  if (count > items.length) throw new RangeError(`Cannot draw ${count} from ${items.length}.`);
  for (let i = 0; i < count; i++) {
    const j = i + below(items.length - i, rng);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, count);
}

// ---- blueprints ----

/**
 * Split `total` questions among keys in proportion to their weights by the largest-remainder
 * (Hamilton) method: every key gets the floor of its exact quota, and the questions left go
 * one each to the largest fractional parts. Ties go to the larger weight, then to the key
 * that comes first in `weights`' order: the result depends on nothing but the input.
 * The counts always add up to `total`. Weights are relative (any scale); a zero weight gets
 * nothing. At least one weight must be positive (unless `total` is 0).
 */
export function apportion(weights: Readonly<Record<string, number>>, total: number): Record<string, number> {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`A total of ${total} questions cannot be apportioned.`);
  const keys = Object.keys(weights);
  for (const k of keys) {
    const w = weights[k];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`The weight of ${k} must be a number of 0 or more.`);
  }
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  if (total === 0) return out;
  if (!(sum > 0)) throw new RangeError('At least one weight must be more than 0.');
  const quotas = keys.map((k, index) => {
    const exact = (weights[k] * total) / sum;
    const floor = Math.floor(exact + 1e-9);
    return { k, index, floor, rest: exact - floor, weight: weights[k] };
  });
  let left = total - quotas.reduce((s, q) => s + q.floor, 0);
  const byRest = [...quotas].filter((q) => q.weight > 0).sort((a, b) => b.rest - a.rest || b.weight - a.weight || a.index - b.index);
  for (const q of byRest) {
    if (left <= 0) break;
    q.floor++;
    left--;
  }
  for (const q of quotas) out[q.k] = q.floor;
  return out;
}

/** A domain whose pool of reviewed questions is smaller than its share of the exam. */
export interface DomainShortfall {
  domain: string;
  available: number;
  needed: number;
}

/** Domains that cannot supply their count (empty: the draw can go ahead). */
export function shortfalls(pools: Readonly<Record<string, readonly string[]>>, counts: Readonly<Record<string, number>>): DomainShortfall[] {
  return Object.entries(counts)
    .filter(([, needed]) => needed > 0)
    .map(([domain, needed]) => ({ domain, needed, available: new Set(pools[domain] ?? []).size }))
    .filter((s) => s.available < s.needed);
}

/**
 * Draw `counts[domain]` question ids from each domain's pool, without repeats within a
 * domain or across domains (an id that appears in two pools is drawn at most once), then
 * shuffle the whole exam so domains are interleaved. A domain whose pool is short is an
 * error here: the mock exam refuses to start (see `shortfalls` and `describeShortfalls`)
 * rather than quietly changing the blueprint's proportions.
 */
export function drawByBlueprint(pools: Readonly<Record<string, readonly string[]>>, counts: Readonly<Record<string, number>>, rng: Rng): string[] {
  const short = shortfalls(pools, counts);
  if (short.length) throw new RangeError(describeShortfalls(short));
  const taken = new Set<string>();
  const drawn: string[] = [];
  for (const [domain, needed] of Object.entries(counts)) {
    if (needed <= 0) continue;
    const pool = [...new Set(pools[domain] ?? [])].filter((id) => !taken.has(id));
    if (pool.length < needed) throw new RangeError(describeShortfalls([{ domain, needed, available: pool.length }]));
    for (const id of sample(pool, needed, rng)) {
      taken.add(id);
      drawn.push(id);
    }
  }
  return shuffle(drawn, rng);
}

/** "Safety and regulatory compliance has 12 reviewed questions; the exam needs 28." — one sentence per domain. */
export function describeShortfalls(short: readonly DomainShortfall[], nameOf: (domain: string) => string = (d) => d): string {
  return short
    .map((s) => `${nameOf(s.domain)} has ${s.available} reviewed question${s.available === 1 ? '' : 's'} you can practise; the exam needs ${s.needed}.`)
    .join(' ');
}

// ---- scoring ----

/** Whole percent, rounded half up; 0 when there is nothing to score. */
export function percentOf(correct: number, total: number): number {
  return total > 0 ? Math.round((100 * correct) / total) : 0;
}

/** A practice quiz's homework score: the assignment's points scaled by the share correct, rounded to whole points. */
export function quizScore(points: number, correct: number, total: number): number {
  return total > 0 ? Math.round((points * correct) / total) : 0;
}

export interface ScoreCell {
  correct: number;
  total: number;
  percent: number;
}

/**
 * Correct / total / percent per key (domain, modality, …) over scored items. Unanswered
 * items count in the total (an unanswered question on the exam is a wrong one).
 */
export function tally<K>(items: readonly { key: K; correct: boolean | null }[]): Map<K, ScoreCell> {
  const out = new Map<K, ScoreCell>();
  for (const it of items) {
    const cell = out.get(it.key) ?? { correct: 0, total: 0, percent: 0 };
    cell.total++;
    if (it.correct) cell.correct++;
    out.set(it.key, cell);
  }
  for (const cell of out.values()) cell.percent = percentOf(cell.correct, cell.total);
  return out;
}

// ---- the server timer ----

const ms = (t: Date | string | number): number => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : new Date(t).getTime());

/** Whole seconds until the deadline (rounded up, never below 0); null without a deadline. */
export function secondsLeft(deadline: Date | string | number | null | undefined, now: Date | string | number): number | null {
  if (deadline === null || deadline === undefined) return null;
  return Math.max(0, Math.ceil((ms(deadline) - ms(now)) / 1000));
}

/** True once the deadline has been reached (an attempt without one never expires). */
export function isPastDeadline(deadline: Date | string | number | null | undefined, now: Date | string | number): boolean {
  return deadline !== null && deadline !== undefined && ms(now) >= ms(deadline);
}

/**
 * When an attempt must be handed in: `minutes` after its start, and never after `closesAt`
 * (a practice quiz whose due time does not accept late work). Null: no limit at all.
 */
export function attemptDeadline(startedAt: Date, minutes: number | null | undefined, closesAt?: Date | null): Date | null {
  const byLimit = minutes ? new Date(startedAt.getTime() + minutes * 60_000) : null;
  if (byLimit && closesAt) return byLimit < closesAt ? byLimit : closesAt;
  return byLimit ?? closesAt ?? null;
}

// ---- validation ----

const id = z.uuid({ message: 'Choose from the list.' });

export const quizRuleSchema = z.object({
  domainIds: z.array(id).max(20, 'Choose at most 20 domains.').default([]),
  modalityIds: z.array(id).max(20, 'Choose at most 20 modalities.').default([]),
  difficulty: z.enum(QUIZ_DIFFICULTIES).nullish().transform((d) => d ?? null),
  count: z
    .number({ message: 'How many questions?' })
    .int('Use a whole number of questions.')
    .min(1, 'A quiz has at least 1 question.')
    .max(QUIZ_MAX_QUESTIONS, `A quiz has at most ${QUIZ_MAX_QUESTIONS} questions.`),
});
export type QuizRule = z.infer<typeof quizRuleSchema>;

/**
 * A practice quiz's settings. FIXED: the mentor's questions, in order (shuffled per attempt
 * when `shuffle`); RULE: `count` reviewed questions drawn per attempt from the domains and
 * modalities chosen (none chosen: any). Questions tagged with no modality (general ones)
 * match any modality filter. Whether the questions exist, are reviewed and are enough is
 * checked by the server, at save and again when an attempt starts.
 */
export const quizSettingsSchema = z
  .object({
    selection: z.enum(QUIZ_SELECTIONS, { message: 'Pick questions or a rule.' }),
    questionIds: z.array(id).max(QUIZ_MAX_QUESTIONS, `A quiz has at most ${QUIZ_MAX_QUESTIONS} questions.`).default([]),
    rule: quizRuleSchema.nullish().transform((r) => r ?? null),
    feedback: z.enum(QUIZ_FEEDBACK, { message: 'Choose when students see the answers.' }),
    timeLimitMinutes: z
      .number()
      .int('Use whole minutes.')
      .min(1, `A time limit is 1 to ${QUIZ_MAX_MINUTES} minutes, or none.`)
      .max(QUIZ_MAX_MINUTES, `A time limit is 1 to ${QUIZ_MAX_MINUTES} minutes, or none.`)
      .nullish()
      .transform((n) => n ?? null),
    shuffle: z.boolean().nullish().transform((s) => s ?? true),
  })
  .superRefine((q, ctx) => {
    if (q.selection === 'FIXED') {
      if (!q.questionIds.length) ctx.addIssue({ code: 'custom', path: ['questionIds'], message: 'Add at least one question.' });
      if (new Set(q.questionIds).size !== q.questionIds.length) ctx.addIssue({ code: 'custom', path: ['questionIds'], message: 'Each question can be in a quiz once.' });
    }
    if (q.selection === 'RULE' && !q.rule) ctx.addIssue({ code: 'custom', path: ['rule'], message: 'Say which questions to draw and how many.' });
  });
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

/** How many questions an attempt at a quiz with these settings has. */
export function quizQuestionCount(q: Pick<QuizSettings, 'selection' | 'questionIds' | 'rule'>): number {
  return q.selection === 'FIXED' ? q.questionIds.length : (q.rule?.count ?? 0);
}

export const examBlueprintSchema = z
  .object({
    edition: z
      .string()
      .trim()
      .min(1, 'Name the edition, like 2026-01.')
      .max(40, 'An edition name has at most 40 characters.')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, dots and hyphens, like 2026-01.'),
    effectiveFrom: z.string({ message: 'Enter the effective date.' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the effective date as YYYY-MM-DD.').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Enter a real date (YYYY-MM-DD).'),
    questionCount: z.number().int('Use a whole number of questions.').min(1, 'An exam has 1 to 500 questions.').max(500, 'An exam has 1 to 500 questions.'),
    minutes: z.number().int('Use whole minutes.').min(1, 'An exam lasts 1 to 600 minutes.').max(600, 'An exam lasts 1 to 600 minutes.'),
    provisional: z.boolean().default(false),
    weights: z
      .array(
        z.object({
          domainId: id,
          weight: z.number().min(0, 'A weight is 0 or more.').max(1000, 'A weight is at most 1000.'),
        }),
      )
      .min(1, 'Give each domain a weight.')
      .max(50, 'At most 50 domains.'),
  })
  .superRefine((b, ctx) => {
    const ids = b.weights.map((w) => w.domainId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'Give each domain one weight.' });
    if (!b.weights.some((w) => w.weight > 0)) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'At least one domain needs a weight above 0.' });
  });
export type ExamBlueprintInput = z.infer<typeof examBlueprintSchema>;
