import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ChapterRole, materialSchema, materialSearchSchema, MATERIAL_KINDS, MATERIAL_SCOPES } from '@gantry/shared';
import { z } from 'zod';
import { AppError, parseInput } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { markdownToText, renderMarkdown } from '../common/markdown/markdown';
import { ModalityEntity } from '../modalities/modality.entity';
import { FilePurpose, StoredFileEntity } from '../files/stored-file.entity';
import { PracticeService } from '../practice/practice.service';
import { ExamDomainEntity } from './exam-domain.entity';
import {
  MaterialDomainEntity,
  MaterialEntity,
  MaterialKind,
  MaterialModalityEntity,
  MaterialScope,
  MaterialVersionEntity,
} from './material.entity';

export interface MaterialFilter {
  query?: string | null;
  modalityCodes?: string[] | null;
  domainCodes?: string[] | null;
  kinds?: MaterialKind[] | null;
  scopes?: MaterialScope[] | null;
}

export interface SearchHit {
  material: MaterialEntity;
  /** Where the query matched, with the matches between «» (plain text, safe to show). */
  headline: string | null;
  rank: number;
}

type MaterialInput = z.infer<typeof materialSchema>;
const uuid = z.uuid();

/**
 * The library: readings, links and files tagged by modality and exam domain, in a
 * mentor's drafts, a chapter's library, or shared platform-wide. Every edit that changes
 * content makes a new version; earlier ones stay and can be restored.
 */
