import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { fieldErrorsOf, quizSettingsSchema, type FieldErrors, type QuizSettings } from '@gantry/shared';
import { AppError } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { AssignmentEntity, AssignmentKind } from '../homework/assignment.entity';
import { AssignmentsService, type AssignmentKindSettings } from '../homework/assignments.service';
import { QuestionsService } from '../questions/questions.service';
import { QuizEntity } from './quiz.entity';

/** Settings as the GraphQL input sends them (before validation). */
interface QuizSettingsChanges {
  selection?: string;
  questionIds?: string[] | null;
  rule?: { domainIds?: string[] | null; modalityIds?: string[] | null; difficulty?: string | null; count?: number } | null;
  feedback?: string;
  timeLimitMinutes?: number | null;
  shuffle?: boolean | null;
}

/**
 * A practice quiz's settings, kept beside its QUIZ assignment. Registered with the homework
 * module (AssignmentKindSettings), so createAssignment/updateAssignment save them in their own
 * transaction: FIXED questions must be reviewed ones the mentor can read; a RULE's count must
 * not exceed the reviewed questions that match it (checked again when an attempt starts).
 */
@Injectable()
export class QuizzesService implements AssignmentKindSettings, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assignments: AssignmentsService,
    private readonly questions: QuestionsService,
  ) {}

  onModuleInit(): void {
    this.assignments.useKindSettings(this);
  }

  async save(m: EntityManager, viewer: Viewer, a: AssignmentEntity, settings: unknown): Promise<void> {
    const existing = await m.findOneBy(QuizEntity, { assignmentId: a.id });
    if (a.kind !== AssignmentKind.Quiz) {
      if (settings) throw AppError.validation({ quiz: ['Quiz settings are only for quizzes: choose the kind QUIZ, or leave them out.'] });
      if (existing) {
        const taken: unknown[] = await m.query(`SELECT 1 FROM attempt WHERE assignment_id = $1 LIMIT 1`, [a.id]);
        if (taken.length) throw AppError.conflict('Students have already taken this quiz, so it stays a quiz. Create a new assignment instead.');
        await m.delete(QuizEntity, { assignmentId: a.id });
      }
      return;
    }
    if (!settings) throw AppError.validation({ quiz: ['A quiz needs its settings: pick its questions or a rule.'] });
    if (a.rubric?.length) throw AppError.validation({ rubric: ['A quiz is scored from its attempts: remove the rubric.'] });
    const data = parseQuiz(settings as QuizSettingsChanges);
    await this.assertQuestions(m, viewer, a, data);
    const values = {
      assignmentId: a.id,
      selection: data.selection,
      questionIds: data.selection === 'FIXED' ? data.questionIds : [],
      rule: data.selection === 'RULE' ? data.rule : null,
      feedback: data.feedback,
      timeLimitMinutes: data.timeLimitMinutes,
      shuffle: data.shuffle,
    };
    if (existing && sameSettings(existing, values)) return;
    await m.save(m.create(QuizEntity, values));
    if (existing) {
      // A change to the quiz alone is still a change to the assignment: a co-mentor's stale edit must conflict.
      const [{ version }]: { version: number }[] = await m.query(`UPDATE assignment SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`, [a.id]).then((r) => (Array.isArray(r[0]) ? r[0] : r));
      a.version = version;
    }
  }

  /** Settings of these assignments (the loader's batch). */
  async byAssignmentIds(ids: readonly string[]): Promise<QuizEntity[]> {
    return ids.length ? this.db.getRepository(QuizEntity).findBy({ assignmentId: In([...ids]) }) : [];
  }

  private async assertQuestions(m: EntityManager, viewer: Viewer, a: AssignmentEntity, q: QuizSettings): Promise<void> {
    if (q.selection === 'FIXED') {
      const readable = await this.questions.readableIds(m, viewer, q.questionIds);
      const reviewed: { id: string }[] = await m.query(`SELECT id FROM question WHERE id = ANY($1::uuid[]) AND status = 'REVIEWED'`, [q.questionIds]);
      const ok = new Set(reviewed.map((r) => r.id).filter((id) => readable.has(id)));
      const bad = q.questionIds.map((id, i) => (ok.has(id) ? -1 : i)).filter((i) => i >= 0);
      if (bad.length) {
        const errors: FieldErrors = {};
        for (const i of bad) errors[`quiz.questionIds.${i}`] = ['This is not a reviewed question you can use (draft, retired, or not in a bank you can read).'];
        errors['quiz.questionIds'] = [`${bad.length === 1 ? 'Question' : 'Questions'} ${bad.map((i) => i + 1).join(', ')} cannot be used: only reviewed questions you can read go into a quiz.`];
        throw AppError.validation(errors);
      }
      return;
    }
    const rule = q.rule!;
    const known = async (table: 'exam_domain' | 'modality', ids: string[]) =>
      ids.length ? new Set(((await m.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])) as { id: string }[]).map((r) => r.id)) : new Set<string>();
    const domains = await known('exam_domain', rule.domainIds);
    const modalities = await known('modality', rule.modalityIds);
    const errors: FieldErrors = {};
    if (rule.domainIds.some((id) => !domains.has(id))) errors['quiz.rule.domainIds'] = ['Choose exam domains from the list.'];
    if (rule.modalityIds.some((id) => !modalities.has(id))) errors['quiz.rule.modalityIds'] = ['Choose modalities from the list.'];
    if (Object.keys(errors).length) throw AppError.validation(errors);
    const available = (await this.pool(m, a.cohortId, q)).length;
    if (available < rule.count) {
      throw AppError.validation({
        'quiz.rule.count': [
          available
            ? `Only ${available} reviewed question${available === 1 ? '' : 's'} match${available === 1 ? 'es' : ''} this rule: ask for ${available} or fewer, or widen the rule.`
            : 'No reviewed questions match this rule yet: widen it, or review some questions first.',
        ],
      });
    }
  }

  /** Reviewed questions a RULE quiz of this cohort may draw: platform-wide ones and its chapter's. */
  async pool(m: EntityManager, cohortId: string, q: Pick<QuizSettings, 'rule'>): Promise<string[]> {
    const [cohort]: { chapter_id: string }[] = await m.query(`SELECT chapter_id FROM cohort WHERE id = $1`, [cohortId]);
    const rule = q.rule!;
    const rows = await this.questions.reviewedPool(m, {
      domainIds: rule.domainIds.length ? rule.domainIds : undefined,
      modalityIds: rule.modalityIds.length ? rule.modalityIds : undefined,
      includeGeneral: true,
      difficulty: rule.difficulty ?? undefined,
      chapterIds: cohort ? [cohort.chapter_id] : [],
    });
    return rows.map((r) => r.id);
  }
}

