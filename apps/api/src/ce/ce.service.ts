import { Injectable } from '@nestjs/common';
import { idOrNone } from '../common/ids';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DateTime,
  ceEntrySchema,
  ceUnits,
  certificationProfileSchema,
  checkEligibility,
  cycleProgress,
  inCycle,
  recertificationCycle,
  todayIn,
  type CredentialRules,
  type EligibilityOutcome,
  type RecertificationCycleInfo,
} from '@gantry/shared';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { CeEntryEntity } from './ce-entry.entity';
import { CertificationProfileEntity } from './certification-profile.entity';
import { CredentialRulesService } from './credential-rules.service';
import { CeSource } from './ce.model';


/** The ledger keeps at least the last six years, and two whole cycles when cycles are longer. */
const LEDGER_YEARS = 6;

export const ENTRY_CONFLICT = 'This entry was changed in another window while you were editing. Reload to see it; your change was not saved.';
export const PROFILE_CONFLICT = 'Your profile was changed in another window while you were editing. Reload to see it; your change was not saved.';

export interface ProfileData {
  certifiedOn: string | null;
  degree: CertificationProfileEntity['degree'];
  bmetYears: number | null;
  experienceAsOf: string | null;
  imagingPercent: number | null;
  version: number;
}

export interface LedgerEntry {
  id: string;
  title: string;
  provider: string | null;
  completedOn: string;
  hours: number;
  units: number;
  note: string | null;
  version: number;
  source: CeSource;
  certificateId: string | null;
}

export interface Ledger {
  profile: ProfileData;
  rules: CredentialRules;
  cycle: (RecertificationCycleInfo & { requiredUnits: number; earnedUnits: number; percent: number }) | null;
  entries: LedgerEntry[];
}

export interface ProfileInput {
  certifiedOn?: string | null;
  degree?: string | null;
  bmetYears?: number | null;
  experienceAsOf?: string | null;
  imagingPercent?: number | null;
  expectedVersion?: number | null;
}

export interface EntryInput {
  title: string;
  provider?: string | null;
  completedOn: string;
  hours: number;
  note?: string | null;
}

const EMPTY_PROFILE: ProfileData = { certifiedOn: null, degree: null, bmetYears: null, experienceAsOf: null, imagingPercent: null, version: 0 };

/**
 * A certificant's continuing education: their certification profile, the hours they log
 * (MANUAL) beside the hours Gantry certified (GANTRY, from their active certificates),
 * units toward the recertification cycle, and the eligibility self-check — all by the rule
 * edition in force on their local today. Everything here is the viewer's own.
 */