@Injectable()
export class MaterialsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly practice: PracticeService,
  ) {}

  // ---- who may see and edit what ----

  /** SQL condition (on alias `m`) for the library items a viewer may browse. */
  private visibleSql(viewer: Viewer): { sql: string; params: Record<string, unknown> } {
    if (viewer.isPlatformAdmin) return { sql: `(m.scope <> 'DRAFT' OR m.owner_id = :viewerId)`, params: { viewerId: viewer.userId } };
    const chapters = [...new Set(viewer.memberships.map((x) => x.chapterId))];
    return {
      sql: `(m.scope = 'PLATFORM' OR (m.scope = 'CHAPTER' AND m.chapter_id = ANY(:chapters)) OR (m.scope = 'DRAFT' AND m.owner_id = :viewerId))`,
      params: { viewerId: viewer.userId, chapters },
    };
  }

  canBrowse(viewer: Viewer, m: MaterialEntity): boolean {
    if (m.scope === MaterialScope.Draft) return m.ownerId === viewer.userId;
    if (m.scope === MaterialScope.Platform) return true;
    return viewer.isPlatformAdmin || (!!m.chapterId && hasChapterRole(viewer, m.chapterId));
  }

  canEdit(viewer: Viewer, m: MaterialEntity): boolean {
    if (m.ownerId === viewer.userId) return true;
    if (m.scope === MaterialScope.Draft) return false;
    if (viewer.isPlatformAdmin) return true;
    return m.scope === MaterialScope.Chapter && !!m.chapterId && hasChapterRole(viewer, m.chapterId, ChapterRole.Admin);
  }

  private assertScopeAllowed(viewer: Viewer, data: MaterialInput): void {
    if (data.scope === MaterialScope.Platform && !viewer.isPlatformAdmin) {
      throw AppError.validation({ scope: ['Only platform admins share material with every chapter. Choose your chapter’s library.'] });
    }
    if (data.scope === MaterialScope.Chapter && !viewer.isPlatformAdmin && !hasChapterRole(viewer, data.chapterId!)) {
      throw AppError.validation({ chapterId: ['You can only add to the library of a chapter you belong to.'] });
    }
  }

  /** A library item the viewer may browse; NOT_FOUND otherwise. */
  async browsable(viewer: Viewer, id: string, m: EntityManager = this.db.manager): Promise<MaterialEntity> {
    const item = uuid.safeParse(id).success ? await m.findOneBy(MaterialEntity, { id }) : null;
    if (!item || !this.canBrowse(viewer, item)) throw AppError.notFound('That material');
    await this.practice.assertNotInMockExam(viewer.userId, m); // closed book during a mock exam
    return item;
  }

  // ---- writing ----

  async create(viewer: Viewer, input: unknown): Promise<MaterialEntity> {
    const data = parseInput(materialSchema, input);
    this.assertScopeAllowed(viewer, data);
    return this.db.transaction(async (m) => {
      await this.assertFile(m, viewer, data, null);
      const tags = await this.tags(m, data);
      const item = await m.save(
        m.create(MaterialEntity, {
          ...this.content(data),
          kind: data.kind,
          scope: data.scope,
          chapterId: data.scope === MaterialScope.Chapter ? data.chapterId! : null,
          ownerId: viewer.userId,
        }),
      );
      await this.writeTags(m, item.id, tags);
      await this.snapshot(m, item, data, viewer.userId);
      await this.reindex(m, item.id);
      return item;
    });
  }

  async update(viewer: Viewer, input: { id: string; expectedVersion: number } & Record<string, unknown>): Promise<MaterialEntity> {
    const data = parseInput(materialSchema, input);
    return this.db.transaction(async (m) => {
      const item = await m.findOne(MaterialEntity, { where: { id: uuid.safeParse(input.id).success ? input.id : '00000000-0000-0000-0000-000000000000' }, lock: { mode: 'pessimistic_write' } });
      if (!item || !this.canBrowse(viewer, item)) throw AppError.notFound('That material');
      if (!this.canEdit(viewer, item)) throw AppError.forbidden('Only its author and the library’s admins can edit this item.');
      if (item.version !== input.expectedVersion) {
        throw AppError.conflict('Someone else saved this item while you were editing. Reload to see their version; yours is not lost until you leave the page.');
      }
      if (data.kind !== item.kind) throw AppError.validation({ kind: ['The kind of an item cannot change; create a new item instead.'] });
      if (data.scope !== item.scope || (data.scope === MaterialScope.Chapter && data.chapterId !== item.chapterId)) this.assertScopeAllowed(viewer, data);
      await this.assertFile(m, viewer, data, item);
      const tags = await this.tags(m, data);
      const next = { ...this.content(data), scope: data.scope, chapterId: data.scope === MaterialScope.Chapter ? data.chapterId! : null };
      const before = await this.codesOf(m, item.id);
      const unchanged =
        (Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === item[k]) &&
        sameSet(before.modalities, tags.modalities.map((x) => x.code)) &&
        sameSet(before.domains, tags.domains.map((x) => x.code));
      if (unchanged) return item; // a second click on Save makes no new version
      await m
        .createQueryBuilder()
        .update(MaterialEntity)
        .set({ ...next, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: item.id })
        .execute();
      const saved = await m.findOneByOrFail(MaterialEntity, { id: item.id });
      await this.writeTags(m, item.id, tags);
      await this.snapshot(m, saved, data, viewer.userId);
      await this.reindex(m, item.id);
      return saved;
    });
  }

  /** Make an earlier version current again (as a new version: history is never rewritten). */
  async restore(viewer: Viewer, id: string, version: number, expectedVersion: number): Promise<MaterialEntity> {
    const item = await this.browsable(viewer, id);
    const old = await this.db.getRepository(MaterialVersionEntity).findOneBy({ materialId: item.id, version });
    if (!old) throw AppError.notFound('That version');
    return this.update(viewer, {
      id: item.id,
      expectedVersion,
      kind: item.kind,
      scope: item.scope,
      chapterId: item.chapterId,
      title: old.title,
      summary: old.summary,
      minutes: old.minutes,
      bodyMarkdown: old.bodyMarkdown,
      url: old.url,
      fileId: old.fileId,
      modalityCodes: old.modalityCodes,
      domainCodes: old.domainCodes,
    });
  }

  async archive(viewer: Viewer, id: string, archived: boolean): Promise<MaterialEntity> {
    const item = await this.browsable(viewer, id);
    if (!this.canEdit(viewer, item)) throw AppError.forbidden('Only its author and the library’s admins can archive this item.');
    item.archivedAt = archived ? new Date() : null;
    return this.db.getRepository(MaterialEntity).save(item);
  }

  // ---- reading ----

  async versions(viewer: Viewer, id: string): Promise<MaterialVersionEntity[]> {
    const item = await this.browsable(viewer, id);
    return this.db.getRepository(MaterialVersionEntity).find({ where: { materialId: item.id }, order: { version: 'DESC' }, take: 100 });
  }

  async byIds(ids: readonly string[]): Promise<MaterialEntity[]> {
    return ids.length ? this.db.getRepository(MaterialEntity).findBy({ id: In([...ids]) }) : [];
  }

  async domains(): Promise<ExamDomainEntity[]> {
    return this.db.getRepository(ExamDomainEntity).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  /**
   * Ranked full-text search over title (weight A), summary (B) and reading text (C), with
   * filters; without a query, most recently updated first.
   */
  async search(viewer: Viewer, filter: MaterialFilter, args: PageArgs): Promise<Page<SearchHit>> {
    const { query } = parseInput(materialSearchSchema, { query: filter.query ?? '' });
    await this.practice.assertNotInMockExam(viewer.userId); // closed book during a mock exam
    const window = pageWindow(args);
    const vis = this.visibleSql(viewer);
    const qb = this.db.getRepository(MaterialEntity).createQueryBuilder('m').where(vis.sql, vis.params).andWhere('m.archived_at IS NULL');
    if (filter.kinds?.length) qb.andWhere('m.kind IN (:...kinds)', { kinds: filter.kinds.filter((k) => (MATERIAL_KINDS as readonly string[]).includes(k)) });
    if (filter.scopes?.length) qb.andWhere('m.scope IN (:...scopes)', { scopes: filter.scopes.filter((k) => (MATERIAL_SCOPES as readonly string[]).includes(k)) });
    if (filter.modalityCodes?.length) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM material_modality mm JOIN modality mo ON mo.id = mm.modality_id WHERE mm.material_id = m.id AND mo.code IN (:...mods))`,
        { mods: filter.modalityCodes.map((c) => c.toUpperCase()) },
      );
    }
    if (filter.domainCodes?.length) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM material_domain md JOIN exam_domain d ON d.id = md.domain_id WHERE md.material_id = m.id AND d.code IN (:...doms))`,
        { doms: filter.domainCodes.map((c) => c.toUpperCase()) },
      );
    }
    if (query) {
      qb.andWhere(`m.search @@ websearch_to_tsquery('english', :q)`, { q: query })
        .addSelect(`ts_rank(m.search, websearch_to_tsquery('english', :q))`, 'rank')
        .addSelect(
          `ts_headline('english', m.title || '. ' || m.summary || '. ' || left(regexp_replace(m.body_html, '<[^>]+>', ' ', 'g'), 20000),
                       websearch_to_tsquery('english', :q), 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`,
          'headline',
        )
        .orderBy('rank', 'DESC')
        .addOrderBy('m.id');
    } else {
      qb.orderBy('m.updated_at', 'DESC').addOrderBy('m.id', 'DESC');
    }
    const total = await qb.getCount();
    const { entities, raw } = await qb.offset(window.offset).limit(window.limit).getRawAndEntities();
    const hits = entities.map((material, i) => ({
      material,
      headline: query ? ((raw[i] as { headline?: string }).headline ?? null) : null,
      rank: query ? Number((raw[i] as { rank?: number }).rank ?? 0) : 0,
    }));
    return toPage(hits, total, window);
  }

  // ---- internals ----

  private async codesOf(m: EntityManager, id: string): Promise<{ modalities: string[]; domains: string[] }> {
    const rows: { kind: 'M' | 'D'; code: string }[] = await m.query(
      `SELECT 'M' AS kind, mo.code FROM material_modality mm JOIN modality mo ON mo.id = mm.modality_id WHERE mm.material_id = $1
       UNION ALL SELECT 'D', d.code FROM material_domain md JOIN exam_domain d ON d.id = md.domain_id WHERE md.material_id = $1`,
      [id],
    );
    return { modalities: rows.filter((r) => r.kind === 'M').map((r) => r.code), domains: rows.filter((r) => r.kind === 'D').map((r) => r.code) };
  }

  private content(data: MaterialInput): Partial<MaterialEntity> {
    return {
      title: data.title,
      summary: data.summary,
      minutes: data.minutes,
      bodyMarkdown: data.kind === MaterialKind.Reading ? data.bodyMarkdown : data.bodyMarkdown ?? '',
      bodyHtml: renderMarkdown(data.bodyMarkdown ?? ''),
      url: data.kind === MaterialKind.Link ? (data.url ?? null) : null,
      fileId: data.kind === MaterialKind.File ? (data.fileId ?? null) : null,
    };
  }

  /**
   * A FILE item's file: its current file, or one of its earlier versions' files (restoring),
   * may stay whoever edits it (a chapter admin editing a mentor's item); a *new* file must
   * be a library upload of the viewer's own. The file row is share-locked so the cleanup of
   * unattached uploads cannot delete it while this item is being saved.
   */
  private async assertFile(m: EntityManager, viewer: Viewer, data: MaterialInput, item: MaterialEntity | null): Promise<void> {
    if (data.kind !== MaterialKind.File) return;
    if (!data.fileId) throw AppError.validation({ fileId: ['Upload the file.'] });
    const file = await m.findOne(StoredFileEntity, { where: { id: data.fileId }, lock: { mode: 'pessimistic_read' } });
    if (file && item && (file.id === item.fileId || (await m.existsBy(MaterialVersionEntity, { materialId: item.id, fileId: file.id })))) return;
    if (!file || file.ownerId !== viewer.userId || file.purpose !== FilePurpose.Material) {
      throw AppError.validation({ fileId: ['That file is not one of your uploads, or it has expired. Upload the file again.'] });
    }
  }

  private async tags(m: EntityManager, data: MaterialInput): Promise<{ modalities: ModalityEntity[]; domains: ExamDomainEntity[] }> {
    const mods = [...new Set(data.modalityCodes.map((c) => c.toUpperCase()))];
    const doms = [...new Set(data.domainCodes.map((c) => c.toUpperCase()))];
    const modalities = await m.findBy(ModalityEntity, { code: In(mods) });
    const domains = await m.findBy(ExamDomainEntity, { code: In(doms) });
    const badMods = mods.filter((c) => !modalities.some((x) => x.code === c && !x.retiredAt));
    const badDoms = doms.filter((c) => !domains.some((x) => x.code === c && !x.retiredAt));
    if (badMods.length || badDoms.length) {
      throw AppError.validation({
        ...(badMods.length ? { modalityCodes: [`Unknown modality: ${badMods.join(', ')}.`] } : {}),
        ...(badDoms.length ? { domainCodes: [`Unknown exam domain: ${badDoms.join(', ')}.`] } : {}),
      });
    }
    return { modalities, domains };
  }

  private async writeTags(m: EntityManager, materialId: string, tags: { modalities: ModalityEntity[]; domains: ExamDomainEntity[] }): Promise<void> {
    await m.delete(MaterialModalityEntity, { materialId });
    await m.delete(MaterialDomainEntity, { materialId });
    await m.insert(MaterialModalityEntity, tags.modalities.map((x) => ({ materialId, modalityId: x.id })));
    await m.insert(MaterialDomainEntity, tags.domains.map((x) => ({ materialId, domainId: x.id })));
  }

  private async snapshot(m: EntityManager, item: MaterialEntity, data: MaterialInput, editorId: string): Promise<void> {
    await m.insert(MaterialVersionEntity, {
      materialId: item.id,
      version: item.version,
      title: item.title,
      summary: item.summary,
      minutes: item.minutes,
      bodyMarkdown: item.bodyMarkdown,
      url: item.url,
      fileId: item.fileId,
      modalityCodes: data.modalityCodes.map((c) => c.toUpperCase()),
      domainCodes: data.domainCodes.map((c) => c.toUpperCase()),
      editedById: editorId,
    });
  }

  /** Weighted search vector: title A, summary B, reading text C. */
  private async reindex(m: EntityManager, id: string): Promise<void> {
    const [item] = await m.query(`SELECT body_markdown FROM material WHERE id = $1`, [id]);
    await m.query(
      `UPDATE material SET search = setweight(to_tsvector('english', title), 'A')
                                 || setweight(to_tsvector('english', summary), 'B')
                                 || setweight(to_tsvector('english', $2), 'C')
        WHERE id = $1`,
      [id, markdownToText(item.body_markdown).slice(0, 200_000)],
    );
  }
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
