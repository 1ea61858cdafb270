import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Continuing education (issue 6): the CRES rules as versioned editions (the first one seeded
 * here), certificates of attendance with a verification code (one active certificate per
 * student and cohort), when a cohort's certificates were issued, the CE entries a
 * certificant logs, and their certification profile (eligibility inputs, certified on).
 */
export class ContinuingEducation1795820000000 implements MigrationInterface {
  name = 'ContinuingEducation1795820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credential_rule_edition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition text NOT NULL,
        effective_from date NOT NULL,
        rules jsonb NOT NULL,
        provisional boolean NOT NULL DEFAULT false,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT credential_rule_edition_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX credential_rule_edition_edition_key ON credential_rule_edition (edition)`);
    // The effective date decides which edition applies: two editions never share one.
    await q.query(`CREATE UNIQUE INDEX credential_rule_edition_effective_key ON credential_rule_edition (effective_from)`);

    // The June 2025 curriculum revision. The paths, the 40 % imaging share, the five candidate
    // years and 30 units every three years are AAMI's published rules (DESIGN.md); one unit per
    // contact hour is our assumption (the conversion is not published), hence provisional.
    const rules = {
      cycleYears: 3,
      requiredUnits: 30,
      unitsPerContactHour: 1,
      minImagingPercent: 40,
      candidateYears: 5,
      paths: [
        { id: 'bmet-associate', label: 'Associate degree in BMET + 2 years of full-time BMET work', degree: 'BMET_ASSOCIATE', minYears: 2 },
        { id: 'military-bmet', label: 'U.S. military BMET program + 2 years of full-time BMET work', degree: 'MILITARY_BMET', minYears: 2 },
        { id: 'electronics-associate', label: 'Associate degree in electronics + 3 years of full-time BMET work', degree: 'ELECTRONICS_ASSOCIATE', minYears: 3 },
        { id: 'experience', label: '4 years of full-time BMET work (no degree needed)', degree: 'NONE', minYears: 4 },
      ],
    };
    await q.query(`INSERT INTO credential_rule_edition (edition, effective_from, rules, provisional) VALUES ('2025-06', '2025-06-01', $1::jsonb, true)`, [JSON.stringify(rules)]);

    await q.query(`ALTER TABLE cohort ADD COLUMN certificates_issued_at timestamptz`);

    await q.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        cohort_id uuid NOT NULL,
        user_id uuid NOT NULL,
        minutes integer NOT NULL,
        hours numeric(6, 2) NOT NULL,
        student_name text NOT NULL,
        cohort_name text NOT NULL,
        chapter_name text NOT NULL,
        mentor_names jsonb NOT NULL DEFAULT '[]',
        first_session_on date NOT NULL,
        last_session_on date NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        issued_by uuid,
        revoked_at timestamptz,
        revoked_by uuid,
        revoke_reason text,
        replaces_id uuid,
        CONSTRAINT certificate_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT certificate_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT certificate_issued_by_fkey FOREIGN KEY (issued_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT certificate_revoked_by_fkey FOREIGN KEY (revoked_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT certificate_replaces_id_fkey FOREIGN KEY (replaces_id) REFERENCES certificate(id) ON DELETE SET NULL,
        CONSTRAINT certificate_minutes_check CHECK (minutes >= 0),
        CONSTRAINT certificate_revoked_check CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX certificate_code_key ON certificate (code)`);
    // One active certificate per student and cohort: a retry or a second click issues nothing.
    await q.query(`CREATE UNIQUE INDEX certificate_active_key ON certificate (cohort_id, user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX certificate_user_idx ON certificate (user_id)`);
    await q.query(`CREATE INDEX certificate_replaces_idx ON certificate (replaces_id)`);

    await q.query(`
      CREATE TABLE ce_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        title text NOT NULL,
        provider text,
        completed_on date NOT NULL,
        hours numeric(6, 2) NOT NULL,
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ce_entry_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT ce_entry_hours_check CHECK (hours > 0 AND hours <= 100)
      )`);
    await q.query(`CREATE INDEX ce_entry_user_idx ON ce_entry (user_id, completed_on)`);

    await q.query(`
      CREATE TABLE certification_profile (
        user_id uuid PRIMARY KEY,
        certified_on date,
        degree text,
        bmet_years numeric(4, 1),
        experience_as_of date,
        imaging_percent integer,
        military_bmet boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT certification_profile_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT certification_profile_degree_check CHECK (degree IN ('BMET_ASSOCIATE', 'MILITARY_BMET', 'ELECTRONICS_ASSOCIATE', 'NONE')),
        CONSTRAINT certification_profile_bmet_years_check CHECK (bmet_years >= 0),
        CONSTRAINT certification_profile_imaging_percent_check CHECK (imaging_percent BETWEEN 0 AND 100)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certification_profile`);
    await q.query(`DROP TABLE ce_entry`);
    await q.query(`DROP TABLE certificate`);
    await q.query(`ALTER TABLE cohort DROP COLUMN certificates_issued_at`);
    await q.query(`DROP TABLE credential_rule_edition`);
  }
}