@Injectable()
export class CeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: CredentialRulesService,
  ) {}

  async ledger(viewer: Viewer, m: EntityManager = this.db.manager): Promise<Ledger> {
    const today = await this.todayOf(m, viewer.userId);
    const [profile, rules] = [await this.profile(m, viewer.userId), await this.rules.inForce(today, m)];
    const since = DateTime.fromISO(today, { zone: 'UTC' }).minus({ years: Math.max(LEDGER_YEARS, 2 * rules.cycleYears) }).toISODate()!;
    // One query for both kinds: GANTRY rows from active certificates, MANUAL rows from ce_entry.
    const rows: { id: string; title: string; provider: string | null; completed_on: string; hours: string; note: string | null; version: number; source: CeSource; certificate_id: string | null; created_at: Date }[] =
      await m.query(
        `SELECT c.id, c.cohort_name AS title, c.chapter_name AS provider, c.last_session_on::text AS completed_on, c.hours::text AS hours,
                'Certificate ' || c.code AS note, 1 AS version, 'GANTRY' AS source, c.id AS certificate_id, c.issued_at AS created_at
           FROM certificate c
          WHERE c.user_id = $1 AND c.revoked_at IS NULL AND c.last_session_on >= $2::date
         UNION ALL
         SELECT e.id, e.title, e.provider, e.completed_on::text, e.hours::text, e.note, e.version, 'MANUAL', NULL, e.created_at
           FROM ce_entry e
          WHERE e.user_id = $1 AND e.completed_on >= $2::date`,
        [viewer.userId, since],
      );
    const entries: LedgerEntry[] = rows.map((r) => {
      const hours = Number(r.hours);
      return {
        id: r.id,
        title: r.title,
        provider: r.provider,
        completedOn: r.completed_on,
        hours,
        units: ceUnits(hours, rules),
        note: r.note,
        version: Number(r.version),
        source: r.source,
        certificateId: r.certificate_id,
      };
    });
    const created = new Map(rows.map((r) => [r.id, new Date(r.created_at).getTime()]));
    let cycle: Ledger['cycle'] = null;
    if (profile.certifiedOn) {
      const c = recertificationCycle(profile.certifiedOn, today, rules);
      cycle = { ...c, requiredUnits: rules.requiredUnits, ...cycleProgress(entries, c, rules) };
    }
    const rank = (e: LedgerEntry) => (cycle && inCycle(e.completedOn, cycle) ? 0 : 1);
    entries.sort(
      (a, b) => rank(a) - rank(b) || b.completedOn.localeCompare(a.completedOn) || created.get(b.id)! - created.get(a.id)! || a.id.localeCompare(b.id),
    );
    return { profile, rules, cycle, entries };
  }

  async eligibility(viewer: Viewer): Promise<EligibilityOutcome> {
    const m = this.db.manager;
    const today = await this.todayOf(m, viewer.userId);
    const [profile, rules] = [await this.profile(m, viewer.userId), await this.rules.inForce(today, m)];
    return checkEligibility(profile, rules, today);
  }

  async saveProfile(viewer: Viewer, input: ProfileInput): Promise<Ledger> {
    return this.db.transaction(async (m) => {
      const today = await this.todayOf(m, viewer.userId);
      const data = parseInput(certificationProfileSchema(today), {
        certifiedOn: input.certifiedOn || null,
        degree: input.degree || null,
        bmetYears: input.bmetYears ?? null,
        experienceAsOf: input.experienceAsOf || null,
        imagingPercent: input.imagingPercent ?? null,
      });
      const current = await m.findOne(CertificationProfileEntity, { where: { userId: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      const expected = input.expectedVersion;
      if (expected !== null && expected !== undefined && expected !== (current?.version ?? 0)) throw AppError.conflict(PROFILE_CONFLICT);
      const values = { ...data, militaryBmet: data.degree === 'MILITARY_BMET' };
      if (current) {
        await m.update(CertificationProfileEntity, { userId: viewer.userId }, { ...values, version: current.version + 1 });
      } else {
        // Two first saves racing: the primary key lets one in; the other gets CONFLICT, as a stale version would.
        const inserted: unknown[] = await m.query(
          `INSERT INTO certification_profile (user_id, certified_on, degree, bmet_years, experience_as_of, imaging_percent, military_bmet)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
          [viewer.userId, values.certifiedOn, values.degree, values.bmetYears, values.experienceAsOf, values.imagingPercent, values.militaryBmet],
        );
        if (!inserted.length) throw AppError.conflict(PROFILE_CONFLICT);
      }
      return this.ledger(viewer, m);
    });
  }

  async addEntry(viewer: Viewer, input: EntryInput): Promise<LedgerEntry> {
    return this.db.transaction(async (m) => {
      const data = parseInput(ceEntrySchema(await this.todayOf(m, viewer.userId)), input);
      const saved = await m.save(m.create(CeEntryEntity, { ...data, userId: viewer.userId }));
      return this.toEntry(m, viewer, saved);
    });
  }

  async updateEntry(viewer: Viewer, id: string, input: EntryInput & { expectedVersion: number }): Promise<LedgerEntry> {
    return this.db.transaction(async (m) => {
      const entry = await m.findOne(CeEntryEntity, { where: { id: idOrNone(id), userId: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw AppError.notFound('That entry');
      if (entry.version !== input.expectedVersion) throw AppError.conflict(ENTRY_CONFLICT);
      const { expectedVersion: _, ...fields } = input;
      const data = parseInput(ceEntrySchema(await this.todayOf(m, viewer.userId)), fields);
      await m.update(CeEntryEntity, { id: entry.id }, { ...data, version: entry.version + 1 });
      return this.toEntry(m, viewer, await m.findOneByOrFail(CeEntryEntity, { id: entry.id }));
    });
  }

  async deleteEntry(viewer: Viewer, id: string): Promise<boolean> {
    const result = await this.db.manager.delete(CeEntryEntity, { id: idOrNone(id), userId: viewer.userId });
    if (!result.affected) throw AppError.notFound('That entry');
    return true;
  }

  // ---- helpers ----

  private async toEntry(m: EntityManager, viewer: Viewer, e: CeEntryEntity): Promise<LedgerEntry> {
    const rules = await this.rules.inForce(await this.todayOf(m, viewer.userId), m);
    return {
      id: e.id,
      title: e.title,
      provider: e.provider,
      completedOn: e.completedOn,
      hours: e.hours,
      units: ceUnits(e.hours, rules),
      note: e.note,
      version: e.version,
      source: CeSource.Manual,
      certificateId: null,
    };
  }

  private async profile(m: EntityManager, userId: string): Promise<ProfileData> {
    const p = await m.findOneBy(CertificationProfileEntity, { userId });
    if (!p) return { ...EMPTY_PROFILE };
    return { certifiedOn: p.certifiedOn, degree: p.degree, bmetYears: p.bmetYears, experienceAsOf: p.experienceAsOf, imagingPercent: p.imagingPercent, version: p.version };
  }

  /** The user's local date (their profile's zone): "today" for dates they enter and for cycles. */
  private async todayOf(m: EntityManager, userId: string): Promise<string> {
    const [row]: { time_zone: string }[] = await m.query(`SELECT time_zone FROM app_user WHERE id = $1`, [userId]);
    return todayIn(row?.time_zone ?? 'UTC');
  }
}
