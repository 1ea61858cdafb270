import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChapterRole, percentOf, type AttemptKind } from '@gantry/shared';
import { z } from 'zod';
import { AppError } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { CohortAccessService, type CohortAccess } from '../cohorts/cohort-access.service';
import type { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import type { CohortStatus } from '../cohorts/cohort.entity';
import type { AgendaItemEntity, ReleaseRule } from '../agendas/agenda-item.entity';
import { AgendasService } from '../agendas/agendas.service';
import { PracticeService } from '../practice/practice.service';
import {
  addTally,
  cellOf,
  coveragePercent,
  MATERIALS_PER_DOMAIN,
  TREND_POINTS,
  weakest,
  type Cell,
  type Tally,
} from './readiness-math';

const uuid = z.uuid();

export interface DomainRow {
  id: string;
  code: string;
  name: string;
  description: string;
}

export interface ModalityRow {
  id: string;
  code: string;
  name: string;
}

export interface TrendRow extends Tally {
  attemptId: string;
  at: Date;
  kind: AttemptKind;
  title: string;
  percent: number;
}

export interface StudyLink {
  materialId: string;
  title: string;
  /** Where a student opens it (`/agenda/:id`); null for a library title they cannot open. */
  agendaItemId: string | null;
}

export interface StudyNext {
  cell: Cell<DomainRow>;
  /** Released agenda items' materials (readable by the student through the agenda). */
  materialIds: string[];
  links: StudyLink[];
}

export interface ReadinessView {
  byDomain: Cell<DomainRow>[];
  byModality: Cell<ModalityRow | null>[];
  trend: TrendRow[];
  studyNext: StudyNext[];
  answered: number;
  coveredDomains: number;
  coveragePercent: number;
}

export interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  timeZone: string;
}

export interface HeatmapRowView {
  student: PersonRow;
  cells: Cell<DomainRow>[];
  answered: number;
}

export interface CohortReadinessView {
  domains: DomainRow[];
  page: Page<HeatmapRowView>;
  cohortCells: Cell<DomainRow>[];
  weakest: Cell<DomainRow>[];
}

export interface CohortSummaryView {
  cohortId: string;
  title: string;
  status: CohortStatus;
  students: number;
  studentsWithData: number;
  answered: number;
  cohortCells: Cell<DomainRow>[];
  weakest: Cell<DomainRow>[];
}

export interface ChapterReadinessView {
  domains: DomainRow[];
  cohorts: CohortSummaryView[];
  totalCohorts: number;
}

/** Cohorts per chapter view: the most recently created ones (DRAFT and CANCELLED left out). */
export const CHAPTER_COHORTS_MAX = 50;

/**
 * Scored items that count for cohorts `$1` (uuid[]): submitted attempts at the cohorts' practice
 * quizzes (QUIZ assignments) plus submitted mock exams started for the cohort, by students
 * enrolled in it now. One row per item: cohort, student, domain, correct.
 */
const COHORT_ITEMS = `
  WITH counted AS (
    SELECT asg.cohort_id, a.id, a.user_id
      FROM assignment asg JOIN attempt a ON a.assignment_id = asg.id
     WHERE asg.cohort_id = ANY($1::uuid[]) AND a.kind = 'PRACTICE' AND a.status = 'SUBMITTED'
    UNION ALL
    SELECT a.cohort_id, a.id, a.user_id
      FROM attempt a
     WHERE a.cohort_id = ANY($1::uuid[]) AND a.kind = 'MOCK' AND a.status = 'SUBMITTED'
  ), items AS (
    SELECT c.cohort_id, c.user_id, q.exam_domain_id AS domain_id, i.correct
      FROM counted c
      JOIN enrollment e ON e.cohort_id = c.cohort_id AND e.user_id = c.user_id AND e.status = 'ENROLLED'
      JOIN attempt_item i ON i.attempt_id = c.id
      JOIN question q ON q.id = i.question_id
  )`;

