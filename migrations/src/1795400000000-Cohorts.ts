import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cohorts and their sessions, modalities (as data), mentors, enrollment with a waitlist,
 * announcements, session reminders, calendar feeds and cohort templates.
 */
export class Cohorts1795400000000 implements MigrationInterface {
  name = 'Cohorts1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE modality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        name varchar(120) NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX modality_code_key ON modality (code)`);
    await q.query(`
      INSERT INTO modality (code, name, sort_order) VALUES
        ('RAD', 'General radiography (CR/DR, portable)', 10),
        ('FLUORO', 'Fluoroscopy and C-arm', 20),
        ('CT', 'Computed tomography', 30),
        ('MRI', 'Magnetic resonance imaging', 40),
        ('MAMMO', 'Mammography and breast tomosynthesis', 50),
        ('US', 'Ultrasound', 60),
        ('NM', 'Nuclear medicine and PET', 70),
        ('IR', 'Interventional and cath lab (angiography)', 80),
        ('DEXA', 'Bone densitometry', 90),
        ('DENTAL', 'Dental and panoramic', 100),
        ('PACS', 'PACS and imaging informatics', 110)`);

    await q.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        chapter_id uuid NOT NULL,
        lead_mentor_id uuid NOT NULL,
        title varchar(160) NOT NULL,
        description text NOT NULL DEFAULT '',
        capacity integer NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'DRAFT',
        time_zone varchar(64) NOT NULL,
        meeting_url varchar(500),
        meeting_passcode varchar(100),
        requires_approval boolean NOT NULL DEFAULT false,
        enrollment_opens_at timestamptz,
        enrollment_closes_at timestamptz,
        enrollment_closed boolean NOT NULL DEFAULT false,
        invite_code varchar(16) NOT NULL,
        local_time varchar(5) NOT NULL,
        duration_minutes integer NOT NULL,
        cadence varchar(10) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT cohort_chapter_id_fkey FOREIGN KEY (chapter_id) REFERENCES chapter(id) ON DELETE RESTRICT,
        CONSTRAINT cohort_lead_mentor_id_fkey FOREIGN KEY (lead_mentor_id) REFERENCES app_user(id) ON DELETE RESTRICT,
        CONSTRAINT cohort_capacity_check CHECK (capacity BETWEEN 1 AND 500),
        CONSTRAINT cohort_status_check CHECK (status IN ('DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')),
        CONSTRAINT cohort_cadence_check CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'CUSTOM')),
        CONSTRAINT cohort_duration_check CHECK (duration_minutes BETWEEN 30 AND 240)
      )`);
    await q.query(`CREATE UNIQUE INDEX cohort_invite_code_key ON cohort (invite_code)`);
    await q.query(`CREATE INDEX cohort_chapter_idx ON cohort (chapter_id, created_at)`);
    await q.query(`CREATE INDEX cohort_status_idx ON cohort (status)`);

    await q.query(`
      CREATE TABLE cohort_mentor (
        cohort_id uuid NOT NULL,
        user_id uuid NOT NULL,
        is_lead boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohort_mentor_pkey PRIMARY KEY (cohort_id, user_id),
        CONSTRAINT cohort_mentor_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT cohort_mentor_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX cohort_mentor_user_idx ON cohort_mentor (user_id)`);

    await q.query(`
      CREATE TABLE cohort_modality (
        cohort_id uuid NOT NULL,
        modality_id uuid NOT NULL,
        CONSTRAINT cohort_modality_pkey PRIMARY KEY (cohort_id, modality_id),
        CONSTRAINT cohort_modality_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT cohort_modality_modality_id_fkey FOREIGN KEY (modality_id) REFERENCES modality(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX cohort_modality_modality_idx ON cohort_modality (modality_id)`);

    await q.query(`
      CREATE TABLE cohort_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        title varchar(160) NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'SCHEDULED',
        is_makeup boolean NOT NULL DEFAULT false,
        sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT cohort_session_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT cohort_session_status_check CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        CONSTRAINT cohort_session_interval_check CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX cohort_session_cohort_idx ON cohort_session (cohort_id, starts_at)`);
    await q.query(`CREATE INDEX cohort_session_starts_idx ON cohort_session (starts_at) WHERE status = 'SCHEDULED'`);

    await q.query(`
      CREATE TABLE enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        user_id uuid NOT NULL,
        status varchar(12) NOT NULL,
        source varchar(8) NOT NULL DEFAULT 'SELF',
        waitlisted_at timestamptz,
        enrolled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT enrollment_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT enrollment_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT enrollment_status_check CHECK (status IN ('PENDING', 'ENROLLED', 'WAITLISTED', 'DECLINED', 'REMOVED', 'LEFT', 'MOVED')),
        CONSTRAINT enrollment_source_check CHECK (source IN ('SELF', 'INVITE', 'MENTOR', 'MOVE'))
      )`);
    await q.query(`CREATE UNIQUE INDEX enrollment_cohort_user_key ON enrollment (cohort_id, user_id)`);
    await q.query(`CREATE INDEX enrollment_user_idx ON enrollment (user_id)`);
    await q.query(`CREATE INDEX enrollment_waitlist_idx ON enrollment (cohort_id, waitlisted_at, id) WHERE status = 'WAITLISTED'`);

    await q.query(`
      CREATE TABLE announcement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        author_id uuid,
        kind varchar(8) NOT NULL DEFAULT 'MENTOR',
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT announcement_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT announcement_author_id_fkey FOREIGN KEY (author_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT announcement_kind_check CHECK (kind IN ('MENTOR', 'SYSTEM'))
      )`);
    await q.query(`CREATE INDEX announcement_cohort_idx ON announcement (cohort_id, created_at)`);

    await q.query(`
      CREATE TABLE session_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        kind varchar(4) NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT session_reminder_session_id_fkey FOREIGN KEY (session_id) REFERENCES cohort_session(id) ON DELETE CASCADE,
        CONSTRAINT session_reminder_kind_check CHECK (kind IN ('24H', '1H'))
      )`);
    await q.query(`CREATE UNIQUE INDEX session_reminder_session_kind_key ON session_reminder (session_id, kind)`);
    await q.query(`CREATE INDEX session_reminder_due_idx ON session_reminder (due_at) WHERE sent_at IS NULL`);

    await q.query(`
      CREATE TABLE calendar_feed (
        user_id uuid PRIMARY KEY,
        token varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feed_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_key ON calendar_feed (token)`);

    await q.query(`
      CREATE TABLE cohort_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL,
        chapter_id uuid NOT NULL,
        name varchar(160) NOT NULL,
        setup jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohort_template_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT cohort_template_chapter_id_fkey FOREIGN KEY (chapter_id) REFERENCES chapter(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX cohort_template_owner_idx ON cohort_template (owner_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['cohort_template', 'calendar_feed', 'session_reminder', 'announcement', 'enrollment', 'cohort_session', 'cohort_modality', 'cohort_mentor', 'cohort', 'modality']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
