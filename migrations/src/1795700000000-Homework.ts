import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Homework: assignments per session (due absolute or relative to a session, late
 * policy, rubric), per-student extensions, submissions with autosaved drafts and
 * kept versions (idempotent submit), files on the draft and on each version, grading with optimistic
 * locking, and the due-soon reminders already sent.
 */
export class Homework1795700000000 implements MigrationInterface {
  name = 'Homework1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        session_id uuid NOT NULL,
        position integer NOT NULL DEFAULT 0,
        title varchar(200) NOT NULL,
        instructions_markdown text NOT NULL DEFAULT '',
        instructions_html text NOT NULL DEFAULT '',
        kind varchar(10) NOT NULL,
        points integer,
        due_mode varchar(10) NOT NULL,
        due_at timestamptz NOT NULL,
        due_session_id uuid,
        due_offset_minutes integer,
        late_policy varchar(10) NOT NULL,
        rubric jsonb NOT NULL DEFAULT '[]',
        published_at timestamptz,
        created_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT assignment_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        CONSTRAINT assignment_session_id_fkey FOREIGN KEY (session_id) REFERENCES cohort_session(id) ON DELETE CASCADE,
        CONSTRAINT assignment_due_session_id_fkey FOREIGN KEY (due_session_id) REFERENCES cohort_session(id) ON DELETE RESTRICT,
        CONSTRAINT assignment_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT assignment_kind_check CHECK (kind IN ('WRITTEN', 'FILE')),
        CONSTRAINT assignment_points_check CHECK (points IS NULL OR points BETWEEN 1 AND 1000),
        CONSTRAINT assignment_due_mode_check CHECK (due_mode IN ('ABSOLUTE', 'RELATIVE')),
        CONSTRAINT assignment_relative_check CHECK (due_mode = 'ABSOLUTE' OR (due_session_id IS NOT NULL AND due_offset_minutes IS NOT NULL)),
        CONSTRAINT assignment_late_policy_check CHECK (late_policy IN ('ACCEPT_LATE', 'CLOSE'))
      )`);
    await q.query(`CREATE INDEX assignment_session_idx ON assignment (session_id, position)`);
    await q.query(`CREATE INDEX assignment_cohort_due_idx ON assignment (cohort_id, due_at)`);
    await q.query(`CREATE INDEX assignment_due_session_idx ON assignment (due_session_id)`);
    await q.query(`CREATE INDEX assignment_published_due_idx ON assignment (due_at) WHERE published_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE assignment_extension (
        assignment_id uuid NOT NULL,
        student_id uuid NOT NULL,
        due_at timestamptz NOT NULL,
        granted_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assignment_extension_pkey PRIMARY KEY (assignment_id, student_id),
        CONSTRAINT assignment_extension_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES assignment(id) ON DELETE CASCADE,
        CONSTRAINT assignment_extension_student_id_fkey FOREIGN KEY (student_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT assignment_extension_granted_by_id_fkey FOREIGN KEY (granted_by_id) REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX assignment_extension_student_idx ON assignment_extension (student_id)`);

    await q.query(`
      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL,
        student_id uuid NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'DRAFT',
        draft_markdown text NOT NULL DEFAULT '',
        draft_saved_at timestamptz,
        draft_revision integer NOT NULL DEFAULT 0,
        submitted_count integer NOT NULL DEFAULT 0,
        submitted_at timestamptz,
        late boolean NOT NULL DEFAULT false,
        score numeric(7, 2),
        rubric_scores jsonb NOT NULL DEFAULT '{}',
        feedback_markdown text NOT NULL DEFAULT '',
        feedback_html text NOT NULL DEFAULT '',
        graded_by_id uuid,
        graded_at timestamptz,
        returned_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT submission_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES assignment(id) ON DELETE CASCADE,
        CONSTRAINT submission_student_id_fkey FOREIGN KEY (student_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT submission_graded_by_id_fkey FOREIGN KEY (graded_by_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT submission_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
        CONSTRAINT submission_score_check CHECK (score IS NULL OR score >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX submission_assignment_student_key ON submission (assignment_id, student_id)`);
    await q.query(`CREATE INDEX submission_student_idx ON submission (student_id)`);

    await q.query(`
      CREATE TABLE submission_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL,
        number integer NOT NULL,
        body_markdown text NOT NULL DEFAULT '',
        body_html text NOT NULL DEFAULT '',
        late boolean NOT NULL DEFAULT false,
        idempotency_key varchar(80),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT submission_version_submission_id_fkey FOREIGN KEY (submission_id) REFERENCES submission(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX submission_version_number_key ON submission_version (submission_id, number)`);
    await q.query(`CREATE UNIQUE INDEX submission_version_idempotency_key ON submission_version (submission_id, idempotency_key)`);

    await q.query(`
      CREATE TABLE submission_draft_file (
        submission_id uuid NOT NULL,
        file_id uuid NOT NULL,
        position integer NOT NULL DEFAULT 0,
        CONSTRAINT submission_draft_file_pkey PRIMARY KEY (submission_id, file_id),
        CONSTRAINT submission_draft_file_submission_id_fkey FOREIGN KEY (submission_id) REFERENCES submission(id) ON DELETE CASCADE,
        CONSTRAINT submission_draft_file_file_id_fkey FOREIGN KEY (file_id) REFERENCES stored_file(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX submission_draft_file_file_idx ON submission_draft_file (file_id)`);

    await q.query(`
      CREATE TABLE submission_file (
        submission_version_id uuid NOT NULL,
        file_id uuid NOT NULL,
        position integer NOT NULL DEFAULT 0,
        CONSTRAINT submission_file_pkey PRIMARY KEY (submission_version_id, file_id),
        CONSTRAINT submission_file_submission_version_id_fkey FOREIGN KEY (submission_version_id) REFERENCES submission_version(id) ON DELETE CASCADE,
        CONSTRAINT submission_file_file_id_fkey FOREIGN KEY (file_id) REFERENCES stored_file(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX submission_file_file_idx ON submission_file (file_id)`);

    await q.query(`
      CREATE TABLE assignment_reminder (
        assignment_id uuid NOT NULL,
        student_id uuid NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assignment_reminder_pkey PRIMARY KEY (assignment_id, student_id, due_at),
        CONSTRAINT assignment_reminder_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES assignment(id) ON DELETE CASCADE,
        CONSTRAINT assignment_reminder_student_id_fkey FOREIGN KEY (student_id) REFERENCES app_user(id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['assignment_reminder', 'submission_file', 'submission_draft_file', 'submission_version', 'submission', 'assignment_extension', 'assignment']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
