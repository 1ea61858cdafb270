import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `late_policy` was varchar(10), one short of 'ACCEPT_LATE' (11 characters): no assignment could accept late work. */
export class HomeworkLatePolicyLength1795710000000 implements MigrationInterface {
  name = 'HomeworkLatePolicyLength1795710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment ALTER COLUMN late_policy TYPE varchar(20)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment ALTER COLUMN late_policy TYPE varchar(10)`);
  }
}
