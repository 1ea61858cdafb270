import { Injectable } from '@nestjs/common';
import { idOrNone } from '../common/ids';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  DIFFICULTIES,
  fieldErrorsOf,
  importedContentSchema,
  QUESTION_SCOPES,
  QUESTION_STATUSES,
  questionSchema,
  questionSearchSchema,
  type FieldErrors,
  type QuestionInputValue,
} from '@gantry/shared';
import { PracticeService } from '../practice/practice.service';
import { AppError, parseInput } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { markdownToText, renderMarkdown } from '../common/markdown/markdown';
import { ModalityEntity } from '../modalities/modality.entity';
import { ExamDomainEntity } from '../materials/exam-domain.entity';
import { Difficulty, QuestionEntity, QuestionOptionEntity, QuestionScope, QuestionStatus } from './question.entity';
import type { ExportQuestion } from './formats';

/** A question to insert (the editor, the importer and the seed all go through createMany). */
export interface QuestionDraft {
  stemMarkdown: string;
  rationaleMarkdown: string;
  options: { textMarkdown: string; isCorrect: boolean }[];
  domainId?: string | null;
  domainCode?: string | null;
  modalityId?: string | null;
  modalityCode?: string | null;
  difficulty: Difficulty;
  scope: QuestionScope;
  chapterId?: string | null;
  /** Default DRAFT. */
  status?: typeof QuestionStatus.Draft | typeof QuestionStatus.Reviewed;
  source?: string | null;
}

export interface QuestionFilter {
  q?: string | null;
  domainIds?: string[] | null;
  modalityIds?: string[] | null;
  statuses?: QuestionStatus[] | null;
  scopes?: QuestionScope[] | null;
  difficulty?: Difficulty | null;
}

export interface PoolFilter {
  domainIds?: string[] | null;
  modalityIds?: string[] | null;
  /** With modalityIds: also general questions (no modality). */
  includeGeneral?: boolean;
  difficulty?: Difficulty | null;
  /** CHAPTER-scope questions of these chapters join the PLATFORM ones. */
  chapterIds?: string[] | null;
  /** Only these questions (a FIXED quiz's list). */
  ids?: string[] | null;
}

const uuid = z.uuid();
const filterSchema = z.object({
  domainIds: z.array(z.uuid({ message: 'Unknown exam domain.' })).max(50).nullish(),
  modalityIds: z.array(z.uuid({ message: 'Unknown modality.' })).max(50).nullish(),
  statuses: z.array(z.enum(QUESTION_STATUSES)).nullish(),
  scopes: z.array(z.enum(QUESTION_SCOPES)).nullish(),
  difficulty: z.enum(DIFFICULTIES).nullish(),
});

const USED_MESSAGE = (n: number): string =>
  `This question is in ${n} ${n === 1 ? 'attempt' : 'attempts'}, so its options can’t be added, removed or given a different answer. Retire it and create a new one; you can still edit the wording and the rationale.`;

/** Process-wide: once the practice tables exist they stay. */
let attemptItemSeen = false;

/** How many attempts used each question (0 until the practice tables exist). */
export async function questionUsage(m: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  if (!attemptItemSeen) {
    const [row] = (await m.query(`SELECT to_regclass('attempt_item') IS NOT NULL AS present`)) as { present: boolean }[];
    if (!row?.present) return out;
    attemptItemSeen = true;
  }
  const rows: { id: string; n: number }[] = await m.query(
    `SELECT question_id AS id, count(*)::int AS n FROM attempt_item WHERE question_id = ANY($1::uuid[]) GROUP BY question_id`,
    [[...ids]],
  );
  for (const r of rows) out.set(r.id, r.n);
  return out;
}

