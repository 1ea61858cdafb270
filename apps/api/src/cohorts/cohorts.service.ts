import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  Cadence,
  ChapterRole,
  createCohortSchema,
  DateTime,
  emailSchema,
  nowUtc,
  planSessions,
  templateNameSchema,
  updateCohortSchema,
  type IsoWeekday,
} from '@gantry/shared';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, isUniqueViolation, parseInput } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { ModalityEntity } from '../modalities/modality.entity';
import { AnnouncementsService } from '../announcements/announcements.service';
import { AnnouncementKind } from '../announcements/announcement.entity';
import { RemindersService } from '../calendar/reminders.service';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { CohortEntity, CohortStatus } from './cohort.entity';
import { CohortMentorEntity } from './cohort-mentor.entity';
import { CohortModalityEntity } from './cohort-modality.entity';
import { CohortSessionEntity, SessionStatus } from './cohort-session.entity';
import { CohortTemplateEntity, type CohortSetup } from './cohort-template.entity';
import { CohortAccessService } from './cohort-access.service';
import { AgendaItemEntity, type AgendaPhase, type ReleaseRule } from '../agendas/agenda-item.entity';
import { MaterialEntity } from '../materials/material.entity';
import { assignmentsForTemplate, copyTemplateAssignments } from '../homework/assignment-schedule';
import { ScheduleGuard } from './schedule-guard.service';

/** Allowed status changes. */
const TRANSITIONS: Record<CohortStatus, CohortStatus[]> = {
  [CohortStatus.Draft]: [CohortStatus.Open, CohortStatus.Cancelled],
  [CohortStatus.Open]: [CohortStatus.Draft, CohortStatus.Running, CohortStatus.Cancelled],
  [CohortStatus.Running]: [CohortStatus.Completed, CohortStatus.Cancelled],
  [CohortStatus.Completed]: [],
  [CohortStatus.Cancelled]: [],
};

export interface CatalogFilter {
  region?: string | null;
  modalityCode?: string | null;
  /** `YYYY-MM`: cohorts whose first session falls in that month (in the cohort's zone). */
  startMonth?: string | null;
  search?: string | null;
}

