import { DateTime } from '@gantry/shared';
import type { DataSource } from 'typeorm';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { uid } from './factories';
import type { GqlClient, TestApp } from './test-app';
import type { Person } from './homework';

/**
 * Test helpers for the weak-area map: a known data set written straight into the tables
 * (questions with a known key, attempts with known answers), so the analytics can be checked
 * to the exact number without driving a hundred clicks through the practice API.
 */

export type Answer = 'right' | 'wrong' | 'blank';

export interface ItemSpec {
  domain: string;
  modality?: string | null;
  answer: Answer;
}

/** `n` items of one domain/modality with the same answer. */
export const items = (n: number, domain: string, modality: string | null, answer: Answer): ItemSpec[] =>
  Array.from({ length: n }, () => ({ domain, modality, answer }));

export interface ReadinessCohort {
  mentor: Person & { chapter: ChapterEntity };
  cohortId: string;
  sessionIds: string[];
  students: Person[];
}

export class ReadinessData {
  private domainIds?: Map<string, string>;
  private modalityIds?: Map<string, string>;
  private blueprintId?: string;

  constructor(private readonly t: TestApp) {}

  private get db(): DataSource {
    return this.t.db;
  }

  async domainId(code: string): Promise<string> {
    if (!this.domainIds) {
      const rows: { id: string; code: string }[] = await this.db.query(`SELECT id, code FROM exam_domain`);
      this.domainIds = new Map(rows.map((r) => [r.code, r.id]));
    }
    return this.domainIds.get(code)!;
  }

  async modalityId(code: string): Promise<string> {
    if (!this.modalityIds) {
      const rows: { id: string; code: string }[] = await this.db.query(`SELECT id, code FROM modality`);
      this.modalityIds = new Map(rows.map((r) => [r.code, r.id]));
    }
    return this.modalityIds.get(code)!;
  }

  /** A reviewed platform question with four options; returns its right and a wrong option. */
  async question(domain: string, modality: string | null): Promise<{ id: string; right: string; wrong: string }> {
    const [q]: { id: string }[] = await this.db.query(
      `INSERT INTO question (stem_markdown, stem_html, modality_id, exam_domain_id, difficulty, scope, status)
       VALUES ($1, $1, $2, $3, 'MEDIUM', 'PLATFORM', 'REVIEWED') RETURNING id`,
      [`Question ${uid()}`, modality ? await this.modalityId(modality) : null, await this.domainId(domain)],
    );
    const options: { id: string; is_correct: boolean }[] = await this.db.query(
      `INSERT INTO question_option (question_id, position, text_markdown, text_html, is_correct)
       SELECT $1, p, 'Option ' || p, 'Option ' || p, p = 2 FROM generate_series(0, 3) p RETURNING id, is_correct`,
      [q.id],
    );
    return { id: q.id, right: options.find((o) => o.is_correct)!.id, wrong: options.find((o) => !o.is_correct)!.id };
  }