/**
 * The question bank. Scopes work like the library's: DRAFT is its author's alone;
 * CHAPTER belongs to a chapter (its mentors and admins read and edit it); PLATFORM is read
 * by every mentor and edited by platform admins. Only REVIEWED questions reach students;
 * anyone who may edit a question's scope may review it (the author included: a chapter may
 * have one mentor), and the reviewer and time are recorded.
 */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly closedBook: PracticeService,
  ) {}

  // ---- who may see and edit what ----

  /** SQL condition (on alias `q`) for the questions a viewer may read. */
  visibleSql(viewer: Viewer): { sql: string; params: Record<string, unknown> } {
    if (viewer.isPlatformAdmin) return { sql: `(q.scope <> 'DRAFT' OR q.author_id = :viewerId)`, params: { viewerId: viewer.userId } };
    const chapters = [...new Set(viewer.memberships.map((x) => x.chapterId))];
    return {
      sql: `(q.scope = 'PLATFORM' OR (q.scope = 'CHAPTER' AND q.chapter_id = ANY(:chapters)) OR (q.scope = 'DRAFT' AND q.author_id = :viewerId))`,
      params: { viewerId: viewer.userId, chapters },
    };
  }

  canRead(viewer: Viewer, q: Pick<QuestionEntity, 'scope' | 'authorId' | 'chapterId'>): boolean {
    if (q.scope === QuestionScope.Draft) return q.authorId === viewer.userId;
    if (q.scope === QuestionScope.Platform) return true;
    return viewer.isPlatformAdmin || (!!q.chapterId && hasChapterRole(viewer, q.chapterId));
  }

  canEdit(viewer: Viewer, q: Pick<QuestionEntity, 'scope' | 'authorId' | 'chapterId'>): boolean {
    if (q.scope === QuestionScope.Draft) return q.authorId === viewer.userId;
    if (viewer.isPlatformAdmin) return true;
    return q.scope === QuestionScope.Chapter && !!q.chapterId && hasChapterRole(viewer, q.chapterId);
  }

  /** Field errors when the viewer may not put a question in that scope. */
  private scopeErrors(viewer: Viewer, scope: QuestionScope, chapterId: string | null | undefined, prefix = ''): FieldErrors | null {
    if (scope === QuestionScope.Platform && !viewer.isPlatformAdmin) {
      return { [`${prefix}scope`]: ['Only platform admins add questions to the platform bank. Choose your chapter’s bank.'] };
    }
    if (scope === QuestionScope.Chapter && !viewer.isPlatformAdmin && !(chapterId && hasChapterRole(viewer, chapterId))) {
      return { [`${prefix}chapterId`]: ['You can only add to the bank of a chapter you belong to.'] };
    }
    return null;
  }

  assertScopeAllowed(viewer: Viewer, scope: QuestionScope, chapterId: string | null | undefined, prefix = ''): void {
    const errors = this.scopeErrors(viewer, scope, chapterId, prefix);
    if (errors) throw AppError.validation(errors);
  }

  /** A question the viewer may read; NOT_FOUND otherwise. */
  async readable(viewer: Viewer, id: string, m: EntityManager = this.db.manager): Promise<QuestionEntity> {
    // Someone who is both mentor and student must not look answers up during their own mock exam.
    await this.closedBook.assertNotInMockExam(viewer.userId, m);
    const q = uuid.safeParse(id).success ? await m.findOneBy(QuestionEntity, { id }) : null;
    if (!q || !this.canRead(viewer, q)) throw AppError.notFound('That question');
    return q;
  }

  /** Locks a question for an edit: NOT_FOUND if unreadable, FORBIDDEN if read-only, CONFLICT if stale. */
  private async lockForEdit(m: EntityManager, viewer: Viewer, id: string, expectedVersion: number): Promise<QuestionEntity> {
    const q = await m.findOne(QuestionEntity, { where: { id: idOrNone(id) }, lock: { mode: 'pessimistic_write' } });
    if (!q || !this.canRead(viewer, q)) throw AppError.notFound('That question');
    if (!this.canEdit(viewer, q)) {
      throw AppError.forbidden(q.scope === QuestionScope.Platform ? 'Only platform admins edit the platform bank.' : 'Only the chapter’s mentors and admins edit its questions.');
    }
    if (q.version !== expectedVersion) {
      throw AppError.conflict('Someone else saved this question while you were editing. Reload to see their version; yours stays in the form until you leave the page.');
    }
    return q;
  }

  // ---- writing ----

  async create(viewer: Viewer, input: unknown): Promise<QuestionEntity> {
    const data = parseInput(questionSchema, input);
    this.assertScopeAllowed(viewer, data.scope, data.chapterId);
    return this.db.transaction(async (m) => (await this.createMany(m, [{ ...data, status: QuestionStatus.Draft }], viewer))[0]);
  }

  /**
   * Validate and insert questions with the caller's manager (no transaction of its own).
   * `actor` null is the system (the seed): no author, no scope check. Field errors name
   * `drafts.N.<field>` when there is more than one draft.
   */
  async createMany(m: EntityManager, drafts: QuestionDraft[], actor: Viewer | null): Promise<QuestionEntity[]> {
    if (!drafts.length) return [];
    const tags = await this.taxonomy(m);
    const errors: FieldErrors = {};
    const rows: Partial<QuestionEntity>[] = [];
    drafts.forEach((d, i) => {
      const prefix = drafts.length > 1 ? `drafts.${i}.` : '';
      const add = (fields: FieldErrors): void => {
        for (const [k, v] of Object.entries(fields)) (errors[`${prefix}${k}`] ??= []).push(...v);
      };
      const content = importedContentSchema.safeParse(d);
      if (!content.success) add(fieldErrorsOf(content.error));
      const status = d.status ?? QuestionStatus.Draft;
      if (status === QuestionStatus.Reviewed && !d.rationaleMarkdown?.trim()) add({ rationaleMarkdown: ['Explain why the correct answer is correct.'] });
      if (status === QuestionStatus.Reviewed && d.scope === QuestionScope.Draft) add({ status: ['Your own drafts can’t be marked reviewed; share the question with a chapter first.'] });
      if (d.scope === QuestionScope.Chapter && !d.chapterId) add({ chapterId: ['Choose the chapter whose bank this joins.'] });
      if (actor) {
        const scopeErrors = this.scopeErrors(actor, d.scope, d.chapterId);
        if (scopeErrors) add(scopeErrors);
      }
      const domain = d.domainId ? tags.domainsById.get(d.domainId) : d.domainCode ? tags.domainsByCode.get(d.domainCode.toUpperCase()) : undefined;
      if (!domain || domain.retiredAt) add({ domainId: [domain ? 'That exam domain is retired; choose another.' : 'Choose the exam domain.'] });
      const modality = d.modalityId ? tags.modalitiesById.get(d.modalityId) : d.modalityCode ? tags.modalitiesByCode.get(d.modalityCode.toUpperCase()) : null;
      if (modality === undefined || modality?.retiredAt) add({ modalityId: [modality ? 'That modality is retired; choose another.' : 'Unknown modality.'] });
      if (!(DIFFICULTIES as readonly string[]).includes(d.difficulty)) add({ difficulty: ['Choose the difficulty.'] });
      rows.push({
        stemMarkdown: d.stemMarkdown.trim(),
        stemHtml: renderMarkdown(d.stemMarkdown.trim()),
        rationaleMarkdown: (d.rationaleMarkdown ?? '').trim(),
        rationaleHtml: renderMarkdown((d.rationaleMarkdown ?? '').trim()),
        examDomainId: domain?.id,
        modalityId: modality?.id ?? null,
        difficulty: d.difficulty,
        scope: d.scope,
        chapterId: d.scope === QuestionScope.Chapter ? (d.chapterId ?? null) : null,
        authorId: actor?.userId ?? null,
        status,
        reviewedBy: status === QuestionStatus.Reviewed ? (actor?.userId ?? null) : null,
        reviewedAt: status === QuestionStatus.Reviewed ? new Date() : null,
        source: d.source ? d.source.slice(0, 300) : null,
      });
    });
    if (Object.keys(errors).length) throw AppError.validation(errors);

    const ids: string[] = [];
    for (const chunk of chunks(rows, 500)) {
      const res = await m.insert(QuestionEntity, chunk);
      ids.push(...res.identifiers.map((x) => x.id as string));
    }
    const options = drafts.flatMap((d, i) =>
      d.options.map((o, position) => {
        const text = o.textMarkdown.trim();
        return { questionId: ids[i], position, textMarkdown: text, textHtml: renderMarkdown(text), isCorrect: o.isCorrect };
      }),
    );
    for (const chunk of chunks(options, 1000)) await m.insert(QuestionOptionEntity, chunk);
    await this.reindex(m, ids);
    const saved = await m.findBy(QuestionEntity, { id: In(ids) });
    const byId = new Map(saved.map((q) => [q.id, q]));
    return ids.map((id) => byId.get(id)!);
  }

  async update(viewer: Viewer, id: string, input: unknown, expectedVersion: number): Promise<QuestionEntity> {
    const data = parseInput(questionSchema, input);
    return this.db.transaction(async (m) => {
      const q = await this.lockForEdit(m, viewer, id, expectedVersion);
      const scopeChanged = data.scope !== q.scope || (data.scope === QuestionScope.Chapter && data.chapterId !== q.chapterId);
      if (scopeChanged) {
        this.assertScopeAllowed(viewer, data.scope, data.chapterId);
        if (data.scope === QuestionScope.Draft && q.authorId !== viewer.userId) {
          throw AppError.validation({ scope: ['Only its author can take a question back into their drafts.'] });
        }
        if (data.scope === QuestionScope.Draft && q.status === QuestionStatus.Reviewed) {
          throw AppError.validation({ scope: ['A reviewed question can’t go back to your drafts; set it back to draft or retire it first.'] });
        }
      }
      await this.assertTags(m, data, q);
      const options = await m.find(QuestionOptionEntity, { where: { questionId: q.id }, order: { position: 'ASC' } });
      const newCorrect = data.options.findIndex((o) => o.isCorrect);
      const oldCorrect = options.findIndex((o) => o.isCorrect);
      const optionsChanged =
        options.length !== data.options.length || newCorrect !== oldCorrect || options.some((o, i) => o.textMarkdown !== data.options[i].textMarkdown.trim());
      if (options.length !== data.options.length || newCorrect !== oldCorrect) {
        const used = (await questionUsage(m, [q.id])).get(q.id) ?? 0;
        if (used > 0) throw AppError.conflict(USED_MESSAGE(used));
      }
      const next = {
        stemMarkdown: data.stemMarkdown,
        rationaleMarkdown: data.rationaleMarkdown,
        examDomainId: data.domainId,
        modalityId: data.modalityId ?? null,
        difficulty: data.difficulty,
        scope: data.scope,
        chapterId: data.scope === QuestionScope.Chapter ? (data.chapterId ?? null) : null,
      };
      const unchanged = !optionsChanged && (Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === q[k]);
      if (unchanged) return q; // a second click on Save changes nothing
      const reviewed = q.status === QuestionStatus.Reviewed;
      await m
        .createQueryBuilder()
        .update(QuestionEntity)
        .set({
          ...next,
          stemHtml: renderMarkdown(next.stemMarkdown),
          rationaleHtml: renderMarkdown(next.rationaleMarkdown),
          // Whoever may edit a reviewed question may review it: the edit is their review.
          ...(reviewed ? { reviewedBy: viewer.userId, reviewedAt: () => 'now()' } : {}),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id', { id: q.id })
        .execute();
      if (optionsChanged) await this.replaceOptions(m, q.id, options, data.options);
      await this.reindex(m, [q.id]);
      return m.findOneByOrFail(QuestionEntity, { id: q.id });
    });
  }

  async setStatus(viewer: Viewer, id: string, status: QuestionStatus, expectedVersion: number): Promise<QuestionEntity> {
    if (!(QUESTION_STATUSES as readonly string[]).includes(status)) throw AppError.validation({ status: ['Unknown status.'] });
    return this.db.transaction(async (m) => {
      const current = await m.findOneBy(QuestionEntity, { id: idOrNone(id) });
      if (current && current.status === status && this.canEdit(viewer, current)) return current; // a second click changes nothing
      const q = await this.lockForEdit(m, viewer, id, expectedVersion);
      if (status === QuestionStatus.Reviewed) {
        if (q.scope === QuestionScope.Draft) {
          throw AppError.validation({ status: ['Share the question with your chapter (or the platform) before marking it reviewed: drafts are yours alone.'] });
        }
        if (!q.rationaleMarkdown.trim()) throw AppError.validation({ rationaleMarkdown: ['Write the rationale before marking the question reviewed.'] });
      }
      await m
        .createQueryBuilder()
        .update(QuestionEntity)
        .set({
          status,
          ...(status === QuestionStatus.Reviewed ? { reviewedBy: viewer.userId, reviewedAt: () => 'now()' } : {}),
          ...(status === QuestionStatus.Draft ? { reviewedBy: null, reviewedAt: null } : {}),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id', { id: q.id })
        .execute();
      return m.findOneByOrFail(QuestionEntity, { id: q.id });
    });
  }

  // ---- reading ----

  /** Ranked full-text search over stem (A) and rationale (B) with filters; newest first without words. */
  async search(viewer: Viewer, filter: QuestionFilter, args: PageArgs): Promise<Page<QuestionEntity>> {
    await this.closedBook.assertNotInMockExam(viewer.userId);
    const { q: words } = parseInput(questionSearchSchema, { q: filter.q ?? '' });
    const f = parseInput(filterSchema, {
      domainIds: filter.domainIds,
      modalityIds: filter.modalityIds,
      statuses: filter.statuses,
      scopes: filter.scopes,
      difficulty: filter.difficulty,
    });
    const window = pageWindow(args);
    const qb = this.filtered(viewer, { ...f, q: words });
    if (words) {
      qb.addSelect(`ts_rank(q.search, websearch_to_tsquery('english', :words))`, 'rank').orderBy('rank', 'DESC').addOrderBy('q.id');
    } else {
      qb.orderBy('q.updated_at', 'DESC').addOrderBy('q.id', 'DESC');
    }
    const total = await qb.getCount();
    const nodes = await qb.offset(window.offset).limit(window.limit).getMany();
    return toPage(nodes, total, window);
  }

  private filtered(viewer: Viewer, f: QuestionFilter) {
    const vis = this.visibleSql(viewer);
    const qb = this.db.getRepository(QuestionEntity).createQueryBuilder('q').where(vis.sql, vis.params);
    qb.andWhere('q.status IN (:...statuses)', { statuses: f.statuses?.length ? f.statuses : [QuestionStatus.Draft, QuestionStatus.Reviewed] });
    if (f.scopes?.length) qb.andWhere('q.scope IN (:...scopes)', { scopes: f.scopes });
    if (f.domainIds?.length) qb.andWhere('q.exam_domain_id IN (:...domainIds)', { domainIds: f.domainIds });
    if (f.modalityIds?.length) qb.andWhere('q.modality_id IN (:...modalityIds)', { modalityIds: f.modalityIds });
    if (f.difficulty) qb.andWhere('q.difficulty = :difficulty', { difficulty: f.difficulty });
    if (f.q) qb.andWhere(`q.search @@ websearch_to_tsquery('english', :words)`, { words: f.q });
    return qb;
  }

  /**
   * Every question matching the filter that the viewer may read, with codes, for an export
   * (at most 5000). Domains and modalities may be given by id or by code.
   */
  async exportRows(
    viewer: Viewer,
    filter: Omit<QuestionFilter, 'domainIds' | 'modalityIds'> & { domains: string[]; modalities: string[] },
  ): Promise<ExportQuestion[]> {
    await this.closedBook.assertNotInMockExam(viewer.userId);
    const tags = await this.taxonomy(this.db.manager);
    const ids = (values: string[], byCode: Map<string, { id: string }>, field: string): string[] =>
      values.map((v) => {
        if (uuid.safeParse(v).success) return v;
        const hit = byCode.get(v.toUpperCase());
        if (!hit) throw AppError.validation({ [field]: [`Unknown code ${v}.`] });
        return hit.id;
      });
    const f = parseInput(filterSchema, {
      domainIds: ids(filter.domains, tags.domainsByCode, 'domain'),
      modalityIds: ids(filter.modalities, tags.modalitiesByCode, 'modality'),
      statuses: filter.statuses,
      scopes: filter.scopes,
      difficulty: filter.difficulty,
    });
    const { q: words } = parseInput(questionSearchSchema, { q: filter.q ?? '' });
    const questions = await this.filtered(viewer, { ...f, q: words }).orderBy('q.created_at', 'ASC').addOrderBy('q.id').limit(5000).getMany();
    const options = await this.optionsOf(questions.map((q) => q.id));
    const byQuestion = new Map<string, QuestionOptionEntity[]>();
    for (const o of options) (byQuestion.get(o.questionId) ?? byQuestion.set(o.questionId, []).get(o.questionId)!).push(o);
    return questions.map((q) => {
      const opts = byQuestion.get(q.id) ?? [];
      return {
        stem: q.stemMarkdown,
        options: opts.map((o) => o.textMarkdown),
        correctIndex: opts.findIndex((o) => o.isCorrect),
        rationale: q.rationaleMarkdown,
        domainCode: tags.domainsById.get(q.examDomainId)?.code ?? '',
        modalityCode: q.modalityId ? (tags.modalitiesById.get(q.modalityId)?.code ?? null) : null,
        difficulty: q.difficulty,
      };
    });
  }

  /** Options of these questions, by question then position (unfiltered: callers reached the question first). */
  optionsOf(ids: readonly string[], m: EntityManager = this.db.manager): Promise<QuestionOptionEntity[]> {
    return ids.length ? m.find(QuestionOptionEntity, { where: { questionId: In([...ids]) }, order: { questionId: 'ASC', position: 'ASC' } }) : Promise.resolve([]);
  }

  /**
   * REVIEWED questions usable for sampling (quiz rules, mock exams): PLATFORM ones plus the
   * CHAPTER ones of `chapterIds`. Never DRAFT-scope or retired ones.
   */
  async reviewedPool(m: EntityManager, filter: PoolFilter): Promise<{ id: string; domainId: string; modalityId: string | null }[]> {
    const params: unknown[] = [filter.chapterIds ?? []];
    const where = [`q.status = 'REVIEWED'`, `(q.scope = 'PLATFORM' OR (q.scope = 'CHAPTER' AND q.chapter_id = ANY($1::uuid[])))`];
    if (filter.domainIds?.length) {
      params.push(filter.domainIds);
      where.push(`q.exam_domain_id = ANY($${params.length}::uuid[])`);
    }
    if (filter.modalityIds?.length) {
      params.push(filter.modalityIds);
      where.push(`(q.modality_id = ANY($${params.length}::uuid[])${filter.includeGeneral ? ' OR q.modality_id IS NULL' : ''})`);
    }
    if (filter.difficulty) {
      params.push(filter.difficulty);
      where.push(`q.difficulty = $${params.length}`);
    }
    if (filter.ids) {
      params.push(filter.ids);
      where.push(`q.id = ANY($${params.length}::uuid[])`);
    }
    return m.query(
      `SELECT q.id, q.exam_domain_id AS "domainId", q.modality_id AS "modalityId" FROM question q WHERE ${where.join(' AND ')} ORDER BY q.id`,
      params,
    );
  }

  /** Which of these ids the viewer may read. */
  async readableIds(m: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter((id) => uuid.safeParse(id).success);
    if (!valid.length) return new Set();
    const vis = this.visibleSql(viewer);
    const rows = await m
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .select('q.id', 'id')
      .where('q.id IN (:...ids)', { ids: valid })
      .andWhere(vis.sql, vis.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** Questions with their options in position order (no access check). */
  async withOptions(m: EntityManager, ids: readonly string[]): Promise<Map<string, { question: QuestionEntity; options: QuestionOptionEntity[] }>> {
    const out = new Map<string, { question: QuestionEntity; options: QuestionOptionEntity[] }>();
    if (!ids.length) return out;
    for (const q of await m.findBy(QuestionEntity, { id: In([...ids]) })) out.set(q.id, { question: q, options: [] });
    for (const o of await this.optionsOf(ids, m)) out.get(o.questionId)?.options.push(o);
    return out;
  }

  // ---- internals ----

  async taxonomy(m: EntityManager): Promise<{
    domainsById: Map<string, ExamDomainEntity>;
    domainsByCode: Map<string, ExamDomainEntity>;
    modalitiesById: Map<string, ModalityEntity>;
    modalitiesByCode: Map<string, ModalityEntity>;
  }> {
    const [domains, modalities] = [await m.find(ExamDomainEntity), await m.find(ModalityEntity)];
    return {
      domainsById: new Map(domains.map((d) => [d.id, d])),
      domainsByCode: new Map(domains.map((d) => [d.code, d])),
      modalitiesById: new Map(modalities.map((x) => [x.id, x])),
      modalitiesByCode: new Map(modalities.map((x) => [x.code, x])),
    };
  }

  /** The domain must exist and be active (a retired one may stay on a question that has it). Same for the modality. */
  private async assertTags(m: EntityManager, data: QuestionInputValue, current: QuestionEntity): Promise<void> {
    const errors: FieldErrors = {};
    const domain = await m.findOneBy(ExamDomainEntity, { id: data.domainId });
    if (!domain) errors.domainId = ['Choose the exam domain.'];
    else if (domain.retiredAt && domain.id !== current.examDomainId) errors.domainId = ['That exam domain is retired; choose another.'];
    if (data.modalityId) {
      const modality = await m.findOneBy(ModalityEntity, { id: data.modalityId });
      if (!modality) errors.modalityId = ['Unknown modality.'];
      else if (modality.retiredAt && modality.id !== current.modalityId) errors.modalityId = ['That modality is retired; choose another.'];
    }
    if (Object.keys(errors).length) throw AppError.validation(errors);
  }

  /** Rewrite options in place by position, so their ids stay stable for attempts that show them. */
  private async replaceOptions(
    m: EntityManager,
    questionId: string,
    current: QuestionOptionEntity[],
    next: { textMarkdown: string; isCorrect: boolean }[],
  ): Promise<void> {
    // Clear the correct flag first: the partial unique index allows one correct option at any moment.
    await m.update(QuestionOptionEntity, { questionId }, { isCorrect: false });
    if (current.length > next.length) await m.delete(QuestionOptionEntity, { questionId, position: In(current.slice(next.length).map((o) => o.position)) });
    for (const [position, o] of next.entries()) {
      const text = o.textMarkdown.trim();
      const row = { textMarkdown: text, textHtml: renderMarkdown(text), isCorrect: o.isCorrect };
      if (current[position]) await m.update(QuestionOptionEntity, { id: current[position].id }, row);
      else await m.insert(QuestionOptionEntity, { questionId, position, ...row });
    }
  }

  /** Weighted search vector: stem A, rationale B. */
  private async reindex(m: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const rows: { id: string; stem_markdown: string; rationale_markdown: string }[] = await m.query(
      `SELECT id, stem_markdown, rationale_markdown FROM question WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await m.query(
      `UPDATE question q SET search = setweight(to_tsvector('english', v.stem), 'A') || setweight(to_tsvector('english', v.rationale), 'B')
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, stem, rationale)
        WHERE q.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => markdownToText(r.stem_markdown)), rows.map((r) => markdownToText(r.rationale_markdown))],
    );
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
