import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newTaxonomyEntrySchema, taxonomyEntrySchema, type TaxonomyKind } from '@gantry/shared';
import { z } from 'zod';
import { AppError, isUniqueViolation, parseInput } from '../common/errors/app-error';
import { ModalityEntity } from '../modalities/modality.entity';
import { ExamDomainEntity } from '../materials/exam-domain.entity';

export interface TaxonomyEntry {
  id: string;
  kind: TaxonomyKind;
  code: string;
  name: string;
  description: string;
  sortOrder: number;
  retiredAt: Date | null;
  version: number;
  usage: number;
}

/** Where each kind lives and what counts as using it. */
const KINDS = {
  MODALITY: {
    entity: ModalityEntity,
    table: 'modality',
    codeKey: 'modality_code_key',
    usage: `(SELECT count(*) FROM material_modality x WHERE x.modality_id = t.id) + (SELECT count(*) FROM cohort_modality x WHERE x.modality_id = t.id)`,
  },
  EXAM_DOMAIN: {
    entity: ExamDomainEntity,
    table: 'exam_domain',
    codeKey: 'exam_domain_code_key',
    usage: `(SELECT count(*) FROM material_domain x WHERE x.domain_id = t.id)`,
  },
} as const;

const uuid = z.uuid();

/**
 * Modalities and exam domains as data: platform admins add, rename, reorder and retire
 * them. Codes never change (tags, filters and links use them) and nothing is deleted:
 * a retired entry stays on what it tags and is no longer offered for new tags.
 */
@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(kind: TaxonomyKind): Promise<TaxonomyEntry[]> {
    const k = KINDS[kind];
    const rows: (Omit<TaxonomyEntry, 'kind' | 'usage'> & { usage: string })[] = await this.db.query(
      `SELECT t.id, t.code, t.name, t.description, t.sort_order AS "sortOrder", t.retired_at AS "retiredAt", t.version,
              ${k.usage} AS usage
         FROM ${k.table} t
        ORDER BY t.retired_at IS NOT NULL, t.sort_order, t.name`,
    );
    return rows.map((r) => ({ ...r, kind, usage: Number(r.usage) }));
  }

  async create(input: { kind: TaxonomyKind } & Record<string, unknown>): Promise<TaxonomyEntry> {
    const data = parseInput(newTaxonomyEntrySchema, input);
    const k = KINDS[input.kind];
    try {
      const saved = await this.db.getRepository<ModalityEntity | ExamDomainEntity>(k.entity).save({ ...data });
      return this.entry(input.kind, saved.id);
    } catch (err) {
      if (isUniqueViolation(err, k.codeKey)) throw AppError.validation({ code: [`${data.code} is already in use. Codes are unique, even for retired entries.`] });
      throw err;
    }
  }

  async update(input: { kind: TaxonomyKind; id: string; expectedVersion: number } & Record<string, unknown>): Promise<TaxonomyEntry> {
    const data = parseInput(taxonomyEntrySchema, input);
    await this.db.transaction(async (m) => {
      const row = await this.locked(m, input.kind, input.id, input.expectedVersion);
      Object.assign(row, data);
      await m.save(row);
    });
    return this.entry(input.kind, input.id);
  }

  async setRetired(kind: TaxonomyKind, id: string, retired: boolean, expectedVersion: number): Promise<TaxonomyEntry> {
    await this.db.transaction(async (m) => {
      const row = await this.locked(m, kind, id, expectedVersion);
      if (!!row.retiredAt === retired) return; // already so: a retried request changes nothing
      row.retiredAt = retired ? new Date() : null;
      await m.save(row);
    });
    return this.entry(kind, id);
  }

  private async locked(m: EntityManager, kind: TaxonomyKind, id: string, expectedVersion: number): Promise<ModalityEntity | ExamDomainEntity> {
    const entity = KINDS[kind].entity;
    const row = uuid.safeParse(id).success ? await m.getRepository<ModalityEntity | ExamDomainEntity>(entity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!row) throw AppError.notFound(kind === 'MODALITY' ? 'That modality' : 'That exam domain');
    if (row.version !== expectedVersion) throw AppError.conflict('Someone else changed this entry while you were editing. Reload to see their change, then apply yours.');
    return row;
  }

  private async entry(kind: TaxonomyKind, id: string): Promise<TaxonomyEntry> {
    const found = (await this.list(kind)).find((e) => e.id === id);
    if (!found) throw AppError.notFound();
    return found;
  }
}
