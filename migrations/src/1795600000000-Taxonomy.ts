import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Modalities and exam domains become editable by platform admins: a version for
 * optimistic locking (two admins editing one entry), and a description for modalities.
 */
export class Taxonomy1795600000000 implements MigrationInterface {
  name = 'Taxonomy1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE modality ADD COLUMN description text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE modality ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE exam_domain ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE exam_domain DROP COLUMN version`);
    await q.query(`ALTER TABLE modality DROP COLUMN version`);
    await q.query(`ALTER TABLE modality DROP COLUMN description`);
  }
}