  /**
   * An attempt with these items (a fresh question each), SUBMITTED at `submittedAt` unless
   * `inProgress`. PRACTICE needs `assignmentId`; MOCK may name the `cohortId` it was started for.
   */
  async attempt(
    userId: string,
    opts: { kind: 'PRACTICE' | 'MOCK'; assignmentId?: string; cohortId?: string | null; submittedAt?: Date; inProgress?: boolean; items: ItemSpec[] },
  ): Promise<string> {
    if (opts.kind === 'MOCK' && !this.blueprintId) {
      this.blueprintId = ((await this.db.query(`SELECT id FROM exam_blueprint ORDER BY effective_from LIMIT 1`)) as { id: string }[])[0].id;
    }
    const submittedAt = opts.inProgress ? null : (opts.submittedAt ?? new Date());
    const startedAt = new Date((submittedAt ?? new Date()).getTime() - 30 * 60_000);
    const [a]: { id: string }[] = await this.db.query(
      `INSERT INTO attempt (user_id, kind, assignment_id, cohort_id, blueprint_id, feedback, started_at, deadline_at, submitted_at, status, score_correct, score_total)
       VALUES ($1, $2, $3, $4, $5, 'AT_END', $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        userId,
        opts.kind,
        opts.assignmentId ?? null,
        opts.cohortId ?? null,
        opts.kind === 'MOCK' ? this.blueprintId : null,
        startedAt,
        opts.kind === 'MOCK' ? new Date(startedAt.getTime() + 180 * 60_000) : null,
        submittedAt,
        submittedAt ? 'SUBMITTED' : 'IN_PROGRESS',
        submittedAt ? opts.items.filter((i) => i.answer === 'right').length : null,
        submittedAt ? opts.items.length : null,
      ],
    );
    for (const [position, it] of opts.items.entries()) {
      const q = await this.question(it.domain, it.modality ?? null);
      const selected = it.answer === 'blank' ? null : it.answer === 'right' ? q.right : q.wrong;
      await this.db.query(
        `INSERT INTO attempt_item (attempt_id, position, question_id, option_order, selected_option_id, answered_at, correct)
         VALUES ($1, $2, $3, ARRAY[]::uuid[], $4, $5, $6)`,
        [a.id, position, q.id, selected, selected ? startedAt : null, selected ? it.answer === 'right' : null],
      );
    }
    return a.id;
  }

  /** A QUIZ assignment on the cohort's first session (written straight to the tables). */
  async quiz(cohortId: string, sessionId: string, title = `Quiz ${uid()}`): Promise<string> {
    const [a]: { id: string }[] = await this.db.query(
      `INSERT INTO assignment (cohort_id, session_id, title, kind, points, due_mode, due_at, late_policy, published_at)
       VALUES ($1, $2, $3, 'QUIZ', 10, 'ABSOLUTE', now() + interval '3 days', 'ACCEPT_LATE', now()) RETURNING id`,
      [cohortId, sessionId, title],
    );
    await this.db.query(`INSERT INTO quiz (assignment_id, selection, question_ids, feedback) VALUES ($1, 'FIXED', ARRAY[]::uuid[], 'AT_END')`, [a.id]);
    return a.id;
  }

  /** An open cohort of `mentor` (a new mentor of a new chapter by default) with these students enrolled, in this order. Give a mentor's second cohort another `localTime`. */
  async cohort(opts: { mentor?: Person & { chapter: ChapterEntity }; names?: string[]; students?: Person[]; localTime?: string } = {}): Promise<ReadinessCohort> {
    const mentor = opts.mentor ?? (await this.t.factories.asMentor());
    const start = DateTime.utc().setZone('America/Denver').plus({ days: 10 }).toISODate();
    const cohort = (
      await mentor.client.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`, {
        input: {
          chapterId: mentor.chapter.id,
          title: `Readiness ${uid()}`,
          modalityCodes: ['CT'],
          capacity: 50,
          timeZone: 'America/Denver',
          pattern: { startDate: start, localTime: opts.localTime ?? '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 3 },
        },
      })
    ).createCohort;
    await mentor.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohort.id });
    const students: Person[] = [...(opts.students ?? [])];
    for (const displayName of opts.names ?? []) {
      const user = await this.t.factories.user({ displayName });
      students.push({ user, client: await this.t.factories.clientFor(user) });
    }
    for (const s of students) await s.client.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: cohort.id });
    return { mentor, cohortId: cohort.id, sessionIds: cohort.sessions.map((s: { id: string }) => s.id), students };
  }

  /** A chapter reading tagged with these domains, created by `client` (a mentor of the chapter, or a platform admin for PLATFORM). */
  async material(client: GqlClient, opts: { title: string; domains: string[]; scope?: 'DRAFT' | 'CHAPTER' | 'PLATFORM'; chapterId?: string }): Promise<string> {
    const scope = opts.scope ?? 'CHAPTER';
    return (
      await client.ok(`mutation C($input: MaterialInput!) { createMaterial(input: $input) { id } }`, {
        input: {
          kind: 'READING',
          scope,
          chapterId: scope === 'CHAPTER' ? opts.chapterId : null,
          title: opts.title,
          summary: '',
          minutes: 10,
          bodyMarkdown: `About ${opts.title}.`,
          modalityCodes: ['CT'],
          domainCodes: opts.domains,
        },
      })
    ).createMaterial.id;
  }

  async agenda(client: GqlClient, sessionId: string, items: { materialId: string; release: 'NOW' | 'DAYS_BEFORE' | 'AFTER_END'; releaseDays?: number }[]): Promise<string[]> {
    const res = await client.ok(`mutation A($s: ID!, $items: [AgendaItemInput!]!) { setSessionAgenda(sessionId: $s, items: $items) { id material { id } } }`, {
      s: sessionId,
      items: items.map((i) => ({ materialId: i.materialId, phase: 'BEFORE', release: i.release, releaseDays: i.releaseDays ?? null })),
    });
    return items.map((i) => res.setSessionAgenda.find((x: { material: { id: string } }) => x.material.id === i.materialId).id);
  }
}
