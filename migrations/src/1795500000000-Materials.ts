import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lesson material: exam domains (data), a versioned library of readings, links and files
 * with modality/domain tags and full-text search, stored files, session agendas with
 * release rules, students' progress, and session recordings.
 */
export class Materials1795500000000 implements MigrationInterface {
  name = 'Materials1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exam_domain (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        name varchar(160) NOT NULL,
        description text NOT NULL DEFAULT '',
        sort_order integer NOT NULL DEFAULT 0,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX exam_domain_code_key ON exam_domain (code)`);
    await q.query(`
      INSERT INTO exam_domain (code, name, description, sort_order) VALUES
        ('ANATOMY', 'Anatomy and physiology', 'Organs and systems, terminology, positioning across modalities', 10),
        ('ELECTRONICS', 'Electricity, electronics and power', 'Components, facility three-phase power, battery systems, UPS and line conditioning', 20),
        ('IT_NETWORK', 'IT, networking and security', 'PACS, DICOM, worklists, HIS, network troubleshooting, DICOM echo', 30),
        ('IMAGING_EQUIPMENT', 'Imaging equipment function and operation', 'Tubes and generators, digital detectors, probes, gamma cameras, subsystems', 40),
        ('MAINTENANCE', 'Maintenance, problem solving and test equipment', 'Preventive and corrective maintenance, test equipment, documentation', 50),
        ('SAFETY', 'Safety and regulatory compliance', 'Electrical and radiation safety, CMS, FDA GMP', 60)`);

    await q.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid,
        storage_key varchar(300) NOT NULL,
        filename varchar(255) NOT NULL,
        content_type varchar(120) NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 char(64) NOT NULL,
        purpose varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stored_file_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT stored_file_size_check CHECK (size_bytes >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX stored_file_storage_key_key ON stored_file (storage_key)`);
    await q.query(`CREATE INDEX stored_file_owner_idx ON stored_file (owner_id)`);

    await q.query(`
      CREATE TABLE material (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(8) NOT NULL,
        scope varchar(10) NOT NULL,
        owner_id uuid,
        chapter_id uuid,
        title varchar(200) NOT NULL,
        summary varchar(600) NOT NULL DEFAULT '',
        minutes integer NOT NULL DEFAULT 10,
        body_markdown text NOT NULL DEFAULT '',
        body_html text NOT NULL DEFAULT '',
        url varchar(1000),
        file_id uuid,
        search tsvector,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT material_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT material_chapter_id_fkey FOREIGN KEY (chapter_id) REFERENCES chapter(id) ON DELETE CASCADE,
        CONSTRAINT material_file_id_fkey FOREIGN KEY (file_id) REFERENCES stored_file(id) ON DELETE RESTRICT,
        CONSTRAINT material_kind_check CHECK (kind IN ('READING', 'LINK', 'FILE')),
        CONSTRAINT material_scope_check CHECK (scope IN ('DRAFT', 'CHAPTER', 'PLATFORM')),
        CONSTRAINT material_minutes_check CHECK (minutes BETWEEN 1 AND 600)
      )`);
    await q.query(`CREATE INDEX material_search_idx ON material USING gin (search)`);
    await q.query(`CREATE INDEX material_scope_idx ON material (scope, chapter_id, owner_id)`);
    await q.query(`CREATE INDEX material_updated_idx ON material (updated_at DESC, id)`);

    await q.query(`
      CREATE TABLE material_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        material_id uuid NOT NULL,
        version integer NOT NULL,
        title varchar(200) NOT NULL,
        summary varchar(600) NOT NULL,
        minutes integer NOT NULL,
        body_markdown text NOT NULL,
        url varchar(1000),
        file_id uuid,
        modality_codes jsonb NOT NULL DEFAULT '[]',
        domain_codes jsonb NOT NULL DEFAULT '[]',
        edited_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT material_version_material_id_fkey FOREIGN KEY (material_id) REFERENCES material(id) ON DELETE CASCADE,
        CONSTRAINT material_version_edited_by_id_fkey FOREIGN KEY (edited_by_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT material_version_file_id_fkey FOREIGN KEY (file_id) REFERENCES stored_file(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX material_version_key ON material_version (material_id, version)`);

    await q.query(`
      CREATE TABLE material_modality (
        material_id uuid NOT NULL,
        modality_id uuid NOT NULL,
        CONSTRAINT material_modality_pkey PRIMARY KEY (material_id, modality_id),
        CONSTRAINT material_modality_material_id_fkey FOREIGN KEY (material_id) REFERENCES material(id) ON DELETE CASCADE,
        CONSTRAINT material_modality_modality_id_fkey FOREIGN KEY (modality_id) REFERENCES modality(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX material_modality_modality_idx ON material_modality (modality_id)`);

    await q.query(`
      CREATE TABLE material_domain (
        material_id uuid NOT NULL,
        domain_id uuid NOT NULL,
        CONSTRAINT material_domain_pkey PRIMARY KEY (material_id, domain_id),
        CONSTRAINT material_domain_material_id_fkey FOREIGN KEY (material_id) REFERENCES material(id) ON DELETE CASCADE,
        CONSTRAINT material_domain_domain_id_fkey FOREIGN KEY (domain_id) REFERENCES exam_domain(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX material_domain_domain_idx ON material_domain (domain_id)`);

    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        material_id uuid NOT NULL,
        position integer NOT NULL,
        phase varchar(8) NOT NULL,
        release varchar(12) NOT NULL DEFAULT 'NOW',
        release_days integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_session_id_fkey FOREIGN KEY (session_id) REFERENCES cohort_session(id) ON DELETE CASCADE,
        CONSTRAINT agenda_item_material_id_fkey FOREIGN KEY (material_id) REFERENCES material(id) ON DELETE RESTRICT,
        CONSTRAINT agenda_item_phase_check CHECK (phase IN ('BEFORE', 'DURING', 'AFTER')),
        CONSTRAINT agenda_item_release_check CHECK (release IN ('NOW', 'DAYS_BEFORE', 'AFTER_END')),
        CONSTRAINT agenda_item_release_days_check CHECK (release_days IS NULL OR release_days BETWEEN 0 AND 60)
      )`);
    await q.query(`CREATE UNIQUE INDEX agenda_item_session_material_key ON agenda_item (session_id, material_id)`);
    await q.query(`CREATE INDEX agenda_item_session_idx ON agenda_item (session_id, position)`);
    await q.query(`CREATE INDEX agenda_item_material_idx ON agenda_item (material_id)`);

    await q.query(`
      CREATE TABLE material_progress (
        user_id uuid NOT NULL,
        agenda_item_id uuid NOT NULL,
        done_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT material_progress_pkey PRIMARY KEY (user_id, agenda_item_id),
        CONSTRAINT material_progress_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT material_progress_agenda_item_id_fkey FOREIGN KEY (agenda_item_id) REFERENCES agenda_item(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX material_progress_item_idx ON material_progress (agenda_item_id)`);

    await q.query(`ALTER TABLE cohort_session ADD COLUMN recording_url varchar(1000)`);
    await q.query(`ALTER TABLE cohort_session ADD COLUMN slides_url varchar(1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cohort_session DROP COLUMN slides_url`);
    await q.query(`ALTER TABLE cohort_session DROP COLUMN recording_url`);
    for (const t of ['material_progress', 'agenda_item', 'material_domain', 'material_modality', 'material_version', 'material', 'stored_file', 'exam_domain']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
