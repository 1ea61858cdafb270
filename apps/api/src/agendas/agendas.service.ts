import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { agendaSchema, isReleased, recordingSchema, releasesAt } from '@gantry/shared';
import { z } from 'zod';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { CohortAccessService, type CohortAccess } from '../cohorts/cohort-access.service';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { MaterialsService } from '../materials/materials.service';
import { AgendaItemEntity, MaterialProgressEntity, type ReleaseRule } from './agenda-item.entity';

const uuid = z.uuid();

export interface AgendaItemView {
  item: AgendaItemEntity;
  releasesAt: Date | null;
  released: boolean;
}

/**
 * Session agendas built from the library, with release rules. Students see an item only
 * once it is released and only in cohorts they are enrolled in; everything else is
 * invisible to them through every query.
 */
@Injectable()
export class AgendasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly materials: MaterialsService,
  ) {}

  /** Replace a session's agenda with this ordered list; progress on items that stay is kept. */
  async setAgenda(viewer: Viewer, sessionId: string, input: unknown): Promise<AgendaItemView[]> {
    const { items } = parseInput(agendaSchema, input);
    return this.db.transaction(async (m) => {
      const session = uuid.safeParse(sessionId).success ? await m.findOneBy(CohortSessionEntity, { id: sessionId }) : null;
      if (!session) throw AppError.notFound('That session');
      await this.access.manageable(viewer, session.cohortId, m, { lock: true });
      const existing = await m.find(AgendaItemEntity, { where: { sessionId } });
      // Items already on the agenda stay whatever became of them since (archived, or a
      // co-mentor's draft); only additions must come from a library this viewer can use.
      const present = new Set(existing.map((e) => e.materialId));
      for (const [i, it] of items.entries()) {
        if (present.has(it.materialId)) continue;
        const mat = await this.materials.browsable(viewer, it.materialId, m).catch(() => null);
        if (!mat) throw AppError.validation({ [`items.${i}.materialId`]: ['This item is not in a library you can use.'] });
        if (mat.archivedAt) throw AppError.validation({ [`items.${i}.materialId`]: ['This item is archived; unarchive it in the library to add it.'] });
      }
      const keep = new Set(items.map((i) => i.materialId));
      const gone = existing.filter((e) => !keep.has(e.materialId)).map((e) => e.id);
      if (gone.length) await m.delete(AgendaItemEntity, { id: In(gone) });
      for (const [position, it] of items.entries()) {
        const values = {
          position,
          phase: it.phase,
          release: it.release as ReleaseRule,
          releaseDays: it.release === 'DAYS_BEFORE' ? (it.releaseDays ?? 0) : null,
        };
        const found = existing.find((e) => e.materialId === it.materialId);
        if (found) await m.update(AgendaItemEntity, { id: found.id }, values);
        else await m.insert(AgendaItemEntity, { ...values, sessionId, materialId: it.materialId });
      }
      const saved = await m.find(AgendaItemEntity, { where: { sessionId }, order: { position: 'ASC' } });
      // As its managers see it: every item, with when each releases.
      return this.visibleItems(saved, session, { manage: true, participate: true } as CohortAccess);
    });
  }

  /** All items of these sessions, in order (the loader's batch). */
  async bySessionIds(ids: readonly string[]): Promise<AgendaItemEntity[]> {
    return ids.length ? this.db.getRepository(AgendaItemEntity).find({ where: { sessionId: In([...ids]) }, order: { position: 'ASC' } }) : [];
  }

  /** What this viewer may see of a session's agenda: everything for managers, released items for enrolled students. */
  visibleItems(items: AgendaItemEntity[], session: CohortSessionEntity, access: CohortAccess): AgendaItemView[] {
    if (!access.participate) return [];
    const start = session.startsAt.toISOString();
    const end = session.endsAt.toISOString();
    return items
      .map((item) => {
        const at = releasesAt(item.release, item.releaseDays, start, end);
        return { item, releasesAt: at ? new Date(at) : null, released: isReleased(item.release, item.releaseDays, start, end) };
      })
      .filter((v) => access.manage || v.released);
  }

  /** One agenda item, if released to the viewer (or the viewer manages the cohort). */
  async viewableItem(viewer: Viewer, itemId: string): Promise<{ view: AgendaItemView; session: CohortSessionEntity }> {
    const item = uuid.safeParse(itemId).success ? await this.db.getRepository(AgendaItemEntity).findOneBy({ id: itemId }) : null;
    if (!item) throw AppError.notFound('That item');
    const session = await this.db.getRepository(CohortSessionEntity).findOneByOrFail({ id: item.sessionId });
    const { access } = await this.access.viewable(viewer, session.cohortId).catch(() => {
      throw AppError.notFound('That item');
    });
    const [view] = this.visibleItems([item], session, access);
    if (!view) throw AppError.notFound('That item');
    return { view, session };
  }

  async markDone(viewer: Viewer, itemId: string, done: boolean): Promise<AgendaItemView> {
    const { view } = await this.viewableItem(viewer, itemId);
    if (done) {
      await this.db.createQueryBuilder().insert().into(MaterialProgressEntity).values({ userId: viewer.userId, agendaItemId: view.item.id }).orIgnore().execute();
    } else {
      await this.db.getRepository(MaterialProgressEntity).delete({ userId: viewer.userId, agendaItemId: view.item.id });
    }
    return view;
  }

  async doneItemIds(viewer: Viewer | undefined, itemIds: readonly string[]): Promise<Set<string>> {
    if (!viewer || !itemIds.length) return new Set();
    const rows = await this.db.getRepository(MaterialProgressEntity).find({ where: { userId: viewer.userId, agendaItemId: In([...itemIds]) } });
    return new Set(rows.map((r) => r.agendaItemId));
  }

  async setRecording(viewer: Viewer, sessionId: string, input: unknown): Promise<CohortSessionEntity> {
    const data = parseInput(recordingSchema, input);
    return this.db.transaction(async (m) => {
      const session = uuid.safeParse(sessionId).success ? await m.findOneBy(CohortSessionEntity, { id: sessionId }) : null;
      if (!session) throw AppError.notFound('That session');
      await this.access.manageable(viewer, session.cohortId, m);
      session.recordingUrl = data.recordingUrl ?? null;
      session.slidesUrl = data.slidesUrl ?? null;
      return m.save(session);
    });
  }

  /** Which modalities and domains each session's agenda covers (the mentor's planning view). */
  async coverage(cohortId: string): Promise<{ kind: 'MODALITY' | 'DOMAIN'; code: string; name: string; sessionIds: string[]; items: number }[]> {
    const rows: { kind: 'MODALITY' | 'DOMAIN'; code: string; name: string; session_id: string; n: number; sort_order: number }[] = await this.db.query(
      `SELECT 'MODALITY' AS kind, mo.code, mo.name, a.session_id, count(*)::int AS n, mo.sort_order
         FROM agenda_item a JOIN cohort_session s ON s.id = a.session_id
         JOIN material_modality mm ON mm.material_id = a.material_id JOIN modality mo ON mo.id = mm.modality_id
        WHERE s.cohort_id = $1 AND s.status = 'SCHEDULED' GROUP BY mo.code, mo.name, mo.sort_order, a.session_id
       UNION ALL
       SELECT 'DOMAIN', d.code, d.name, a.session_id, count(*)::int, d.sort_order
         FROM agenda_item a JOIN cohort_session s ON s.id = a.session_id
         JOIN material_domain md ON md.material_id = a.material_id JOIN exam_domain d ON d.id = md.domain_id
        WHERE s.cohort_id = $1 AND s.status = 'SCHEDULED' GROUP BY d.code, d.name, d.sort_order, a.session_id`,
      [cohortId],
    );
    const all: { kind: 'MODALITY' | 'DOMAIN'; code: string; name: string; sort: number }[] = await this.db.query(
      `SELECT 'MODALITY' AS kind, code, name, sort_order AS sort FROM modality WHERE retired_at IS NULL
       UNION ALL SELECT 'DOMAIN', code, name, sort_order FROM exam_domain WHERE retired_at IS NULL ORDER BY 1, 4`,
    );
    // Every modality and domain appears, covered or not: the gaps are the point.
    return all.map((t) => {
      const hits = rows.filter((r) => r.kind === t.kind && r.code === t.code);
      return { kind: t.kind, code: t.code, name: t.name, sessionIds: hits.map((h) => h.session_id), items: hits.reduce((s, h) => s + h.n, 0) };
    });
  }
}
