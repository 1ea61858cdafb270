import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Zoom participants-report imports (issue 6): one row per distinct file (by SHA-256 of its
 * bytes) per session, first as a PREVIEW, then APPLIED. The unique key makes importing the
 * same report for the same session twice a no-op. `parsed` holds the participants after
 * merging their rows (and, once applied, the matches that were written).
 */
export class ZoomImport1795810000000 implements MigrationInterface {
  name = 'ZoomImport1795810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE zoom_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        file_sha256 text NOT NULL,
        filename text NOT NULL,
        zone text NOT NULL,
        uploaded_by uuid,
        status text NOT NULL DEFAULT 'PREVIEW',
        parsed jsonb NOT NULL,
        applied_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT zoom_import_session_id_fkey FOREIGN KEY (session_id) REFERENCES cohort_session(id) ON DELETE CASCADE,
        CONSTRAINT zoom_import_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT zoom_import_status_check CHECK (status IN ('PREVIEW', 'APPLIED'))
      )`);
    await q.query(`CREATE UNIQUE INDEX zoom_import_session_file_key ON zoom_import (session_id, file_sha256)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE zoom_import`);
  }
}
