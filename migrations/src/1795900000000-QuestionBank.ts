import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question bank: multiple-choice questions (one correct option among four or five)
 * tagged by exam domain and optionally a modality, scoped like library material
 * (DRAFT / CHAPTER / PLATFORM), reviewed before students see them, with full-text search.
 */
export class QuestionBank1795900000000 implements MigrationInterface {
  name = 'QuestionBank1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        stem_markdown text NOT NULL,
        stem_html text NOT NULL,
        rationale_markdown text NOT NULL DEFAULT '',
        rationale_html text NOT NULL DEFAULT '',
        modality_id uuid,
        exam_domain_id uuid NOT NULL,
        difficulty varchar(6) NOT NULL DEFAULT 'MEDIUM',
        scope varchar(10) NOT NULL,
        chapter_id uuid,
        author_id uuid,
        status varchar(8) NOT NULL DEFAULT 'DRAFT',
        reviewed_by uuid,
        reviewed_at timestamptz,
        source varchar(300),
        search tsvector,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT question_modality_id_fkey FOREIGN KEY (modality_id) REFERENCES modality(id) ON DELETE RESTRICT,
        CONSTRAINT question_exam_domain_id_fkey FOREIGN KEY (exam_domain_id) REFERENCES exam_domain(id) ON DELETE RESTRICT,
        CONSTRAINT question_chapter_id_fkey FOREIGN KEY (chapter_id) REFERENCES chapter(id) ON DELETE CASCADE,
        CONSTRAINT question_author_id_fkey FOREIGN KEY (author_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT question_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT question_difficulty_check CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
        CONSTRAINT question_scope_check CHECK (scope IN ('DRAFT', 'CHAPTER', 'PLATFORM')),
        CONSTRAINT question_status_check CHECK (status IN ('DRAFT', 'REVIEWED', 'RETIRED')),
        CONSTRAINT question_chapter_scope_check CHECK ((scope = 'CHAPTER') = (chapter_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX question_search_idx ON question USING gin (search)`);
    await q.query(`CREATE INDEX question_domain_idx ON question (exam_domain_id, status)`);
    await q.query(`CREATE INDEX question_modality_idx ON question (modality_id, status)`);
    await q.query(`CREATE INDEX question_status_idx ON question (status, difficulty)`);
    await q.query(`CREATE INDEX question_scope_idx ON question (scope, chapter_id, author_id)`);
    await q.query(`CREATE INDEX question_author_idx ON question (author_id)`);
    await q.query(`CREATE INDEX question_updated_idx ON question (updated_at DESC, id)`);

    await q.query(`
      CREATE TABLE question_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL,
        position integer NOT NULL,
        text_markdown text NOT NULL,
        text_html text NOT NULL,
        is_correct boolean NOT NULL DEFAULT false,
        CONSTRAINT question_option_question_id_fkey FOREIGN KEY (question_id) REFERENCES question(id) ON DELETE CASCADE,
        CONSTRAINT question_option_position_check CHECK (position BETWEEN 0 AND 4)
      )`);
    await q.query(`CREATE UNIQUE INDEX question_option_position_key ON question_option (question_id, position)`);
    await q.query(`CREATE UNIQUE INDEX question_option_correct_key ON question_option (question_id) WHERE is_correct`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE question_option`);
    await q.query(`DROP TABLE question`);
  }
}
