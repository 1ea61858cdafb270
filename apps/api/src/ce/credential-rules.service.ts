import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { credentialRulesSchema, todayIn, type CredentialRules, type CredentialRulesInput } from '@gantry/shared';
import { AppError, isUniqueViolation, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { CredentialRuleEditionEntity } from './credential-rule-edition.entity';

export function rulesOf(e: CredentialRuleEditionEntity): CredentialRules {
  return { edition: e.edition, effectiveFrom: e.effectiveFrom, provisional: e.provisional, ...e.rules };
}

/**
 * The CRES rules as versioned editions. The edition in force on a day is the one with the
 * latest effective date on or before it (before the first edition: the first). Publishing
 * inserts a new edition dated after every existing one; nothing ever updates an edition.
 */
@Injectable()
export class CredentialRulesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async inForce(on: string, m: EntityManager = this.db.manager): Promise<CredentialRules> {
    const rows: { edition: string; effective_from: string; provisional: boolean; rules: CredentialRuleEditionEntity['rules'] }[] = await m.query(
      `SELECT edition, effective_from::text AS effective_from, provisional, rules FROM credential_rule_edition
        ORDER BY (effective_from <= $1::date) DESC, CASE WHEN effective_from <= $1::date THEN effective_from END DESC NULLS LAST, effective_from
        LIMIT 1`,
      [on],
    );
    if (!rows.length) throw new Error('No credential rule edition: the ContinuingEducation migration seeds one.');
    const r = rows[0];
    return { edition: r.edition, effectiveFrom: r.effective_from, provisional: r.provisional, ...(typeof r.rules === 'string' ? JSON.parse(r.rules) : r.rules) };
  }

  /** Every edition, the newest effective date first. */
  async editions(): Promise<CredentialRules[]> {
    const rows = await this.db.manager.find(CredentialRuleEditionEntity, { order: { effectiveFrom: 'DESC' } });
    return rows.map(rulesOf);
  }

  async publish(viewer: Viewer, input: CredentialRulesInput): Promise<CredentialRules> {
    const data = parseInput(credentialRulesSchema, input);
    return this.db.transaction(async (m) => {
      // One publisher at a time, so "after the latest edition" holds.
      await m.query(`LOCK TABLE credential_rule_edition IN SHARE ROW EXCLUSIVE MODE`);
      const [latest]: { effective_from: string; edition: string }[] = await m.query(
        `SELECT effective_from::text, edition FROM credential_rule_edition ORDER BY effective_from DESC LIMIT 1`,
      );
      if (latest && data.effectiveFrom <= latest.effective_from) {
        throw AppError.validation({
          effectiveFrom: [`A new edition takes effect after the latest one (${latest.edition}, effective ${latest.effective_from}); earlier editions are never rewritten.`],
        });
      }
      const { edition, effectiveFrom, provisional, ...rules } = data;
      try {
        const saved = await m.save(
          m.create(CredentialRuleEditionEntity, { edition, effectiveFrom, provisional, rules, createdBy: viewer.userId }),
        );
        return rulesOf(saved);
      } catch (e) {
        if (isUniqueViolation(e, 'credential_rule_edition_edition_key')) {
          throw AppError.validation({ edition: [`There is already an edition “${edition}”; editions are never rewritten, so give this one a new name.`] });
        }
        throw e;
      }
    });
  }

  /** Today's edition for someone in a zone. */
  async today(zone: string): Promise<CredentialRules> {
    return this.inForce(todayIn(zone));
  }
}