/** The quiz settings schema, its field errors under `quiz.` (the input's name in createAssignment). */
export function parseQuiz(input: QuizSettingsChanges): QuizSettings {
  const r = quizSettingsSchema.safeParse({
    selection: input.selection,
    questionIds: input.questionIds ?? [],
    rule: input.rule ? { domainIds: input.rule.domainIds ?? [], modalityIds: input.rule.modalityIds ?? [], difficulty: input.rule.difficulty ?? null, count: input.rule.count } : null,
    feedback: input.feedback,
    timeLimitMinutes: input.timeLimitMinutes ?? null,
    shuffle: input.shuffle ?? true,
  });
  if (r.success) return r.data;
  const fields = fieldErrorsOf(r.error);
  throw AppError.validation(Object.fromEntries(Object.entries(fields).map(([k, v]) => [`quiz.${k}`, v])));
}

function sameSettings(a: QuizEntity, b: Omit<QuizEntity, 'assignment'>): boolean {
  return (
    a.selection === b.selection &&
    a.feedback === b.feedback &&
    a.timeLimitMinutes === b.timeLimitMinutes &&
    a.shuffle === b.shuffle &&
    JSON.stringify(a.questionIds) === JSON.stringify(b.questionIds) &&
    ruleKey(a.rule) === ruleKey(b.rule)
  );
}

const ruleKey = (r: QuizEntity['rule']): string => (r ? JSON.stringify([r.domainIds, r.modalityIds, r.difficulty ?? null, r.count]) : '');
