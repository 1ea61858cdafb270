import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ChapterRole } from '@gantry/shared';
import { z } from 'zod';
import { AppError } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { CohortEntity, CohortStatus } from './cohort.entity';

export interface CohortAccess {
  /** May edit the cohort, its sessions, roster and announcements. */
  manage: boolean;
  /** May see it at all (drafts are visible to managers only). */
  view: boolean;
  /** May see the meeting link, announcements and materials: managers and enrolled students. */
  participate: boolean;
  enrolled: boolean;
  mentor: boolean;
}

const uuid = z.uuid();

/**
 * Who may do what with which cohort, answered in batches: "of these cohorts, which may
 * this viewer manage / see / take part in?" Anything outside the answer is "not found".
 */
@Injectable()
export class CohortAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forCohorts(viewer: Viewer | undefined, cohorts: readonly CohortEntity[], m: EntityManager = this.db.manager): Promise<Map<string, CohortAccess>> {
    const ids = cohorts.map((c) => c.id);
    const mentorOf = new Set<string>();
    const enrolledIn = new Set<string>();
    if (viewer && ids.length) {
      const rows: { cohort_id: string; kind: 'M' | 'E' }[] = await m.query(
        `SELECT cohort_id, 'M' AS kind FROM cohort_mentor WHERE user_id = $1 AND cohort_id = ANY($2::uuid[])
         UNION ALL
         SELECT cohort_id, 'E' AS kind FROM enrollment WHERE user_id = $1 AND status = 'ENROLLED' AND cohort_id = ANY($2::uuid[])`,
        [viewer.userId, ids],
      );
      for (const r of rows) (r.kind === 'M' ? mentorOf : enrolledIn).add(r.cohort_id);
    }
    const out = new Map<string, CohortAccess>();
    for (const c of cohorts) {
      const mentor = mentorOf.has(c.id);
      const manage = !!viewer && (viewer.isPlatformAdmin || hasChapterRole(viewer, c.chapterId, ChapterRole.Admin) || mentor);
      const enrolled = enrolledIn.has(c.id);
      out.set(c.id, {
        manage,
        mentor,
        enrolled,
        view: manage || c.status !== CohortStatus.Draft,
        participate: manage || enrolled,
      });
    }
    return out;
  }

  async of(viewer: Viewer | undefined, cohort: CohortEntity, m?: EntityManager): Promise<CohortAccess> {
    return (await this.forCohorts(viewer, [cohort], m)).get(cohort.id)!;
  }

  /** The cohort if the viewer may see it; NOT_FOUND otherwise (drafts do not leak). */
  async viewable(viewer: Viewer | undefined, id: string, m: EntityManager = this.db.manager): Promise<{ cohort: CohortEntity; access: CohortAccess }> {
    const cohort = uuid.safeParse(id).success ? await m.findOneBy(CohortEntity, { id }) : null;
    if (!cohort) throw AppError.notFound('That cohort');
    const access = await this.of(viewer, cohort, m);
    if (!access.view) throw AppError.notFound('That cohort');
    return { cohort, access };
  }

  /** The cohort, locked for update when asked, if the viewer may manage it. */
  async manageable(viewer: Viewer, id: string, m: EntityManager, opts: { lock?: boolean } = {}): Promise<CohortEntity> {
    const cohort = uuid.safeParse(id).success
      ? await m.findOne(CohortEntity, { where: { id }, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!cohort) throw AppError.notFound('That cohort');
    const access = await this.of(viewer, cohort, m);
    if (!access.view) throw AppError.notFound('That cohort');
    if (!access.manage) throw AppError.forbidden('Only this cohort’s mentors and its chapter’s admins can do that.');
    return cohort;
  }
}
