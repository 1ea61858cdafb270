import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import {
  addDuration,
  changePasswordSchema,
  ChapterRole,
  DateTime,
  nowUtc,
  requestPasswordResetSchema,
  resetPasswordSchema,
  Role,
  signInSchema,
  signUpSchema,
} from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, ErrorCode, isUniqueViolation, parseInput } from '../common/errors/app-error';
import { PasswordHasher } from '../common/security/password-hasher';
import { RateLimitService } from '../common/security/rate-limit.service';
import { hashToken, newToken } from '../common/security/tokens';
import type { Viewer } from '../common/auth/viewer';
import { OutboxService } from '../mail/outbox.service';
import { UserEntity } from './user.entity';
import { SessionEntity } from './session.entity';
import { PasswordResetEntity } from './password-reset.entity';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

const RESET_TTL_MINUTES = 60;
/** Refresh last_seen_at (and slide the expiry) at most this often per session. */
const TOUCH_EVERY_MINUTES = 10;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly limits: RateLimitService,
    private readonly outbox: OutboxService,
  ) {}

  async signUp(input: unknown, client: ClientInfo): Promise<IssuedSession> {
    const data = parseInput(signUpSchema, input);
    await this.limits.consume('signUpPerAddress', client.ip);
    const passwordHash = await this.hasher.hash(data.password);
    try {
      return await this.db.transaction(async (m) => {
        const user = await m.save(
          m.create(UserEntity, { email: data.email, passwordHash, displayName: data.displayName, timeZone: data.timeZone }),
        );
        return this.issueSession(m, user, client);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'app_user_email_key')) {
        throw AppError.validation({ email: ['An account with this email already exists. Sign in, or reset your password.'] });
      }
      throw e;
    }
  }

  /**
   * One answer for a wrong password and an unknown email, in the same time; limits per
   * account and per address, whether or not the account exists.
   */
  async signIn(input: unknown, client: ClientInfo): Promise<IssuedSession> {
    const data = parseInput(signInSchema, input);
    await this.limits.consume('signInPerAddress', client.ip);
    const blocked = await this.limits.isBlocked('signInPerAccount', data.email);
    if (blocked !== null) {
      const minutes = Math.max(1, Math.ceil(blocked / 60));
      throw new AppError(ErrorCode.RateLimited, `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
        retryAfterSeconds: blocked,
      });
    }
    const user = await this.db.getRepository(UserEntity).findOne({ where: { email: data.email } });
    const ok = await this.hasher.verify(user?.passwordHash, data.password);
    if (!user || !ok) {
      await this.limits.consume('signInPerAccount', data.email).catch(() => undefined);
      throw new AppError(ErrorCode.InvalidCredentials, 'That email and password do not match an account.');
    }
    await this.limits.reset('signInPerAccount', data.email);
    return this.db.transaction((m) => this.issueSession(m, user, client));
  }

  async signOut(sessionId: string): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: nowUtc().toJSDate() });
  }

  /** Revoke every session of the user except `keep` (if given). Returns how many. */
  async revokeSessions(m: EntityManager, userId: string, keep?: string): Promise<number> {
    const qb = m
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keep) qb.andWhere('id <> :keep', { keep });
    const r = await qb.execute();
    return r.affected ?? 0;
  }

  async signOutOtherSessions(viewer: Viewer): Promise<number> {
    return this.revokeSessions(this.db.manager, viewer.userId, viewer.sessionId);
  }

  /** Always answers the same; mails a link only when the account exists. */
  async requestPasswordReset(input: unknown, client: ClientInfo): Promise<void> {
    const { email } = parseInput(requestPasswordResetSchema, input);
    await this.limits.consume('resetPerAddress', client.ip);
    try {
      await this.limits.consume('resetPerAccount', email);
    } catch {
      return; // silently: the answer must not differ for known and unknown addresses
    }
    await this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { email } });
      if (!user) return;
      const token = newToken();
      const expiresAt = addDuration(nowUtc().toJSDate(), { minutes: RESET_TTL_MINUTES });
      await m.insert(PasswordResetEntity, { userId: user.id, tokenHash: hashToken(token), expiresAt });
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await this.outbox.enqueue(m, {
        to: user.email,
        kind: 'password-reset',
        subject: 'Reset your Gantry password',
        text:
          `Hello ${user.displayName},\n\nSomeone (hopefully you) asked to reset the password of your Gantry account.\n` +
          `Open this link within ${RESET_TTL_MINUTES} minutes to choose a new one:\n\n${link}\n\n` +
          `If you did not ask for this, ignore this message; your password stays as it is.\n`,
      });
    });
  }

  /** Sets the new password, uses up the link, and signs out every session. */
  async resetPassword(input: unknown): Promise<void> {
    const data = parseInput(resetPasswordSchema, input);
    const passwordHash = await this.hasher.hash(data.newPassword);
    await this.db.transaction(async (m) => {
      const reset = await m
        .createQueryBuilder(PasswordResetEntity, 'r')
        .setLock('pessimistic_write')
        .where('r.token_hash = :h', { h: hashToken(data.token) })
        .getOne();
      if (!reset || reset.usedAt || reset.expiresAt <= nowUtc().toJSDate()) {
        throw new AppError(ErrorCode.InvalidToken, 'This reset link has expired or was already used. Ask for a new one.');
      }
      await m.update(PasswordResetEntity, { userId: reset.userId, usedAt: IsNull() }, { usedAt: nowUtc().toJSDate() });
      await m.update(UserEntity, { id: reset.userId }, { passwordHash });
      await this.revokeSessions(m, reset.userId);
    });
  }

  async changePassword(viewer: Viewer, input: unknown): Promise<void> {
    const data = parseInput(changePasswordSchema, input);
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    if (!(await this.hasher.verify(user.passwordHash, data.currentPassword))) {
      throw AppError.validation({ currentPassword: ['This is not your current password.'] });
    }
    const passwordHash = await this.hasher.hash(data.newPassword);
    await this.db.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash });
      await this.revokeSessions(m, user.id, viewer.sessionId);
    });
  }

  /** Resolve the cookie's token to a viewer, or undefined for a missing/expired/revoked session. */
  async resolveSession(token: string | undefined): Promise<Viewer | undefined> {
    if (!token || token.length > 200) return undefined;
    // One statement per request: the session, its user, and the user's chapter roles.
    const rows: {
      session_id: string;
      user_id: string;
      email: string;
      is_platform_admin: boolean;
      last_seen_at: Date;
      memberships: { chapter_id: string; role: ChapterRole }[];
    }[] = await this.db.query(
      `SELECT s.id AS session_id, s.last_seen_at, u.id AS user_id, u.email, u.is_platform_admin,
              COALESCE((SELECT json_agg(json_build_object('chapter_id', m.chapter_id, 'role', m.role) ORDER BY m.created_at)
                          FROM chapter_membership m WHERE m.user_id = u.id), '[]'::json) AS memberships
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return undefined;
    const memberships = row.memberships;
    if (nowUtc().diff(DateTime.fromJSDate(new Date(row.last_seen_at)), 'minutes').minutes > TOUCH_EVERY_MINUTES) {
      const expiresAt = addDuration(nowUtc().toJSDate(), { days: this.config.auth.sessionDays });
      await this.db.query(`UPDATE user_session SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [row.session_id, expiresAt]);
    }
    const roles: Role[] = [Role.Student];
    if (row.is_platform_admin) roles.push(Role.PlatformAdmin);
    for (const m of memberships) if (!roles.includes(m.role)) roles.push(m.role);
    return {
      userId: row.user_id,
      sessionId: row.session_id,
      email: row.email,
      isPlatformAdmin: row.is_platform_admin,
      roles,
      memberships: memberships.map((m) => ({ chapterId: m.chapter_id, role: m.role })),
    };
  }

  private async issueSession(m: EntityManager, user: UserEntity, client: ClientInfo): Promise<IssuedSession> {
    const token = newToken();
    const expiresAt = addDuration(nowUtc().toJSDate(), { days: this.config.auth.sessionDays });
    await m.insert(SessionEntity, {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt,
      ip: client.ip.slice(0, 64),
      userAgent: client.userAgent?.slice(0, 400) ?? null,
    });
    return { token, expiresAt, user };
  }
}
