import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { ChapterRole, addDuration, nowUtc } from '@gantry/shared';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { SessionEntity } from '../accounts/session.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { MembershipEntity } from '../chapters/membership.entity';
import { hashToken, newToken } from '../common/security/tokens';
import { PasswordHasher } from '../common/security/password-hasher';
import { GqlClient } from './test-app';

export const TEST_PASSWORD = 'correct horse battery';
let hashed: Promise<string> | undefined;

export function uid(prefix = 'x'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** Records with defaults and fresh ids, so tests never depend on each other's rows. */
export class Factories {
  constructor(
    private readonly db: DataSource,
    private readonly server: Server,
  ) {}

  async user(over: Partial<UserEntity> = {}): Promise<UserEntity> {
    hashed ??= new PasswordHasher().hash(TEST_PASSWORD);
    const id = uid('u');
    return this.db.getRepository(UserEntity).save(
      this.db.getRepository(UserEntity).create({
        email: `${id}@example.org`,
        displayName: `User ${id}`,
        timeZone: 'America/Denver',
        passwordHash: await hashed,
        ...over,
      }),
    );
  }

  async chapter(over: Partial<ChapterEntity> = {}): Promise<ChapterEntity> {
    const slug = uid('ch-');
    return this.db.getRepository(ChapterEntity).save(
      this.db.getRepository(ChapterEntity).create({ name: `Chapter ${slug}`, slug, region: 'CO', timeZone: 'America/Denver', description: '', ...over }),
    );
  }

  async membership(chapterId: string, userId: string, role: ChapterRole): Promise<MembershipEntity> {
    return this.db.getRepository(MembershipEntity).save({ chapterId, userId, role });
  }

  /** A client signed in as the user (a session row, as sign-in would create). */
  async clientFor(user: UserEntity): Promise<GqlClient> {
    const token = newToken();
    await this.db.getRepository(SessionEntity).insert({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: addDuration(nowUtc().toJSDate(), { days: 1 }),
    });
    return new GqlClient(this.server, `gantry_session=${token}`);
  }

  async asStudent(): Promise<{ user: UserEntity; client: GqlClient }> {
    const user = await this.user();
    return { user, client: await this.clientFor(user) };
  }

  async asMentor(chapter?: ChapterEntity): Promise<{ user: UserEntity; chapter: ChapterEntity; client: GqlClient }> {
    const c = chapter ?? (await this.chapter());
    const user = await this.user();
    await this.membership(c.id, user.id, ChapterRole.Mentor);
    return { user, chapter: c, client: await this.clientFor(user) };
  }

  async asChapterAdmin(chapter?: ChapterEntity): Promise<{ user: UserEntity; chapter: ChapterEntity; client: GqlClient }> {
    const c = chapter ?? (await this.chapter());
    const user = await this.user();
    await this.membership(c.id, user.id, ChapterRole.Admin);
    return { user, chapter: c, client: await this.clientFor(user) };
  }

  async asPlatformAdmin(): Promise<{ user: UserEntity; client: GqlClient }> {
    const user = await this.user({ isPlatformAdmin: true });
    return { user, client: await this.clientFor(user) };
  }
}
