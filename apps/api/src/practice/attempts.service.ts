import { randomInt } from 'node:crypto';
import { NO_ID, idOrNone } from '../common/ids';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  attemptDeadline,
  describeShortfalls,
  drawByBlueprint,
  effectiveDueAt,
  isPastDeadline,
  percentOf,
  quizScore,
  sample,
  shortfalls,
  shuffle,
  submissionTiming,
  tally,
  type Rng,
} from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, ErrorCode, isUniqueViolation } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { startPolling, type Poller } from '../common/polling';
import { CohortAccessService } from '../cohorts/cohort-access.service';
import { CohortEntity } from '../cohorts/cohort.entity';
import { ExamDomainEntity } from '../materials/exam-domain.entity';
import { ModalityEntity } from '../modalities/modality.entity';
import { AssignmentEntity, AssignmentExtensionEntity, AssignmentKind, LatePolicy } from '../homework/assignment.entity';
import { DEADLINE_PASSED, SubmissionsService } from '../homework/submissions.service';
import { QuestionsService } from '../questions/questions.service';
import type { QuestionEntity, QuestionOptionEntity } from '../questions/question.entity';
import { AttemptEntity, AttemptItemEntity } from './attempt.entity';
import { BlueprintsService } from './blueprints.service';
import { QuizEntity } from './quiz.entity';
import { PracticeService } from './practice.service';
import { QuizzesService } from './quizzes.service';

const uuid = z.uuid();
const MAX_ITEMS_PER_READ = 200;

export const TIME_UP = 'Time is up: this attempt was submitted automatically when its time ran out. Answers saved before then count.';
export const ALREADY_SUBMITTED = 'This attempt has been submitted; its answers can no longer change.';
export const MOCK_RUNNING = 'You already have a mock exam in progress. Resume it from the mock exam page: your answers and the time left are kept.';
export const ANSWER_LOCKED = 'You already answered this question. With feedback after each answer, an answer is locked once its feedback is shown.';
export const MOCK_TITLE = 'Mock exam';

/** Uniform in [0, 1) from the operating system's generator. */
export const cryptoRng: Rng = () => randomInt(0, 2 ** 47) / 2 ** 47;

/** An attempt as one viewer reads it. */
export interface AttemptView {
  attempt: AttemptEntity;
  title: string;
  itemCount: number;
  answeredCount: number;
  flaggedCount: number;
}

/** One item with everything needed to show it; `revealed` decides whether the answer and rationale may leave the server. */
export interface ItemView {
  item: AttemptItemEntity;
  question: QuestionEntity;
  /** In this attempt's order. */
  options: QuestionOptionEntity[];
  domain: ExamDomainEntity;
  modality: ModalityEntity | null;
  revealed: boolean;
}

export interface ResultView {
  correct: number;
  total: number;
  percent: number;
  byDomain: { domain: ExamDomainEntity; correct: number; total: number; percent: number }[];
  byModality: { modality: ModalityEntity | null; correct: number; total: number; percent: number }[];
}

export interface AttemptSummaryRow {
  id: string;
  kind: AttemptEntity['kind'];
  status: AttemptEntity['status'];
  startedAt: Date;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  assignmentId: string | null;
  title: string;
  percent: number | null;
}

export interface AnswerInput {
  position: number;
  /** undefined: leave the answer; null: clear it; an id: choose it. */
  optionId?: string | null;
  flagged?: boolean | null;
}

/** Whether an item's answer and rationale may be shown: after submitting; with IMMEDIATE feedback, once answered. */
export function isRevealed(a: Pick<AttemptEntity, 'status' | 'feedback'>, item: Pick<AttemptItemEntity, 'selectedOptionId'>): boolean {
  return a.status === 'SUBMITTED' || (a.feedback === 'IMMEDIATE' && item.selectedOptionId !== null);
}

