import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice quizzes and the mock exam (issue 7): exam blueprints as versioned editions (the
 * first one seeded: equal weights, provisional — AAMI publishes no weights), a quiz's
 * settings beside its QUIZ assignment, and attempts with their drawn, shuffled items.
 * Partial unique indexes make "one attempt in progress per quiz" and "one mock exam in
 * progress" hold in the database, whatever races the application loses.
 */
export class Practice1795910000000 implements MigrationInterface {
  name = 'Practice1795910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exam_blueprint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition text NOT NULL,
        effective_from date NOT NULL,
        question_count integer NOT NULL,
        minutes integer NOT NULL,
        weights jsonb NOT NULL,
        provisional boolean NOT NULL DEFAULT false,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exam_blueprint_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT exam_blueprint_question_count_check CHECK (question_count BETWEEN 1 AND 500),
        CONSTRAINT exam_blueprint_minutes_check CHECK (minutes BETWEEN 1 AND 600)
      )`);
    await q.query(`CREATE UNIQUE INDEX exam_blueprint_edition_key ON exam_blueprint (edition)`);
    await q.query(`CREATE UNIQUE INDEX exam_blueprint_effective_key ON exam_blueprint (effective_from)`);
    // The CRES format (165 questions, three hours) with every current domain weighted alike:
    // no official weights are public, so this edition is provisional until an admin publishes real ones.
    await q.query(`
      INSERT INTO exam_blueprint (edition, effective_from, question_count, minutes, weights, provisional)
      SELECT '2025-06', DATE '2025-06-01', 165, 180, coalesce(jsonb_object_agg(code, 1 ORDER BY sort_order), '{}'::jsonb), true
        FROM exam_domain WHERE retired_at IS NULL`);

    await q.query(`ALTER TABLE assignment DROP CONSTRAINT assignment_kind_check`);
    await q.query(`ALTER TABLE assignment ADD CONSTRAINT assignment_kind_check CHECK (kind IN ('WRITTEN', 'FILE', 'QUIZ'))`);

    await q.query(`
      CREATE TABLE quiz (
        assignment_id uuid PRIMARY KEY,
        selection text NOT NULL,
        question_ids uuid[] NOT NULL,
        rule jsonb,
        feedback text NOT NULL,
        time_limit_minutes integer,
        shuffle boolean NOT NULL DEFAULT true,
        CONSTRAINT quiz_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES assignment(id) ON DELETE CASCADE,
        CONSTRAINT quiz_selection_check CHECK (selection IN ('FIXED', 'RULE')),
        CONSTRAINT quiz_feedback_check CHECK (feedback IN ('IMMEDIATE', 'AT_END')),
        CONSTRAINT quiz_rule_check CHECK ((selection = 'RULE') = (rule IS NOT NULL)),
        CONSTRAINT quiz_time_limit_check CHECK (time_limit_minutes IS NULL OR time_limit_minutes BETWEEN 1 AND 600)
      )`);

    await q.query(`
      CREATE TABLE attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        kind text NOT NULL,
        assignment_id uuid,
        cohort_id uuid,
        blueprint_id uuid,
        feedback text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline_at timestamptz,
        submitted_at timestamptz,
        auto_submitted boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'IN_PROGRESS',
        current_position integer NOT NULL DEFAULT 0,
        score_correct integer,
        score_total integer,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT attempt_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT attempt_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES assignment(id) ON DELETE CASCADE,
        CONSTRAINT attempt_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE SET NULL,
        CONSTRAINT attempt_blueprint_id_fkey FOREIGN KEY (blueprint_id) REFERENCES exam_blueprint(id) ON DELETE RESTRICT,
        CONSTRAINT attempt_kind_check CHECK (kind IN ('PRACTICE', 'MOCK')),
        CONSTRAINT attempt_status_check CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
        CONSTRAINT attempt_feedback_check CHECK (feedback IN ('IMMEDIATE', 'AT_END')),
        CONSTRAINT attempt_practice_check CHECK ((kind = 'PRACTICE') = (assignment_id IS NOT NULL)),
        CONSTRAINT attempt_mock_check CHECK ((kind = 'MOCK') = (blueprint_id IS NOT NULL) AND (kind = 'PRACTICE' OR feedback = 'AT_END')),
        CONSTRAINT attempt_submitted_check CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
        CONSTRAINT attempt_position_check CHECK (current_position >= 0)
      )`);
    // A second attempt in progress at the same quiz, or a second mock exam in progress, is refused here too.
    await q.query(`CREATE UNIQUE INDEX attempt_in_progress_quiz_key ON attempt (user_id, assignment_id) WHERE status = 'IN_PROGRESS'`);
    await q.query(`CREATE UNIQUE INDEX attempt_in_progress_mock_key ON attempt (user_id) WHERE kind = 'MOCK' AND status = 'IN_PROGRESS'`);
    await q.query(`CREATE INDEX attempt_user_idx ON attempt (user_id, started_at)`);
    await q.query(`CREATE INDEX attempt_assignment_idx ON attempt (assignment_id, user_id)`);
    await q.query(`CREATE INDEX attempt_cohort_idx ON attempt (cohort_id)`);
    await q.query(`CREATE INDEX attempt_blueprint_idx ON attempt (blueprint_id)`);
    // The timer's poller: in-progress attempts by deadline.
    await q.query(`CREATE INDEX attempt_deadline_idx ON attempt (deadline_at) WHERE status = 'IN_PROGRESS'`);

    await q.query(`
      CREATE TABLE attempt_item (
        attempt_id uuid NOT NULL,
        position integer NOT NULL,
        question_id uuid NOT NULL,
        option_order uuid[] NOT NULL,
        selected_option_id uuid,
        flagged boolean NOT NULL DEFAULT false,
        answered_at timestamptz,
        correct boolean,
        CONSTRAINT attempt_item_pkey PRIMARY KEY (attempt_id, position),
        CONSTRAINT attempt_item_attempt_id_fkey FOREIGN KEY (attempt_id) REFERENCES attempt(id) ON DELETE CASCADE,
        CONSTRAINT attempt_item_question_id_fkey FOREIGN KEY (question_id) REFERENCES question(id) ON DELETE RESTRICT,
        CONSTRAINT attempt_item_selected_option_id_fkey FOREIGN KEY (selected_option_id) REFERENCES question_option(id) ON DELETE RESTRICT,
        CONSTRAINT attempt_item_position_check CHECK (position >= 0),
        CONSTRAINT attempt_item_answer_check CHECK ((selected_option_id IS NULL) = (answered_at IS NULL) AND (selected_option_id IS NULL) = (correct IS NULL))
      )`);
    // No question twice in one attempt.
    await q.query(`CREATE UNIQUE INDEX attempt_item_question_key ON attempt_item (attempt_id, question_id)`);
    await q.query(`CREATE INDEX attempt_item_question_idx ON attempt_item (question_id)`);
    await q.query(`CREATE INDEX attempt_item_option_idx ON attempt_item (selected_option_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attempt_item`);
    await q.query(`DROP TABLE attempt`);
    await q.query(`DROP TABLE quiz`);
    await q.query(`DELETE FROM assignment WHERE kind = 'QUIZ'`);
    await q.query(`ALTER TABLE assignment DROP CONSTRAINT assignment_kind_check`);
    await q.query(`ALTER TABLE assignment ADD CONSTRAINT assignment_kind_check CHECK (kind IN ('WRITTEN', 'FILE'))`);
    await q.query(`DROP TABLE exam_blueprint`);
  }
}