/**
 * The weak-area map: scores per exam domain and modality over submitted attempts, for a
 * student (all their attempts), a cohort (its students × domains) and a chapter (its cohorts).
 *
 * Counting rules, the same everywhere:
 * - Only SUBMITTED attempts count; every item of one is a scored answer. An item left
 *   unanswered is an incorrect answer (the exam scores a blank as wrong, and so does the
 *   attempt's own result), so `total` is items, not clicks.
 * - `percent` is whole, rounded half up, and null when there is nothing to score.
 * - Domains are the active (not retired) exam domains, in the outline's order; answers on a
 *   retired domain's questions still count in `answered` and in modality/trend figures.
 * - Coverage is the share of active domains with at least 5 scored answers.
 *
 * Everything is plain SQL aggregates over the few columns needed; the number of statements
 * per request does not grow with the number of students or cohorts.
 */
@Injectable()
export class ReadinessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly agendas: AgendasService,
    private readonly practice: PracticeService,
  ) {}

  // ---- the student's own map ----

  async mine(viewer: Viewer): Promise<ReadinessView> {
    const [{ domains, modalities }, tallies, trend] = await Promise.all([this.taxonomy(), this.ownTallies(viewer.userId), this.trend(viewer.userId)]);
    const byDomain = domains.filter((d) => d.active).map((d) => cellOf(d.row, tallies.domains.get(d.row.id)));
    const byModality: Cell<ModalityRow | null>[] = modalities
      .filter((mo) => mo.active || tallies.modalities.has(mo.row.id))
      .map((mo) => cellOf<ModalityRow | null>(mo.row, tallies.modalities.get(mo.row.id)));
    byModality.push(cellOf<ModalityRow | null>(null, tallies.modalities.get(null)));
    const answered = [...tallies.domains.values()].reduce((s, t) => s + t.total, 0);
    const coverage = coveragePercent(byDomain.map((c) => c.total));
    const weak = weakest(byDomain);
    return {
      byDomain,
      byModality,
      trend,
      studyNext: await this.studyNext(viewer, weak),
      answered,
      coveredDomains: coverage.covered,
      coveragePercent: coverage.percent,
    };
  }

  private async ownTallies(userId: string): Promise<{ domains: Map<string, Tally>; modalities: Map<string | null, Tally> }> {
    const rows: { by_domain: number; domain_id: string | null; modality_id: string | null; total: number; correct: number }[] = await this.db.query(
      `SELECT GROUPING(q.modality_id) AS by_domain, q.exam_domain_id AS domain_id, q.modality_id,
              count(*)::int AS total, (count(*) FILTER (WHERE i.correct))::int AS correct
         FROM attempt a
         JOIN attempt_item i ON i.attempt_id = a.id
         JOIN question q ON q.id = i.question_id
        WHERE a.user_id = $1 AND a.status = 'SUBMITTED'
        GROUP BY GROUPING SETS ((q.exam_domain_id), (q.modality_id))`,
      [userId],
    );
    const domains = new Map<string, Tally>();
    const modalities = new Map<string | null, Tally>();
    for (const r of rows) {
      const t = { correct: r.correct, total: r.total };
      if (Number(r.by_domain) === 1) domains.set(r.domain_id!, t);
      else modalities.set(r.modality_id, t);
    }
    return { domains, modalities };
  }

  /** One point per submitted attempt, the latest TREND_POINTS, oldest first (a chart's left to right). */
  private async trend(userId: string): Promise<TrendRow[]> {
    const rows: { id: string; kind: AttemptKind; at: Date; assignment_title: string | null; total: number; correct: number }[] =
      await this.db.query(
        `SELECT a.id, a.kind, a.submitted_at AS at, asg.title AS assignment_title,
                count(i.position)::int AS total, (count(i.position) FILTER (WHERE i.correct))::int AS correct
           FROM (SELECT id, kind, submitted_at, assignment_id FROM attempt
                  WHERE user_id = $1 AND status = 'SUBMITTED'
                  ORDER BY submitted_at DESC, id DESC LIMIT ${TREND_POINTS}) a
           LEFT JOIN assignment asg ON asg.id = a.assignment_id
           LEFT JOIN attempt_item i ON i.attempt_id = a.id
          GROUP BY a.id, a.kind, a.submitted_at, asg.title
          ORDER BY a.submitted_at DESC, a.id DESC`,
        [userId],
      );
    return rows.reverse().map((r) => ({
      attemptId: r.id,
      at: new Date(r.at),
      kind: r.kind,
      // As the attempt itself is titled (practice: its assignment; mock: MOCK_TITLE in practice/attempts.service).
      title: r.assignment_title ?? 'Mock exam',
      correct: r.correct,
      total: r.total,
      percent: percentOf(r.correct, r.total),
    }));
  }

  /**
   * For each weak domain, up to MATERIALS_PER_DOMAIN library items tagged with it that the
   * student can read: items on the agendas of their cohorts that are released to them (the
   * agendas' own release rules decide). For a domain with none, the titles of chapter and
   * platform library items tagged with it (chapter items first) — never an item that sits on
   * one of their agendas still unreleased. While the student's mock exam runs, no material at all.
   */
  private async studyNext(viewer: Viewer, weak: Cell<DomainRow>[]): Promise<StudyNext[]> {
    const out: StudyNext[] = weak.map((cell) => ({ cell, materialIds: [], links: [] }));
    if (!weak.length || (await this.practice.inMockExam([viewer.userId])).size) return out;
    const domainIds = weak.map((c) => c.key.id);
    const candidates: {
      domain_id: string;
      agenda_item_id: string;
      material_id: string;
      title: string;
      release: ReleaseRule;
      release_days: number | null;
      starts_at: Date;
      ends_at: Date;
    }[] = await this.db.query(
      `SELECT md.domain_id, ai.id AS agenda_item_id, ai.material_id, m.title, ai.release, ai.release_days, s.starts_at, s.ends_at
         FROM enrollment e
         JOIN cohort c ON c.id = e.cohort_id AND c.status <> 'DRAFT'
         JOIN cohort_session s ON s.cohort_id = e.cohort_id
         JOIN agenda_item ai ON ai.session_id = s.id
         JOIN material_domain md ON md.material_id = ai.material_id AND md.domain_id = ANY($2::uuid[])
         JOIN material m ON m.id = ai.material_id AND m.archived_at IS NULL
        WHERE e.user_id = $1 AND e.status = 'ENROLLED'
        ORDER BY s.starts_at, ai.position, ai.id`,
      [viewer.userId, domainIds],
    );
    const asStudent = { participate: true, manage: false, view: true, enrolled: true, mentor: false } satisfies CohortAccess;
    const unreleased = new Set<string>();
    for (const r of candidates) {
      const item = { id: r.agenda_item_id, materialId: r.material_id, release: r.release, releaseDays: r.release_days } as AgendaItemEntity;
      const session = { startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) } as CohortSessionEntity;
      if (!this.agendas.visibleItems([item], session, asStudent).length) {
        unreleased.add(r.material_id);
        continue;
      }
      const entry = out.find((o) => o.cell.key.id === r.domain_id)!;
      if (entry.materialIds.length >= MATERIALS_PER_DOMAIN || entry.materialIds.includes(r.material_id)) continue;
      entry.materialIds.push(r.material_id);
      entry.links.push({ materialId: r.material_id, title: r.title, agendaItemId: r.agenda_item_id });
    }
    // A material released in one session is readable even if another session holds it back.
    for (const o of out) for (const id of o.materialIds) unreleased.delete(id);
    const bare = out.filter((o) => !o.materialIds.length).map((o) => o.cell.key.id);
    if (!bare.length) return out;
    const titles: { domain_id: string; id: string; title: string }[] = await this.db.query(
      `SELECT domain_id, id, title FROM (
         SELECT md.domain_id, m.id, m.title,
                row_number() OVER (PARTITION BY md.domain_id ORDER BY (m.scope = 'CHAPTER') DESC, m.title, m.id) AS n
           FROM material m JOIN material_domain md ON md.material_id = m.id
          WHERE md.domain_id = ANY($1::uuid[]) AND m.archived_at IS NULL AND NOT (m.id = ANY($4::uuid[]))
            AND (m.scope = 'PLATFORM' OR (m.scope = 'CHAPTER' AND (m.chapter_id = ANY($3::uuid[]) OR m.chapter_id IN (
                  SELECT c.chapter_id FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                   WHERE e.user_id = $2 AND e.status = 'ENROLLED' AND c.status <> 'DRAFT'))))
       ) t WHERE n <= ${MATERIALS_PER_DOMAIN} ORDER BY domain_id, n`,
      [bare, viewer.userId, viewer.memberships.map((x) => x.chapterId), [...unreleased]],
    );
    for (const r of titles) out.find((o) => o.cell.key.id === r.domain_id)!.links.push({ materialId: r.id, title: r.title, agendaItemId: null });
    return out;
  }

  // ---- a cohort's heatmap ----

  /** Enrolled students (by name, paged) × active domains, for the cohort's managers; NOT_FOUND for anyone else. */
  async cohort(viewer: Viewer, cohortId: string, args: PageArgs): Promise<CohortReadinessView> {
    const { access } = await this.access.viewable(viewer, cohortId);
    if (!access.manage) throw AppError.notFound('That cohort');
    const window = pageWindow({ first: args.first ?? 50, after: args.after });
    const [{ domains }, people, tallies] = await Promise.all([
      this.taxonomy(),
      this.db.query(
        `SELECT t.total::int AS total, p.id, p."displayName", p.email, p."timeZone"
           FROM (SELECT count(*) AS total FROM enrollment WHERE cohort_id = $1 AND status = 'ENROLLED') t
           LEFT JOIN LATERAL (
             SELECT u.id, u.display_name AS "displayName", u.email, u.time_zone AS "timeZone"
               FROM enrollment e JOIN app_user u ON u.id = e.user_id
              WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
              ORDER BY lower(u.display_name), u.display_name, u.id
              LIMIT $2 OFFSET $3) p ON true
          ORDER BY lower(p."displayName"), p."displayName", p.id`,
        [cohortId, window.limit, window.offset],
      ) as Promise<({ total: number } & { [K in keyof PersonRow]: PersonRow[K] | null })[]>,
      this.db.query(
        `${COHORT_ITEMS}
         SELECT user_id, domain_id, count(*)::int AS total, (count(*) FILTER (WHERE correct))::int AS correct
           FROM items GROUP BY user_id, domain_id`,
        [[cohortId]],
      ) as Promise<{ user_id: string; domain_id: string; total: number; correct: number }[]>,
    ]);
    const active = domains.filter((d) => d.active).map((d) => d.row);
    const perUser = new Map<string, Map<string, Tally>>();
    const whole = new Map<string, Tally>();
    for (const r of tallies) {
      const t = { correct: r.correct, total: r.total };
      const mine = perUser.get(r.user_id) ?? new Map<string, Tally>();
      mine.set(r.domain_id, t);
      perUser.set(r.user_id, mine);
      whole.set(r.domain_id, addTally(whole.get(r.domain_id) ?? { correct: 0, total: 0 }, t));
    }
    const rows: HeatmapRowView[] = people
      .filter((p) => p.id)
      .map((p) => {
        const mine = perUser.get(p.id!);
        return {
          student: p as PersonRow,
          cells: active.map((d) => cellOf(d, mine?.get(d.id))),
          answered: [...(mine?.values() ?? [])].reduce((s, t) => s + t.total, 0),
        };
      });
    const cohortCells = active.map((d) => cellOf(d, whole.get(d.id)));
    return {
      domains: active,
      page: toPage(rows, people[0]?.total ?? 0, window),
      cohortCells,
      weakest: weakest(cohortCells),
    };
  }

  // ---- a chapter's cohorts ----

  /**
   * Each cohort of the chapter (the CHAPTER_COHORTS_MAX most recently created, drafts and
   * cancelled ones left out) with its whole-cohort cells and three weakest domains; for the
   * chapter's admins and platform admins, NOT_FOUND for anyone else.
   */
  async chapter(viewer: Viewer, chapterId: string): Promise<ChapterReadinessView> {
    if (!uuid.safeParse(chapterId).success || !(viewer.isPlatformAdmin || hasChapterRole(viewer, chapterId, ChapterRole.Admin))) {
      throw AppError.notFound('That chapter');
    }
    const cohorts: { id: string; title: string; status: CohortStatus; students: number; total_cohorts: number }[] = await this.db.query(
      `SELECT c.id, c.title, c.status, count(*) OVER ()::int AS total_cohorts,
              (SELECT count(*) FROM enrollment e WHERE e.cohort_id = c.id AND e.status = 'ENROLLED')::int AS students
         FROM cohort c
        WHERE c.chapter_id = $1 AND c.status NOT IN ('DRAFT', 'CANCELLED')
        ORDER BY c.created_at DESC, c.id
        LIMIT ${CHAPTER_COHORTS_MAX}`,
      [chapterId],
    );
    if (!cohorts.length) {
      const exists: unknown[] = await this.db.query(`SELECT 1 FROM chapter WHERE id = $1`, [chapterId]);
      if (!exists.length) throw AppError.notFound('That chapter');
    }
    const [{ domains }, tallies] = await Promise.all([
      this.taxonomy(),
      cohorts.length
        ? (this.db.query(
            `${COHORT_ITEMS}
             SELECT cohort_id, domain_id, GROUPING(domain_id) AS whole, count(*)::int AS total,
                    (count(*) FILTER (WHERE correct))::int AS correct, count(DISTINCT user_id)::int AS students
               FROM items GROUP BY GROUPING SETS ((cohort_id, domain_id), (cohort_id))`,
            [cohorts.map((c) => c.id)],
          ) as Promise<{ cohort_id: string; domain_id: string | null; whole: number; total: number; correct: number; students: number }[]>)
        : Promise.resolve([]),
    ]);
    const active = domains.filter((d) => d.active).map((d) => d.row);
    return {
      domains: active,
      totalCohorts: cohorts[0]?.total_cohorts ?? 0,
      cohorts: cohorts.map((c) => {
        const mine = tallies.filter((t) => t.cohort_id === c.id);
        const overall = mine.find((t) => Number(t.whole) === 1);
        const cells = active.map((d) => cellOf(d, mine.find((t) => Number(t.whole) === 0 && t.domain_id === d.id)));
        return {
          cohortId: c.id,
          title: c.title,
          status: c.status,
          students: c.students,
          studentsWithData: overall?.students ?? 0,
          answered: overall?.total ?? 0,
          cohortCells: cells,
          weakest: weakest(cells),
        };
      }),
    };
  }

  // ---- shared ----

  /** Every exam domain and modality (small platform tables), in the outline's order. */
  private async taxonomy(): Promise<{ domains: { row: DomainRow; active: boolean }[]; modalities: { row: ModalityRow; active: boolean }[] }> {
    const rows: { kind: 'D' | 'M'; id: string; code: string; name: string; description: string; active: boolean }[] = await this.db.query(
      `SELECT 'D' AS kind, id, code, name, description, retired_at IS NULL AS active, sort_order FROM exam_domain
       UNION ALL
       SELECT 'M', id, code, name, '', retired_at IS NULL, sort_order FROM modality
       ORDER BY 1, 7, 4`,
    );
    const domains: { row: DomainRow; active: boolean }[] = [];
    const modalities: { row: ModalityRow; active: boolean }[] = [];
    for (const r of rows) {
      if (r.kind === 'D') domains.push({ row: { id: r.id, code: r.code, name: r.name, description: r.description }, active: r.active });
      else modalities.push({ row: { id: r.id, code: r.code, name: r.name }, active: r.active });
    }
    return { domains, modalities };
  }
}