const uuid = z.uuid();

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CohortAccessService,
    private readonly guard: ScheduleGuard,
    private readonly reminders: RemindersService,
    private readonly announcements: AnnouncementsService,
    private readonly enrollment: EnrollmentService,
  ) {}

  async create(viewer: Viewer, input: unknown): Promise<CohortEntity> {
    const data = parseInput(createCohortSchema, input);
    if (!viewer.isPlatformAdmin && !hasChapterRole(viewer, data.chapterId)) {
      throw AppError.forbidden('Only this chapter’s mentors and admins can schedule its cohorts.');
    }
    const planned = planSessions({
      zone: data.timeZone,
      startDate: data.pattern.startDate,
      localTime: data.pattern.localTime,
      durationMinutes: data.pattern.durationMinutes,
      count: data.pattern.count,
      cadence: data.pattern.cadence,
      weekday: (data.pattern.weekday ?? undefined) as IsoWeekday | undefined,
      dates: data.pattern.dates ?? undefined,
    });
    if (!planned.length) throw AppError.validation({ 'pattern.dates': ['Pick the dates of the sessions.'] });
    const now = nowUtc();
    if (DateTime.fromISO(planned[0].startsAt) <= now) {
      throw AppError.validation({
        'pattern.startDate': [`The first session would be on ${planned[0].localDate} at ${planned[0].localTime}, which has passed. Choose a later start date.`],
      });
    }
    return this.db.transaction(async (m) => {
      const chapter = await m.findOneBy(ChapterEntity, { id: data.chapterId });
      if (!chapter) throw AppError.notFound('That chapter');
      const template = data.templateId ? await this.template(m, viewer, data.templateId) : null;
      const modalities = await this.modalitiesByCode(m, data.modalityCodes);
      await this.guard.assertNoClash(
        m,
        [viewer.userId],
        planned.map((p) => ({ startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) })),
        { field: 'pattern.startDate', zone: data.timeZone },
      );
      const cohort = await this.insertWithInviteCode(m, {
        ...editableFields(data),
        chapterId: chapter.id,
        leadMentorId: viewer.userId,
        localTime: data.pattern.localTime,
        durationMinutes: data.pattern.durationMinutes,
        cadence: data.pattern.cadence,
        status: CohortStatus.Draft,
      });
      await m.insert(CohortMentorEntity, { cohortId: cohort.id, userId: viewer.userId, isLead: true });
      await m.insert(CohortModalityEntity, modalities.map((mod) => ({ cohortId: cohort.id, modalityId: mod.id })));
      const sessions = await m.save(
        planned.map((p, i) =>
          m.create(CohortSessionEntity, {
            cohortId: cohort.id,
            title: data.sessionTitles?.[i]?.trim() || `Session ${i + 1}`,
            startsAt: new Date(p.startsAt),
            endsAt: new Date(p.endsAt),
          }),
        ),
      );
      for (const s of sessions) await this.reminders.plan(m, s);
      if (template?.setup.agendas?.length) await this.copyAgendas(m, template.setup.agendas, sessions);
      if (template?.setup.assignments?.length) await copyTemplateAssignments(m, template.setup.assignments, sessions, viewer.userId);
      return cohort;
    });
  }

  async update(viewer: Viewer, input: { id: string; expectedVersion: number } & Record<string, unknown>): Promise<CohortEntity> {
    const data = parseInput(updateCohortSchema, input);
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, input.id, m, { lock: true });
      if (cohort.version !== input.expectedVersion) {
        throw AppError.conflict('Someone else changed this cohort while you were editing. Reload to see their changes, then apply yours.');
      }
      const enrolled = await this.enrollment.enrolledCount(m, cohort.id);
      if (data.capacity < enrolled) {
        throw AppError.validation({
          capacity: [`${enrolled} students are enrolled, so capacity cannot go below ${enrolled}. Remove or move students first.`],
        });
      }
      const modalities = await this.modalitiesByCode(m, data.modalityCodes);
      Object.assign(cohort, { ...editableFields(data), enrollmentClosed: data.enrollmentClosed });
      const saved = await m.save(cohort);
      await m.delete(CohortModalityEntity, { cohortId: cohort.id });
      await m.insert(CohortModalityEntity, modalities.map((mod) => ({ cohortId: cohort.id, modalityId: mod.id })));
      // More room: waiting students move up, in order.
      await this.enrollment.promote(m, saved);
      return saved;
    });
  }

  async setStatus(viewer: Viewer, id: string, status: CohortStatus): Promise<CohortEntity> {
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, id, m, { lock: true });
      if (cohort.status === status) return cohort;
      if (!TRANSITIONS[cohort.status].includes(status)) {
        throw AppError.validation(
          { status: [`A ${cohort.status.toLowerCase()} cohort cannot become ${status.toLowerCase()}.`] },
          `A ${cohort.status.toLowerCase()} cohort cannot become ${status.toLowerCase()}.`,
        );
      }
      if (status === CohortStatus.Draft && (await this.enrollment.activeCount(m, cohort.id)) > 0) {
        throw AppError.conflict('Students have already joined this cohort; it cannot go back to draft. Close enrollment instead.');
      }
      cohort.status = status;
      const saved = await m.save(cohort);
      if (status === CohortStatus.Cancelled) {
        const upcoming = await m
          .createQueryBuilder(CohortSessionEntity, 's')
          .where('s.cohort_id = :id AND s.status = :st AND s.starts_at > now()', { id: cohort.id, st: SessionStatus.Scheduled })
          .getMany();
        for (const s of upcoming) {
          s.status = SessionStatus.Cancelled;
          s.sequence += 1;
          await m.save(s);
          await this.reminders.plan(m, s);
        }
        await this.announcements.announce(m, saved, `${saved.title} has been cancelled. Its remaining sessions will not take place.`, AnnouncementKind.System, null);
      }
      return saved;
    });
  }

  async addCoMentor(viewer: Viewer, cohortId: string, emailInput: string): Promise<CohortMentorEntity> {
    const email = parseInput(z.object({ email: emailSchema }), { email: emailInput }).email;
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, cohortId, m, { lock: true });
      const user = await m.findOneBy(UserEntity, { email });
      const memberships: { role: ChapterRole }[] = user
        ? await m.query(`SELECT role FROM chapter_membership WHERE chapter_id = $1 AND user_id = $2`, [cohort.chapterId, user.id])
        : [];
      if (!user || !memberships.length) {
        throw AppError.validation({ email: ['Co-mentors must be mentors of this cohort’s chapter. Ask a chapter admin to invite them first.'] });
      }
      const existing = await m.findOneBy(CohortMentorEntity, { cohortId, userId: user.id });
      if (existing) return existing;
      const sessions = await this.scheduledSessions(m, cohortId);
      await this.guard.assertNoClash(m, [user.id], sessions, { field: 'email', zone: cohort.timeZone });
      return m.save(m.create(CohortMentorEntity, { cohortId, userId: user.id, isLead: false }));
    });
  }

  async removeCoMentor(viewer: Viewer, cohortId: string, userId: string): Promise<CohortMentorEntity> {
    return this.db.transaction(async (m) => {
      await this.access.manageable(viewer, cohortId, m, { lock: true });
      const row = uuid.safeParse(userId).success ? await m.findOneBy(CohortMentorEntity, { cohortId, userId }) : null;
      if (!row) throw AppError.notFound('That mentor');
      if (row.isLead) throw AppError.conflict('The lead mentor cannot be removed. Make someone else lead first.');
      await m.delete(CohortMentorEntity, { cohortId, userId });
      return row;
    });
  }

  async regenerateInviteCode(viewer: Viewer, cohortId: string): Promise<CohortEntity> {
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, cohortId, m, { lock: true });
      cohort.inviteCode = newInviteCode();
      return m.save(cohort);
    });
  }

  // ---- templates ----

  async saveTemplate(viewer: Viewer, cohortId: string, input: unknown): Promise<CohortTemplateEntity> {
    const { name } = parseInput(templateNameSchema, input);
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, cohortId, m);
      const sessions = await m.find(CohortSessionEntity, { where: { cohortId, status: SessionStatus.Scheduled }, order: { startsAt: 'ASC' } });
      const codes: { code: string }[] = await m.query(
        `SELECT mo.code FROM cohort_modality cm JOIN modality mo ON mo.id = cm.modality_id WHERE cm.cohort_id = $1 ORDER BY mo.sort_order`,
        [cohortId],
      );
      const first = sessions[0] ? DateTime.fromJSDate(sessions[0].startsAt).setZone(cohort.timeZone) : null;
      const planned = sessions.filter((s) => !s.isMakeup);
      const agendaRows = planned.length ? await m.find(AgendaItemEntity, { where: { sessionId: In(planned.map((s) => s.id)) }, order: { position: 'ASC' } }) : [];
      const agendas = agendaRows.map((a) => ({
        sessionIndex: planned.findIndex((s) => s.id === a.sessionId),
        materialId: a.materialId,
        phase: a.phase,
        release: a.release,
        releaseDays: a.releaseDays,
      }));
      const setup: CohortSetup = {
        title: cohort.title,
        description: cohort.description,
        capacity: cohort.capacity,
        timeZone: cohort.timeZone,
        localTime: cohort.localTime,
        durationMinutes: cohort.durationMinutes,
        cadence: cohort.cadence === Cadence.Custom ? Cadence.Weekly : cohort.cadence,
        weekday: first ? first.weekday : null,
        sessionCount: Math.max(1, sessions.length),
        sessionTitles: sessions.filter((s) => !s.isMakeup).map((s) => s.title),
        modalityCodes: codes.map((c) => c.code),
        requiresApproval: cohort.requiresApproval,
        agendas,
        assignments: await assignmentsForTemplate(m, planned),
      };
      return m.save(m.create(CohortTemplateEntity, { ownerId: viewer.userId, chapterId: cohort.chapterId, name, setup }));
    });
  }

  async templates(viewer: Viewer): Promise<CohortTemplateEntity[]> {
    return this.db.getRepository(CohortTemplateEntity).find({ where: { ownerId: viewer.userId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  async deleteTemplate(viewer: Viewer, id: string): Promise<CohortTemplateEntity> {
    const t = await this.template(this.db.manager, viewer, id);
    await this.db.getRepository(CohortTemplateEntity).delete({ id: t.id });
    return t;
  }

  private async template(m: EntityManager, viewer: Viewer, id: string): Promise<CohortTemplateEntity> {
    const t = uuid.safeParse(id).success ? await m.findOneBy(CohortTemplateEntity, { id }) : null;
    if (!t || t.ownerId !== viewer.userId) throw AppError.notFound('That template');
    return t;
  }

  // ---- reading ----

  async byIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return ids.length ? this.db.getRepository(CohortEntity).findBy({ id: In([...ids]) }) : [];
  }

  /** Open cohorts across chapters, soonest first. */
  async catalog(filter: CatalogFilter, args: PageArgs): Promise<Page<CohortEntity>> {
    const window = pageWindow(args);
    const qb = this.db
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .innerJoin(ChapterEntity, 'ch', 'ch.id = c.chapter_id')
      .addSelect(`(SELECT min(s.starts_at) FROM cohort_session s WHERE s.cohort_id = c.id AND s.status = 'SCHEDULED')`, 'first_start')
      .where(`c.status = 'OPEN'`);
    if (filter.region) qb.andWhere('ch.region = :region', { region: filter.region.trim().toUpperCase() });
    if (filter.modalityCode) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM cohort_modality cm JOIN modality mo ON mo.id = cm.modality_id WHERE cm.cohort_id = c.id AND mo.code = :code)`,
        { code: filter.modalityCode.trim().toUpperCase() },
      );
    }
    if (filter.startMonth) {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(filter.startMonth)) throw AppError.validation({ startMonth: ['Use a month as YYYY-MM.'] });
      qb.andWhere(
        `to_char((SELECT min(s.starts_at) FROM cohort_session s WHERE s.cohort_id = c.id AND s.status = 'SCHEDULED') AT TIME ZONE c.time_zone, 'YYYY-MM') = :month`,
        { month: filter.startMonth },
      );
    }
    if (filter.search?.trim()) qb.andWhere('(c.title ILIKE :q OR c.description ILIKE :q)', { q: `%${escapeLike(filter.search.trim())}%` });
    const total = await qb.getCount();
    const rows = await qb.orderBy('first_start', 'ASC', 'NULLS LAST').addOrderBy('c.id').offset(window.offset).limit(window.limit).getMany();
    return toPage(rows, total, window);
  }

  async chapterCohorts(viewer: Viewer, chapterId: string, args: PageArgs): Promise<Page<CohortEntity>> {
    if (!uuid.safeParse(chapterId).success) throw AppError.notFound('That chapter');
    if (!viewer.isPlatformAdmin && !hasChapterRole(viewer, chapterId, ChapterRole.Admin)) {
      throw AppError.forbidden('Only this chapter’s admins can see all of its cohorts.');
    }
    const window = pageWindow(args);
    const [rows, total] = await this.db.getRepository(CohortEntity).findAndCount({
      where: { chapterId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: window.limit,
      skip: window.offset,
    });
    return toPage(rows, total, window);
  }

  /** Cohorts the viewer mentors or is enrolled, waitlisted or pending in. */
  async mine(viewer: Viewer): Promise<CohortEntity[]> {
    return this.db
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT cohort_id FROM cohort_mentor WHERE user_id = :u
                  UNION SELECT cohort_id FROM enrollment WHERE user_id = :u AND status IN ('ENROLLED', 'WAITLISTED', 'PENDING'))`,
        { u: viewer.userId },
      )
      .orderBy(`CASE c.status WHEN 'RUNNING' THEN 0 WHEN 'OPEN' THEN 1 WHEN 'DRAFT' THEN 2 ELSE 3 END`)
      .addOrderBy('c.created_at', 'DESC')
      .limit(100)
      .getMany();
  }

  /** The viewer's sessions (as student or mentor) in a time range. */
  async schedule(viewer: Viewer, from: Date, to: Date): Promise<CohortSessionEntity[]> {
    return this.db
      .getRepository(CohortSessionEntity)
      .createQueryBuilder('s')
      .innerJoin(CohortEntity, 'c', 'c.id = s.cohort_id')
      .where(
        `s.cohort_id IN (SELECT cohort_id FROM cohort_mentor WHERE user_id = :u
                         UNION SELECT cohort_id FROM enrollment WHERE user_id = :u AND status = 'ENROLLED')`,
        { u: viewer.userId },
      )
      // Parenthesised: TypeORM does not isolate string conditions, and this one has ORs.
      .andWhere(`(c.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM cohort_mentor x WHERE x.cohort_id = c.id AND x.user_id = :u))`, { u: viewer.userId })
      .andWhere('s.ends_at > :from AND s.starts_at < :to', { from, to })
      .orderBy('s.starts_at')
      .limit(200)
      .getMany();
  }

  async nextSession(viewer: Viewer): Promise<CohortSessionEntity | null> {
    return this.db
      .getRepository(CohortSessionEntity)
      .createQueryBuilder('s')
      .innerJoin(CohortEntity, 'c', 'c.id = s.cohort_id')
      .where(
        `s.cohort_id IN (SELECT cohort_id FROM cohort_mentor WHERE user_id = :u
                         UNION SELECT cohort_id FROM enrollment WHERE user_id = :u AND status = 'ENROLLED')`,
        { u: viewer.userId },
      )
      .andWhere(`s.status = 'SCHEDULED' AND s.ends_at > now() AND c.status IN ('OPEN', 'RUNNING')`)
      .orderBy('s.starts_at')
      .limit(1)
      .getOne();
  }

  async modalities(): Promise<ModalityEntity[]> {
    return this.db.getRepository(ModalityEntity).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  /** Last season's agendas onto the new sessions, by position; items no longer usable are skipped. */
  private async copyAgendas(m: EntityManager, agendas: NonNullable<CohortSetup['agendas']>, sessions: CohortSessionEntity[]): Promise<void> {
    const live = new Set(
      (await m.find(MaterialEntity, { where: { id: In([...new Set(agendas.map((a) => a.materialId))]) }, select: { id: true, archivedAt: true } }))
        .filter((x) => !x.archivedAt)
        .map((x) => x.id),
    );
    const positions = new Map<number, number>();
    for (const a of agendas) {
      const session = sessions[a.sessionIndex];
      if (!session || !live.has(a.materialId)) continue;
      const position = positions.get(a.sessionIndex) ?? 0;
      positions.set(a.sessionIndex, position + 1);
      await m
        .createQueryBuilder()
        .insert()
        .into(AgendaItemEntity)
        .values({ sessionId: session.id, materialId: a.materialId, position, phase: a.phase as AgendaPhase, release: a.release as ReleaseRule, releaseDays: a.releaseDays })
        .orIgnore()
        .execute();
    }
  }

  private async scheduledSessions(m: EntityManager, cohortId: string): Promise<{ startsAt: Date; endsAt: Date }[]> {
    return m.find(CohortSessionEntity, { where: { cohortId, status: SessionStatus.Scheduled }, select: { startsAt: true, endsAt: true } });
  }

  private async modalitiesByCode(m: EntityManager, codes: string[]): Promise<ModalityEntity[]> {
    const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
    const found = await m.find(ModalityEntity, { where: { code: In(wanted) } });
    const missing = wanted.filter((c) => !found.some((f) => f.code === c && !f.retiredAt));
    if (missing.length) throw AppError.validation({ modalityCodes: [`Unknown modality: ${missing.join(', ')}.`] });
    return found;
  }

  private async insertWithInviteCode(m: EntityManager, values: Partial<CohortEntity>): Promise<CohortEntity> {
    for (let attempt = 0; ; attempt++) {
      try {
        // A savepoint, so a (vanishingly rare) code collision does not abort the transaction.
        return await m.transaction((sp) => sp.save(sp.create(CohortEntity, { ...values, inviteCode: newInviteCode() })));
      } catch (e) {
        if (attempt < 3 && isUniqueViolation(e, 'cohort_invite_code_key')) continue;
        throw e;
      }
    }
  }
}

/** The fields a mentor sets both when creating and when editing a cohort. */
function editableFields(data: z.infer<typeof updateCohortSchema> | z.infer<typeof createCohortSchema>): Partial<CohortEntity> {
  return {
    title: data.title,
    description: data.description,
    capacity: data.capacity,
    timeZone: data.timeZone,
    meetingUrl: data.meetingUrl ?? null,
    meetingPasscode: data.meetingPasscode || null,
    requiresApproval: data.requiresApproval,
    enrollmentOpensAt: data.enrollmentOpensAt ? new Date(data.enrollmentOpensAt) : null,
    enrollmentClosesAt: data.enrollmentClosesAt ? new Date(data.enrollmentClosesAt) : null,
  };
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Eight characters without look-alikes (no 0/O, 1/I). */
export function newInviteCode(): string {
  return [...randomBytes(8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