/**
 * Practice-quiz attempts and mock exams. The server owns the clock and the score: every
 * read or answer of an attempt whose deadline has passed first submits it (in its own
 * transaction, so an answer refused afterwards still leaves it submitted), and a poller
 * submits the ones nobody comes back to. Only the attempt's student reads it while it runs;
 * once submitted, the managers of a quiz's cohort may read it too. Anything else: not found.
 */
const QUIZZES_CLOSED = 'Practice quizzes are closed while your mock exam is in progress. Submit it first.';
const ATTEMPTS_CLOSED = 'Past attempts are hidden while your mock exam is in progress. Submit it first.';

@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly submissions: SubmissionsService,
    private readonly questions: QuestionsService,
    private readonly quizzes: QuizzesService,
    private readonly blueprints: BlueprintsService,
    private readonly closedBook: PracticeService,
  ) {}

  private readonly logger = new Logger(AttemptsService.name);

  /** The random source for draws and shuffles (tests may replace it). */
  rng: Rng = cryptoRng;

  // ---- starting ----

  /** Start (or resume: the one in progress is returned) an attempt at a published QUIZ assignment. */
  async startQuiz(viewer: Viewer, assignmentId: string): Promise<AttemptView> {
    const id = idOrNone(assignmentId);
    // An attempt whose time ran out is handed in first, so that pressing "start" begins a new one.
    await this.expireDueOf(viewer.userId);
    try {
      return await this.db.transaction(async (m) => {
        const assignment = await m.findOneBy(AssignmentEntity, { id });
        const cohort = assignment ? await m.findOneBy(CohortEntity, { id: assignment.cohortId }) : null;
        const access = cohort ? await this.access.of(viewer, cohort, m) : null;
        const published = !!assignment?.publishedAt;
        if (!assignment || !access || !(access.manage || (access.enrolled && published))) throw AppError.notFound('That assignment');
        if (assignment.kind !== AssignmentKind.Quiz) throw AppError.validation({ assignmentId: ['This assignment is not a quiz.'] }, 'This assignment is not a quiz.');
        if (!access.enrolled) throw AppError.forbidden('Only students enrolled in this cohort take its quizzes.');
        if (!published) throw AppError.notFound('That assignment');
        // Closed book: a quiz with immediate feedback would reveal answers to the mock's questions.
        if ((await this.closedBook.inMockExam([viewer.userId], m)).size) throw AppError.conflict(QUIZZES_CLOSED);

        const running = await m.findOne(AttemptEntity, { where: { userId: viewer.userId, assignmentId: id, status: 'IN_PROGRESS' }, lock: { mode: 'pessimistic_write' } });
        if (running) return this.view(m, running);

        const extension = await m.findOneBy(AssignmentExtensionEntity, { assignmentId: id, studentId: viewer.userId });
        const dueAt = effectiveDueAt(assignment.dueAt.toISOString(), extension?.dueAt.toISOString());
        if (!submissionTiming(dueAt, assignment.latePolicy).open) throw new AppError(ErrorCode.BadUserInput, DEADLINE_PASSED);

        const quiz = await m.findOneBy(QuizEntity, { assignmentId: id });
        if (!quiz) throw AppError.conflict('This quiz is not set up yet. Ask your mentor to choose its questions.');
        let questionIds: string[];
        if (quiz.selection === 'FIXED') {
          // Only what this cohort's students may be given now: reviewed, platform-wide or of the
          // cohort's chapter (a template copied into another chapter, or a question moved to
          // another chapter's bank, must not carry it across). Retired ones are left out.
          const usable = await this.questions.reviewedPool(m, { chapterIds: [cohort!.chapterId], ids: quiz.questionIds });
          const reviewed = new Set(usable.map((r) => r.id));
          questionIds = quiz.questionIds.filter((q) => reviewed.has(q));
          if (!questionIds.length) throw AppError.conflict('None of this quiz’s questions can be used any more (they were retired). Ask your mentor to update the quiz.');
        } else {
          const pool = await this.quizzes.pool(m, assignment.cohortId, quiz);
          const count = quiz.rule!.count;
          if (pool.length < count) {
            throw AppError.conflict(
              `This quiz draws ${count} questions, but only ${pool.length} reviewed question${pool.length === 1 ? '' : 's'} match${pool.length === 1 ? 'es' : ''} its rule now. Ask your mentor to adjust it.`,
            );
          }
          questionIds = sample(pool, count, this.rng);
        }
        if (quiz.shuffle) questionIds = shuffle(questionIds, this.rng);
        const startedAt = new Date();
        const deadlineAt = attemptDeadline(startedAt, quiz.timeLimitMinutes, assignment.latePolicy === LatePolicy.Close ? new Date(dueAt) : null);
        return this.create(m, { userId: viewer.userId, kind: 'PRACTICE', assignmentId: id, cohortId: assignment.cohortId, blueprintId: null, feedback: quiz.feedback, startedAt, deadlineAt }, questionIds, quiz.shuffle);
      });
    } catch (e) {
      // Two starts at once: the other one's attempt is the one to resume.
      if (isUniqueViolation(e, 'attempt_in_progress_quiz_key')) {
        const running = await this.db.getRepository(AttemptEntity).findOneBy({ userId: viewer.userId, assignmentId: id, status: 'IN_PROGRESS' });
        if (running) return this.view(this.db.manager, running);
      }
      throw e;
    }
  }

  /**
   * Start a mock exam drawn by the current blueprint from the reviewed questions the student
   * may practise (platform-wide ones and their cohorts' chapters'). A domain without enough
   * questions refuses the start, naming the domain: a mock exam in other proportions than the
   * blueprint's would mislead. `cohortId` (a cohort the student is enrolled in) attributes it
   * to that cohort's readiness view.
   */
  async startMock(viewer: Viewer, cohortId?: string | null): Promise<AttemptView> {
    if (cohortId !== null && cohortId !== undefined && !uuid.safeParse(cohortId).success) throw AppError.notFound('That cohort');
    await this.expireDueOf(viewer.userId);
    try {
      return await this.db.transaction(async (m) => {
        if (cohortId) {
          const enrolled: unknown[] = await m.query(`SELECT 1 FROM enrollment WHERE cohort_id = $1 AND user_id = $2 AND status = 'ENROLLED'`, [cohortId, viewer.userId]);
          if (!enrolled.length) throw AppError.notFound('That cohort');
        }
        const running = await m.findOne(AttemptEntity, { where: { userId: viewer.userId, kind: 'MOCK', status: 'IN_PROGRESS' }, lock: { mode: 'pessimistic_write' } });
        if (running) throw AppError.conflict(MOCK_RUNNING);
        const { blueprint, weights } = await this.blueprints.current(m);
        const counts = Object.fromEntries(weights.filter((w) => w.questionCount > 0).map((w) => [w.domain.id, w.questionCount]));
        const chapters: { chapter_id: string }[] = await m.query(
          `SELECT DISTINCT c.chapter_id FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE e.user_id = $1 AND e.status = 'ENROLLED'`,
          [viewer.userId],
        );
        const pool = await this.questions.reviewedPool(m, { domainIds: Object.keys(counts), chapterIds: chapters.map((c) => c.chapter_id) });
        const pools: Record<string, string[]> = Object.fromEntries(Object.keys(counts).map((d) => [d, []]));
        for (const q of pool) pools[q.domainId]?.push(q.id);
        const short = shortfalls(pools, counts);
        if (short.length) {
          const names = new Map(weights.map((w) => [w.domain.id, w.domain.name]));
          throw AppError.conflict(`The mock exam cannot start yet: ${describeShortfalls(short, (d) => names.get(d) ?? d)} Ask your mentors to review more questions.`);
        }
        const questionIds = drawByBlueprint(pools, counts, this.rng);
        const startedAt = new Date();
        return this.create(
          m,
          { userId: viewer.userId, kind: 'MOCK', assignmentId: null, cohortId: cohortId ?? null, blueprintId: blueprint.id, feedback: 'AT_END', startedAt, deadlineAt: attemptDeadline(startedAt, blueprint.minutes) },
          questionIds,
          true,
        );
      });
    } catch (e) {
      if (isUniqueViolation(e, 'attempt_in_progress_mock_key')) throw AppError.conflict(MOCK_RUNNING);
      throw e;
    }
  }

  private async create(m: EntityManager, values: Partial<AttemptEntity>, questionIds: string[], shuffleOptions: boolean): Promise<AttemptView> {
    const options: { id: string; question_id: string }[] = await m.query(
      `SELECT id, question_id FROM question_option WHERE question_id = ANY($1::uuid[]) ORDER BY question_id, position`,
      [questionIds],
    );
    const byQuestion = new Map<string, string[]>(questionIds.map((q) => [q, []]));
    for (const o of options) byQuestion.get(o.question_id)?.push(o.id);
    const attempt = await m.save(m.create(AttemptEntity, { ...values, status: 'IN_PROGRESS', currentPosition: 0 }));
    await m.insert(
      AttemptItemEntity,
      questionIds.map((questionId, position) => {
        const order = byQuestion.get(questionId)!;
        return { attemptId: attempt.id, position, questionId, optionOrder: shuffleOptions ? shuffle(order, this.rng) : order };
      }),
    );
    return this.view(m, attempt);
  }

  // ---- answering ----

  async answer(viewer: Viewer, attemptId: string, input: AnswerInput): Promise<{ view: AttemptView; item: ItemView }> {
    const position = checkPosition(input.position);
    if (input.optionId !== undefined && input.optionId !== null && !uuid.safeParse(input.optionId).success) {
      throw AppError.validation({ optionId: ['That option is not one of this question’s.'] });
    }
    if (input.optionId === undefined && (input.flagged === undefined || input.flagged === null)) {
      throw AppError.validation({ optionId: ['Send an answer (optionId), a flag, or both.'] }, 'Send an answer (optionId), a flag, or both.');
    }
    await this.expireIfDue(attemptId);
    return this.db.transaction(async (m) => {
      const a = await this.ownLocked(m, viewer, attemptId);
      assertOpen(a);
      const item = await m.findOne(AttemptItemEntity, { where: { attemptId: a.id, position }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw await this.positionError(m, a.id);
      const changes: Partial<AttemptItemEntity> = {};
      if (input.optionId === null) {
        if (item.selectedOptionId && a.feedback === 'IMMEDIATE') throw AppError.conflict(ANSWER_LOCKED);
        Object.assign(changes, { selectedOptionId: null, answeredAt: null, correct: null });
      } else if (input.optionId !== undefined) {
        if (!item.optionOrder.includes(input.optionId)) throw AppError.validation({ optionId: ['That option is not one of this question’s.'] });
        if (item.selectedOptionId && item.selectedOptionId !== input.optionId && a.feedback === 'IMMEDIATE') throw AppError.conflict(ANSWER_LOCKED);
        if (item.selectedOptionId !== input.optionId) {
          const [option]: { is_correct: boolean }[] = await m.query(`SELECT is_correct FROM question_option WHERE id = $1 AND question_id = $2`, [input.optionId, item.questionId]);
          if (!option) throw AppError.validation({ optionId: ['That option is not one of this question’s.'] });
          Object.assign(changes, { selectedOptionId: input.optionId, answeredAt: new Date(), correct: option.is_correct });
        }
      }
      if (input.flagged !== undefined && input.flagged !== null) changes.flagged = input.flagged;
      if (Object.keys(changes).length) await m.update(AttemptItemEntity, { attemptId: a.id, position }, changes);
      Object.assign(item, changes);
      await m.update(AttemptEntity, { id: a.id }, { currentPosition: position, version: a.version + 1 });
      Object.assign(a, { currentPosition: position, version: a.version + 1 });
      return { view: await this.view(m, a), item: (await this.itemViews(m, a, [item]))[0] };
    });
  }

  /** Remember where the student is (resume). After submitting: nothing to remember, the attempt as it is. */
  async moveTo(viewer: Viewer, attemptId: string, position: number): Promise<AttemptView> {
    const at = checkPosition(position);
    await this.expireIfDue(attemptId);
    return this.db.transaction(async (m) => {
      const a = await this.ownLocked(m, viewer, attemptId);
      if (a.status === 'SUBMITTED') return this.view(m, a);
      const exists: unknown[] = await m.query(`SELECT 1 FROM attempt_item WHERE attempt_id = $1 AND position = $2`, [a.id, at]);
      if (!exists.length) throw await this.positionError(m, a.id);
      if (a.currentPosition !== at) {
        await m.update(AttemptEntity, { id: a.id }, { currentPosition: at, version: a.version + 1 });
        Object.assign(a, { currentPosition: at, version: a.version + 1 });
      }
      return this.view(m, a);
    });
  }

  /** Hand the attempt in and score it. Idempotent: a submitted attempt is returned as it is. */
  async submit(viewer: Viewer, attemptId: string): Promise<AttemptView> {
    return this.db.transaction(async (m) => {
      const a = await this.ownLocked(m, viewer, attemptId);
      if (a.status === 'IN_PROGRESS') await this.finalize(m, a, isPastDeadline(a.deadlineAt, new Date()));
      return this.view(m, a);
    });
  }

  /**
   * Score and close an attempt (the caller holds its row lock). Time ran out: submitted at
   * the deadline. A practice quiz's result becomes the student's homework submission, in the
   * same transaction.
   */
  private async finalize(m: EntityManager, a: AttemptEntity, auto: boolean): Promise<void> {
    const [{ total, correct }]: { total: number; correct: number }[] = await m.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE correct)::int AS correct FROM attempt_item WHERE attempt_id = $1`,
      [a.id],
    );
    const submittedAt = auto && a.deadlineAt ? a.deadlineAt : new Date();
    const changes = { status: 'SUBMITTED' as const, submittedAt, autoSubmitted: auto, scoreCorrect: correct, scoreTotal: total, version: a.version + 1 };
    await m.update(AttemptEntity, { id: a.id }, changes);
    Object.assign(a, changes);
    if (a.kind === 'PRACTICE' && a.assignmentId) {
      const assignment = await m.findOneByOrFail(AssignmentEntity, { id: a.assignmentId });
      await this.submissions.recordQuizResult(m, {
        assignmentId: assignment.id,
        studentId: a.userId,
        attemptId: a.id,
        submittedAt,
        score: assignment.points === null ? null : quizScore(assignment.points, correct, total),
        summaryMarkdown: `Practice quiz: ${correct} of ${total} correct (${percentOf(correct, total)} %)${auto ? ', submitted automatically when time ran out' : ''}.`,
      });
    }
  }

  // ---- the timer ----

  /** Submit this attempt if its time has run out (its own transaction, committed before whatever comes next). */
  private async expireIfDue(attemptId: string): Promise<void> {
    if (!uuid.safeParse(attemptId).success) return;
    const a = await this.db.getRepository(AttemptEntity).findOne({ where: { id: attemptId }, select: { id: true, status: true, deadlineAt: true } });
    if (!a || a.status !== 'IN_PROGRESS' || !isPastDeadline(a.deadlineAt, new Date())) return;
    await this.db.transaction(async (m) => {
      const locked = await m.findOne(AttemptEntity, { where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
      if (locked?.status === 'IN_PROGRESS' && isPastDeadline(locked.deadlineAt, new Date())) await this.finalize(m, locked, true);
    });
  }

  /** Submit every attempt of this user whose time has run out. */
  private async expireDueOf(userId: string): Promise<void> {
    const due: { id: string }[] = await this.db.query(`SELECT id FROM attempt WHERE user_id = $1 AND status = 'IN_PROGRESS' AND deadline_at <= $2`, [userId, new Date()]);
    for (const { id } of due) await this.expireIfDue(id);
  }

  /**
   * The poller's run: submit attempts whose time ran out. Rows another process (or a student's
   * request) holds are skipped and left to it. Returns how many were submitted.
   */
  async submitExpired(batch = 50): Promise<number> {
    // One transaction per attempt: one that cannot be finalized (say, its homework bridge
    // fails) is logged and skipped for this run instead of rolling back all the others.
    const failed: string[] = [];
    let done = 0;
    for (let i = 0; i < batch; i++) {
      let claimed: string | null;
      let current: string | null = null;
      try {
        claimed = await this.db.transaction(async (m) => {
          const rows: { id: string }[] = await m.query(
            `SELECT id FROM attempt WHERE status = 'IN_PROGRESS' AND deadline_at <= $1 AND NOT (id = ANY($2::uuid[]))
              ORDER BY deadline_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [new Date(), failed],
          );
          if (!rows.length) return null;
          current = rows[0].id;
          await this.finalize(m, await m.findOneByOrFail(AttemptEntity, { id: current }), true);
          return rows[0].id;
        });
      } catch (e) {
        this.logger.error({ err: e, attemptId: current }, 'could not submit an expired attempt; the others go on');
        if (!current) throw e;
        failed.push(current);
        continue;
      }
      if (!claimed) break;
      done++;
    }
    return done;
  }

  // ---- reading ----

  /** The viewer's own attempt, or (once submitted) one of a quiz in a cohort they manage; NOT_FOUND otherwise. */
  async viewable(viewer: Viewer, attemptId: string): Promise<AttemptView> {
    if (!uuid.safeParse(attemptId).success) throw AppError.notFound('That attempt');
    await this.expireIfDue(attemptId);
    const a = await this.db.getRepository(AttemptEntity).findOneBy({ id: attemptId });
    if (!a) throw AppError.notFound('That attempt');
    // Closed book: past attempts show answers and rationales; only the running mock is open.
    if (!(a.kind === 'MOCK' && a.status === 'IN_PROGRESS') && (await this.closedBook.inMockExam([viewer.userId])).size) {
      throw AppError.conflict(ATTEMPTS_CLOSED);
    }
    if (a.userId !== viewer.userId) {
      const cohort = a.status === 'SUBMITTED' && a.kind === 'PRACTICE' && a.cohortId ? await this.db.getRepository(CohortEntity).findOneBy({ id: a.cohortId }) : null;
      const access = cohort ? await this.access.of(viewer, cohort) : null;
      if (!access?.manage) throw AppError.notFound('That attempt');
    }
    return this.view(this.db.manager, a);
  }

  /** The viewer's mock exam in progress, if any (its time not run out). */
  async activeMock(viewer: Viewer): Promise<AttemptView | null> {
    await this.expireDueOf(viewer.userId);
    const a = await this.db.getRepository(AttemptEntity).findOneBy({ userId: viewer.userId, kind: 'MOCK', status: 'IN_PROGRESS' });
    return a ? this.view(this.db.manager, a) : null;
  }

  /** The viewer's attempts, newest first. */
  async mine(viewer: Viewer, args: PageArgs): Promise<Page<AttemptSummaryRow>> {
    const window = pageWindow(args);
    await this.expireDueOf(viewer.userId);
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total FROM attempt WHERE user_id = $1`, [viewer.userId]);
    const rows = total > window.offset ? await this.summaries(`a.user_id = $1 ORDER BY a.started_at DESC, a.id LIMIT $2 OFFSET $3`, [viewer.userId, window.limit, window.offset]) : [];
    return toPage(rows, total, window);
  }

  /** This user's attempts at these quizzes, newest first (the loader's batch). */
  async ofAssignments(userId: string, assignmentIds: readonly string[]): Promise<AttemptSummaryRow[]> {
    const ids = assignmentIds.filter((id) => uuid.safeParse(id).success);
    return ids.length ? this.summaries(`a.user_id = $1 AND a.assignment_id = ANY($2::uuid[]) ORDER BY a.started_at DESC, a.id`, [userId, ids]) : [];
  }

  private async summaries(where: string, params: unknown[]): Promise<AttemptSummaryRow[]> {
    const rows: {
      id: string; kind: AttemptSummaryRow['kind']; status: AttemptSummaryRow['status']; started_at: Date; submitted_at: Date | null; deadline_at: Date | null;
      assignment_id: string | null; title: string | null; score_correct: number | null; score_total: number | null;
    }[] = await this.db.query(
      `SELECT a.id, a.kind, a.status, a.started_at, a.submitted_at, a.deadline_at, a.assignment_id, s.title, a.score_correct, a.score_total
         FROM attempt a LEFT JOIN assignment s ON s.id = a.assignment_id
        WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      startedAt: new Date(r.started_at),
      submittedAt: r.submitted_at && new Date(r.submitted_at),
      deadlineAt: r.deadline_at && new Date(r.deadline_at),
      assignmentId: r.assignment_id,
      title: r.title ?? MOCK_TITLE,
      percent: r.status === 'SUBMITTED' && r.score_total !== null ? percentOf(r.score_correct ?? 0, r.score_total) : null,
    }));
  }

  /** Items `from`…`from + count - 1` with their questions, options in this attempt's order, and what may be revealed. */
  async items(view: AttemptView, from: number, count: number): Promise<ItemView[]> {
    if (!Number.isInteger(from) || from < 0) throw AppError.validation({ from: ['Use a position from 0.'] });
    if (!Number.isInteger(count) || count < 1 || count > MAX_ITEMS_PER_READ) throw AppError.validation({ count: [`Ask for 1 to ${MAX_ITEMS_PER_READ} items.`] });
    const items = await this.db.getRepository(AttemptItemEntity).find({
      where: { attemptId: view.attempt.id },
      order: { position: 'ASC' },
      skip: from,
      take: count,
    });
    return this.itemViews(this.db.manager, view.attempt, items);
  }

  private async itemViews(m: EntityManager, a: AttemptEntity, items: AttemptItemEntity[]): Promise<ItemView[]> {
    if (!items.length) return [];
    const questions = await this.questions.withOptions(m, items.map((i) => i.questionId));
    const all = [...questions.values()].map((q) => q.question);
    const [domains, modalities] = await Promise.all([
      m.findBy(ExamDomainEntity, { id: In([...new Set(all.map((q) => q.examDomainId))]) }),
      all.some((q) => q.modalityId) ? m.findBy(ModalityEntity, { id: In([...new Set(all.map((q) => q.modalityId).filter((x): x is string => !!x))]) }) : Promise.resolve([]),
    ]);
    const domainById = new Map(domains.map((d) => [d.id, d]));
    const modalityById = new Map(modalities.map((x) => [x.id, x]));
    return items.map((item) => {
      const { question, options } = questions.get(item.questionId)!;
      const optionById = new Map(options.map((o) => [o.id, o]));
      return {
        item,
        question,
        options: item.optionOrder.map((id) => optionById.get(id)).filter((o): o is QuestionOptionEntity => !!o),
        domain: domainById.get(question.examDomainId)!,
        modality: question.modalityId ? (modalityById.get(question.modalityId) ?? null) : null,
        revealed: isRevealed(a, item),
      };
    });
  }

  /** Per domain and modality, once submitted (unanswered questions count as wrong); null before. */
  async result(view: AttemptView): Promise<ResultView | null> {
    const a = view.attempt;
    if (a.status !== 'SUBMITTED') return null;
    const rows: { domain_id: string; modality_id: string | null; correct: boolean | null }[] = await this.db.query(
      `SELECT q.exam_domain_id AS domain_id, q.modality_id, i.correct FROM attempt_item i JOIN question q ON q.id = i.question_id WHERE i.attempt_id = $1`,
      [a.id],
    );
    const byDomain = tally(rows.map((r) => ({ key: r.domain_id, correct: r.correct })));
    const byModality = tally(rows.map((r) => ({ key: r.modality_id, correct: r.correct })));
    const domains = byDomain.size ? await this.db.getRepository(ExamDomainEntity).find({ where: { id: In([...byDomain.keys()]) }, order: { sortOrder: 'ASC', name: 'ASC' } }) : [];
    const modalityIds = [...byModality.keys()].filter((k): k is string => !!k);
    const modalities = modalityIds.length ? await this.db.getRepository(ModalityEntity).find({ where: { id: In(modalityIds) }, order: { sortOrder: 'ASC', name: 'ASC' } }) : [];
    const correct = rows.filter((r) => r.correct).length;
    return {
      correct,
      total: rows.length,
      percent: percentOf(correct, rows.length),
      byDomain: domains.map((domain) => ({ domain, ...byDomain.get(domain.id)! })),
      byModality: [
        ...modalities.map((modality) => ({ modality, ...byModality.get(modality.id)! })),
        ...(byModality.has(null) ? [{ modality: null, ...byModality.get(null)! }] : []),
      ],
    };
  }

  // ---- helpers ----

  private async view(m: EntityManager, a: AttemptEntity): Promise<AttemptView> {
    const [row]: { title: string | null; items: number; answered: number; flagged: number }[] = await m.query(
      `SELECT (SELECT title FROM assignment WHERE id = $2) AS title, count(*)::int AS items, count(selected_option_id)::int AS answered,
              count(*) FILTER (WHERE flagged)::int AS flagged
         FROM attempt_item WHERE attempt_id = $1`,
      [a.id, a.assignmentId ?? NO_ID],
    );
    return { attempt: a, title: row.title ?? MOCK_TITLE, itemCount: row.items, answeredCount: row.answered, flaggedCount: row.flagged };
  }

  /** The viewer's own attempt, locked for this transaction; NOT_FOUND for anyone else's. */
  private async ownLocked(m: EntityManager, viewer: Viewer, id: string): Promise<AttemptEntity> {
    const a = uuid.safeParse(id).success ? await m.findOne(AttemptEntity, { where: { id, userId: viewer.userId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!a) throw AppError.notFound('That attempt');
    return a;
  }

  private async positionError(m: EntityManager, attemptId: string): Promise<AppError> {
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM attempt_item WHERE attempt_id = $1`, [attemptId]);
    return AppError.validation({ position: [`This attempt has ${n} questions: use a position from 0 to ${n - 1}.`] });
  }
}

function checkPosition(position: number): number {
  if (!Number.isInteger(position) || position < 0) throw AppError.validation({ position: ['Use a position from 0.'] });
  return position;
}

/** Answers go only into an attempt that is running and whose time has not run out. */
function assertOpen(a: AttemptEntity): void {
  if (a.status === 'SUBMITTED') throw AppError.conflict(a.autoSubmitted ? TIME_UP : ALREADY_SUBMITTED);
  if (isPastDeadline(a.deadlineAt, new Date())) throw AppError.conflict(TIME_UP);
}

/** Submits attempts whose time ran out that nobody came back to, on the reminders' interval; not in tests (they call submitExpired). */
@Injectable()
export class AttemptTimerScheduler {
  private readonly logger = new Logger(AttemptTimerScheduler.name);
  private poller?: Poller;

  constructor(
    private readonly attempts: AttemptsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.poller = startPolling({ everyMs: this.config.reminderPollMs, run: () => this.attempts.submitExpired(), logger: this.logger, what: 'attempt auto-submit' });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller?.stop();
  }
}
