import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { apportion, examBlueprintSchema, todayIn } from '@gantry/shared';
import { AppError, isUniqueViolation, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { ExamDomainEntity } from '../materials/exam-domain.entity';
import { ExamBlueprintEntity } from './exam-blueprint.entity';

export interface DomainWeightView {
  domain: ExamDomainEntity;
  weight: number;
  percent: number;
  questionCount: number;
}

export interface BlueprintView {
  blueprint: ExamBlueprintEntity;
  /** In the content outline's order; domains the edition does not know are left out. */
  weights: DomainWeightView[];
}

/**
 * The mock exam's blueprint as versioned editions, like the credential rules: the edition in
 * force is the one with the latest effective date on or before today (UTC); before the first,
 * the first. Publishing inserts an edition dated after every existing one; nothing is rewritten.
 */
@Injectable()
export class BlueprintsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(m: EntityManager = this.db.manager): Promise<BlueprintView> {
    const today = todayIn('UTC');
    const [row]: { id: string }[] = await m.query(
      `SELECT id FROM exam_blueprint
        ORDER BY (effective_from <= $1::date) DESC, CASE WHEN effective_from <= $1::date THEN effective_from END DESC NULLS LAST, effective_from
        LIMIT 1`,
      [today],
    );
    if (!row) throw new Error('No exam blueprint: the Practice migration seeds one.');
    const rows = [await m.findOneByOrFail(ExamBlueprintEntity, { id: row.id })];
    return (await this.views([rows[0]], m))[0];
  }

  /** Every edition, the newest effective date first. */
  async editions(): Promise<BlueprintView[]> {
    return this.views(await this.db.getRepository(ExamBlueprintEntity).find({ order: { effectiveFrom: 'DESC' } }));
  }

  async publish(viewer: Viewer, input: unknown): Promise<BlueprintView> {
    const data = parseInput(examBlueprintSchema, input);
    return this.db.transaction(async (m) => {
      // One publisher at a time, so "after the latest edition" holds.
      await m.query(`LOCK TABLE exam_blueprint IN SHARE ROW EXCLUSIVE MODE`);
      const [latest]: { effective_from: string; edition: string }[] = await m.query(`SELECT effective_from::text, edition FROM exam_blueprint ORDER BY effective_from DESC LIMIT 1`);
      if (latest && data.effectiveFrom <= latest.effective_from) {
        throw AppError.validation({
          effectiveFrom: [`A new edition takes effect after the latest one (${latest.edition}, effective ${latest.effective_from}); earlier editions are never rewritten.`],
        });
      }
      const domains = await m.getRepository(ExamDomainEntity).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
      const byId = new Map(domains.map((d) => [d.id, d]));
      const unknown = data.weights.findIndex((w) => !byId.has(w.domainId));
      if (unknown >= 0) throw AppError.validation({ [`weights.${unknown}.domainId`]: ['This is not an exam domain.'] });
      const given = new Map(data.weights.map((w) => [w.domainId, w.weight]));
      // Every domain of the outline gets an explicit weight (left out: 0), so the edition says exactly what it draws.
      const weights = Object.fromEntries(domains.filter((d) => given.has(d.id) || !d.retiredAt).map((d) => [d.code, given.get(d.id) ?? 0]));
      try {
        const saved = await m.save(
          m.create(ExamBlueprintEntity, {
            edition: data.edition,
            effectiveFrom: data.effectiveFrom,
            questionCount: data.questionCount,
            minutes: data.minutes,
            provisional: data.provisional,
            weights,
            createdBy: viewer.userId,
          }),
        );
        return (await this.views([saved], m))[0];
      } catch (e) {
        if (isUniqueViolation(e, 'exam_blueprint_edition_key')) {
          throw AppError.validation({ edition: [`There is already an edition “${data.edition}”; editions are never rewritten, so give this one a new name.`] });
        }
        throw e;
      }
    });
  }

  /** Weights in outline order (the order `apportion` breaks ties by), with each domain's share and question count. */
  async views(list: ExamBlueprintEntity[], m: EntityManager = this.db.manager): Promise<BlueprintView[]> {
    const domains = list.length ? await m.getRepository(ExamDomainEntity).find({ order: { sortOrder: 'ASC', name: 'ASC' } }) : [];
    return list.map((blueprint) => {
      const known = domains.filter((d) => d.code in blueprint.weights);
      const weights = Object.fromEntries(known.map((d) => [d.code, Math.max(0, Number(blueprint.weights[d.code]) || 0)]));
      const sum = Object.values(weights).reduce((s, w) => s + w, 0);
      const counts = sum > 0 ? apportion(weights, blueprint.questionCount) : {};
      return {
        blueprint,
        weights: known.map((domain) => ({
          domain,
          weight: weights[domain.code],
          percent: sum > 0 ? Math.round((1000 * weights[domain.code]) / sum) / 10 : 0,
          questionCount: counts[domain.code] ?? 0,
        })),
      };
    });
  }
}
