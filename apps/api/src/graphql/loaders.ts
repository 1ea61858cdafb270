import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { ChaptersService } from '../chapters/chapters.service';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { UserEntity } from '../accounts/user.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { SessionsService } from '../cohorts/sessions.service';
import type { CohortEntity } from '../cohorts/cohort.entity';
import type { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { CohortAccessService, type CohortAccess } from '../cohorts/cohort-access.service';
import type { ModalityEntity } from '../modalities/modality.entity';
import type { ExamDomainEntity } from '../materials/exam-domain.entity';
import type { MaterialEntity } from '../materials/material.entity';
import { MaterialsService } from '../materials/materials.service';
import type { AgendaItemEntity } from '../agendas/agenda-item.entity';
import { AgendasService } from '../agendas/agendas.service';
import { EnrollmentService } from '../enrollment/enrollment.service';
import type { EnrollmentEntity } from '../enrollment/enrollment.entity';

export interface SeatCounts {
  enrolled: number;
  waitlisted: number;
  pending: number;
}

/** Every relation a resolver walks goes through one of these, built fresh per request. */
export interface Loaders {
  chapterById: DataLoader<string, ChapterEntity | null>;
  userById: DataLoader<string, UserEntity | null>;
  cohortById: DataLoader<string, CohortEntity | null>;
  /** Sessions of a cohort, by start time, numbered. */
  sessionsByCohort: DataLoader<string, { entity: CohortSessionEntity; number: number }[]>;
  modalitiesByCohort: DataLoader<string, ModalityEntity[]>;
  mentorsByCohort: DataLoader<string, { userId: string; displayName: string; isLead: boolean }[]>;
  seatsByCohort: DataLoader<string, SeatCounts>;
  /** The viewer's access to a cohort (batched: one query for a whole page). */
  accessByCohort: DataLoader<string, CohortAccess>;
  /** The viewer's own enrollment in a cohort, if any. */
  viewerEnrollmentByCohort: DataLoader<string, (EnrollmentEntity & { waitlistPosition: number | null }) | null>;
  /** A material's modality and domain tags. */
  tagsByMaterial: DataLoader<string, { modalities: ModalityEntity[]; domains: ExamDomainEntity[] }>;
  materialById: DataLoader<string, MaterialEntity | null>;
  /** A session's agenda items in order (unfiltered: resolvers apply the viewer's release rules). */
  agendaBySession: DataLoader<string, AgendaItemEntity[]>;
  /** Whether the viewer marked an agenda item done. */
  doneByAgendaItem: DataLoader<string, boolean>;
}

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(fetch: (ids: readonly string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(key(r))?.push(r);
    return ids.map((id) => map.get(id)!);
  });
}

/** A singleton that makes per-request loaders (never a request-scoped provider). */
@Injectable()
export class LoadersFactory {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chapters: ChaptersService,
    private readonly cohorts: CohortsService,
    private readonly sessions: SessionsService,
    private readonly access: CohortAccessService,
    private readonly enrollment: EnrollmentService,
    private readonly materials: MaterialsService,
    private readonly agendas: AgendasService,
  ) {}

  create(viewer?: Viewer): Loaders {
    const loaders: Loaders = {
      chapterById: byId((ids) => this.chapters.byIds(ids)),
      userById: byId((ids) => this.db.getRepository(UserEntity).find({ where: { id: In([...ids]) }, select: { id: true, displayName: true, timeZone: true } })),
      cohortById: byId((ids) => this.cohorts.byIds(ids)),
      sessionsByCohort: new DataLoader(async (ids) => {
        const rows = await this.sessions.byCohortIds(ids);
        const map = new Map<string, { entity: CohortSessionEntity; number: number }[]>(ids.map((id) => [id, []]));
        for (const r of rows) {
          const list = map.get(r.cohortId)!;
          list.push({ entity: r, number: list.length + 1 });
        }
        return ids.map((id) => map.get(id)!);
      }),
      modalitiesByCohort: new DataLoader(async (ids) => {
        const rows: (ModalityEntity & { cohort_id: string })[] = await this.db.query(
          `SELECT cm.cohort_id, m.id, m.code, m.name, m.sort_order AS "sortOrder" FROM cohort_modality cm JOIN modality m ON m.id = cm.modality_id
            WHERE cm.cohort_id = ANY($1::uuid[]) ORDER BY m.sort_order, m.name`,
          [[...ids]],
        );
        const g = new Map<string, ModalityEntity[]>(ids.map((id) => [id, []]));
        for (const r of rows) g.get(r.cohort_id)!.push(r);
        return ids.map((id) => g.get(id)!);
      }),
      mentorsByCohort: grouped(
        (ids) =>
          this.db.query(
            `SELECT cm.cohort_id AS "cohortId", u.id AS "userId", u.display_name AS "displayName", cm.is_lead AS "isLead"
               FROM cohort_mentor cm JOIN app_user u ON u.id = cm.user_id
              WHERE cm.cohort_id = ANY($1::uuid[]) ORDER BY cm.is_lead DESC, u.display_name`,
            [[...ids]],
          ) as Promise<{ cohortId: string; userId: string; displayName: string; isLead: boolean }[]>,
        (r) => r.cohortId,
      ),
      seatsByCohort: new DataLoader(async (ids) => {
        const counts = await this.enrollment.counts(ids);
        return ids.map((id) => counts.get(id)!);
      }),
      accessByCohort: new DataLoader(async (ids) => {
        const cohorts = (await loaders.cohortById.loadMany(ids)).filter((c): c is CohortEntity => !!c && !(c instanceof Error));
        const map = await this.access.forCohorts(viewer, cohorts);
        return ids.map((id) => map.get(id) ?? new Error(`No cohort ${id}`));
      }),
      tagsByMaterial: new DataLoader(async (ids) => {
        const rows: { material_id: string; kind: 'M' | 'D'; id: string; code: string; name: string; description: string }[] = await this.db.query(
          `SELECT mm.material_id, 'M' AS kind, mo.id, mo.code, mo.name, '' AS description, mo.sort_order
             FROM material_modality mm JOIN modality mo ON mo.id = mm.modality_id WHERE mm.material_id = ANY($1::uuid[])
           UNION ALL
           SELECT md.material_id, 'D', d.id, d.code, d.name, d.description, d.sort_order
             FROM material_domain md JOIN exam_domain d ON d.id = md.domain_id WHERE md.material_id = ANY($1::uuid[])
           ORDER BY 7`,
          [[...ids]],
        );
        const out = new Map(ids.map((id) => [id, { modalities: [] as ModalityEntity[], domains: [] as ExamDomainEntity[] }]));
        for (const r of rows) {
          const t = out.get(r.material_id)!;
          if (r.kind === 'M') t.modalities.push({ id: r.id, code: r.code, name: r.name } as ModalityEntity);
          else t.domains.push({ id: r.id, code: r.code, name: r.name, description: r.description } as ExamDomainEntity);
        }
        return ids.map((id) => out.get(id)!);
      }),
      materialById: byId((ids) => this.materials.byIds(ids)),
      agendaBySession: grouped((ids) => this.agendas.bySessionIds(ids), (r) => r.sessionId),
      doneByAgendaItem: new DataLoader(async (ids) => {
        const done = await this.agendas.doneItemIds(viewer, ids);
        return ids.map((id) => done.has(id));
      }),
      viewerEnrollmentByCohort: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => null);
        const rows = await this.enrollment.forViewer(viewer, ids);
        const map = new Map(rows.map((r) => [r.cohortId, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    };
    return loaders;
  }
}
