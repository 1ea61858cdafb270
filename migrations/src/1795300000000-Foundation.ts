import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions, password resets, chapters with their memberships and
 * invitations, and the email outbox. PostgreSQL 15 features only.
 */
export class Foundation1795300000000 implements MigrationInterface {
  name = 'Foundation1795300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash text NOT NULL,
        display_name varchar(80) NOT NULL,
        time_zone varchar(64) NOT NULL,
        is_platform_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT app_user_email_lower CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent varchar(400),
        ip varchar(64)
      )`);
    await q.query(`CREATE UNIQUE INDEX user_session_token_hash_key ON user_session (token_hash)`);
    await q.query(`CREATE INDEX user_session_user_id_idx ON user_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX password_reset_token_hash_key ON password_reset (token_hash)`);
    await q.query(`CREATE INDEX password_reset_user_id_idx ON password_reset (user_id)`);

    await q.query(`
      CREATE TABLE chapter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        slug varchar(48) NOT NULL,
        region varchar(2) NOT NULL,
        time_zone varchar(64) NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX chapter_slug_key ON chapter (slug)`);
    await q.query(`CREATE INDEX chapter_name_idx ON chapter (name, id)`);

    await q.query(`
      CREATE TABLE chapter_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        chapter_id uuid NOT NULL REFERENCES chapter(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chapter_membership_role_check CHECK (role IN ('CHAPTER_ADMIN', 'MENTOR'))
      )`);
    await q.query(`CREATE UNIQUE INDEX chapter_membership_key ON chapter_membership (chapter_id, user_id, role)`);
    await q.query(`CREATE INDEX chapter_membership_user_idx ON chapter_membership (user_id)`);

    await q.query(`
      CREATE TABLE chapter_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        chapter_id uuid NOT NULL REFERENCES chapter(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(20) NOT NULL,
        token_hash char(64) NOT NULL,
        invited_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        CONSTRAINT chapter_invitation_role_check CHECK (role IN ('CHAPTER_ADMIN', 'MENTOR'))
      )`);
    await q.query(`CREATE UNIQUE INDEX chapter_invitation_token_hash_key ON chapter_invitation (token_hash)`);
    await q.query(
      `CREATE UNIQUE INDEX chapter_invitation_open_key ON chapter_invitation (chapter_id, email, role) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX chapter_invitation_email_idx ON chapter_invitation (email)`);

    await q.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        text_body text NOT NULL,
        kind varchar(40) NOT NULL,
        dedupe_key varchar(200),
        status varchar(12) NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT email_outbox_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD'))
      )`);
    await q.query(`CREATE UNIQUE INDEX email_outbox_dedupe_key ON email_outbox (dedupe_key) WHERE dedupe_key IS NOT NULL`);
    await q.query(`CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX email_outbox_created_idx ON email_outbox (created_at DESC, id)`);
    await q.query(`CREATE INDEX email_outbox_to_idx ON email_outbox (to_address)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
    await q.query(`DROP TABLE chapter_invitation`);
    await q.query(`DROP TABLE chapter_membership`);
    await q.query(`DROP TABLE chapter`);
    await q.query(`DROP TABLE password_reset`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
