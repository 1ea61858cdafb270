import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance (issue 6): the cohort's attendance rule (present at N % of a session, late
 * after N minutes, the share of all session minutes a certificate needs), one record per
 * student and session (UNIQUE: racing check-ins meet on it) and the history of changes.
 */
export class Attendance1795800000000 implements MigrationInterface {
  name = 'Attendance1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cohort
        ADD COLUMN attendance_present_percent integer NOT NULL DEFAULT 75,
        ADD COLUMN attendance_late_minutes integer NOT NULL DEFAULT 10,
        ADD COLUMN certificate_min_percent integer NOT NULL DEFAULT 75,
        ADD CONSTRAINT cohort_attendance_present_percent_check CHECK (attendance_present_percent BETWEEN 1 AND 100),
        ADD CONSTRAINT cohort_attendance_late_minutes_check CHECK (attendance_late_minutes BETWEEN 0 AND 240),
        ADD CONSTRAINT cohort_certificate_min_percent_check CHECK (certificate_min_percent BETWEEN 0 AND 100)`);

    await q.query(`
      CREATE TABLE attendance_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        cohort_id uuid NOT NULL,
        user_id uuid NOT NULL,
        status text NOT NULL,
        minutes integer NOT NULL DEFAULT 0,
        source text NOT NULL,
        joined_at timestamptz,
        left_at timestamptz,
        note text,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attendance_record_session_id_fkey FOREIGN KEY (session_id) REFERENCES cohort_session(id) ON DELETE CASCADE,
        CONSTRAINT attendance_record_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT attendance_record_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT attendance_record_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT attendance_record_status_check CHECK (status IN ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED')),
        CONSTRAINT attendance_record_source_check CHECK (source IN ('SELF_CHECK_IN', 'MENTOR', 'ZOOM')),
        CONSTRAINT attendance_record_minutes_check CHECK (minutes >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX attendance_record_session_user_key ON attendance_record (session_id, user_id)`);
    await q.query(`CREATE INDEX attendance_record_cohort_user_idx ON attendance_record (cohort_id, user_id)`);
    await q.query(`CREATE INDEX attendance_record_user_idx ON attendance_record (user_id)`);

    await q.query(`
      CREATE TABLE attendance_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id uuid NOT NULL,
        changed_by uuid,
        source text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        from_minutes integer,
        to_minutes integer NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attendance_change_record_id_fkey FOREIGN KEY (record_id) REFERENCES attendance_record(id) ON DELETE CASCADE,
        CONSTRAINT attendance_change_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT attendance_change_source_check CHECK (source IN ('SELF_CHECK_IN', 'MENTOR', 'ZOOM'))
      )`);
    await q.query(`CREATE INDEX attendance_change_record_idx ON attendance_change (record_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attendance_change`);
    await q.query(`DROP TABLE attendance_record`);
    await q.query(`
      ALTER TABLE cohort
        DROP COLUMN certificate_min_percent,
        DROP COLUMN attendance_late_minutes,
        DROP COLUMN attendance_present_percent`);
  }
}
