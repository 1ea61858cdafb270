import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  addDuration,
  ChapterRole,
  createChapterSchema,
  emailSchema,
  nowUtc,
  slugSchema,
  updateChapterSchema,
  US_STATES,
} from '@gantry/shared';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, ErrorCode, isUniqueViolation, parseInput } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { hashToken, newToken } from '../common/security/tokens';
import { OutboxService } from '../mail/outbox.service';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from './chapter.entity';
import { MembershipEntity } from './membership.entity';
import { InvitationEntity } from './invitation.entity';
import type { ChapterMember } from './chapter.model';

const INVITATION_DAYS = 14;

const inviteSchema = z.object({
  chapterId: z.uuid({ message: 'Choose a chapter.' }),
  email: emailSchema,
  role: z.enum([ChapterRole.Admin, ChapterRole.Mentor]),
});

@Injectable()
export class ChaptersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** Chapters are public: name, region, description. */
  async list(args: PageArgs): Promise<Page<ChapterEntity>> {
    const window = pageWindow(args);
    const [nodes, total] = await this.db
      .getRepository(ChapterEntity)
      .findAndCount({ order: { name: 'ASC', id: 'ASC' }, take: window.limit, skip: window.offset });
    return toPage(nodes, total, window);
  }

  async bySlug(slug: string): Promise<ChapterEntity> {
    const parsed = slugSchema.safeParse(slug);
    const chapter = parsed.success ? await this.db.getRepository(ChapterEntity).findOneBy({ slug: parsed.data }) : null;
    if (!chapter) throw AppError.notFound('That chapter');
    return chapter;
  }

  async byIds(ids: readonly string[]): Promise<ChapterEntity[]> {
    return ids.length ? this.db.getRepository(ChapterEntity).findBy({ id: In([...ids]) }) : [];
  }

  /** The chapters where the viewer is an admin or mentor. */
  async mine(viewer: Viewer): Promise<ChapterEntity[]> {
    const ids = [...new Set(viewer.memberships.map((m) => m.chapterId))];
    const chapters = await this.byIds(ids);
    return chapters.sort((a, b) => a.name.localeCompare(b.name));
  }

  async create(viewer: Viewer, input: unknown): Promise<ChapterEntity> {
    const data = parseInput(createChapterSchema, input);
    try {
      return await this.db.transaction(async (m) => {
        const chapter = await m.save(
          m.create(ChapterEntity, {
            name: data.name,
            slug: data.slug,
            region: data.region,
            timeZone: data.timeZone,
            description: data.description,
          }),
        );
        await this.createInvitation(m, viewer, chapter, data.firstAdminEmail, ChapterRole.Admin);
        return chapter;
      });
    } catch (e) {
      if (isUniqueViolation(e, 'chapter_slug_key')) throw AppError.validation({ slug: ['Another chapter already uses this slug.'] });
      throw e;
    }
  }

  async update(viewer: Viewer, input: { id: string; expectedVersion: number } & Record<string, unknown>): Promise<ChapterEntity> {
    await this.assertCanManage(viewer, input.id);
    const data = parseInput(updateChapterSchema, input);
    return this.db.transaction(async (m) => {
      const chapter = await m.findOne(ChapterEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!chapter) throw AppError.notFound('That chapter');
      if (chapter.version !== input.expectedVersion) {
        throw AppError.conflict('Someone else changed this chapter while you were editing. Reload to see their changes, then apply yours.');
      }
      Object.assign(chapter, { name: data.name, region: data.region, timeZone: data.timeZone, description: data.description });
      return m.save(chapter);
    });
  }

  async members(viewer: Viewer, args: PageArgs & { chapterId: string }): Promise<Page<ChapterMember>> {
    await this.assertCanManage(viewer, args.chapterId);
    const window = pageWindow(args);
    const rows: (ChapterMember & { total: string })[] = await this.db.query(
      `SELECT m.id AS "membershipId", u.id AS "userId", u.display_name AS "displayName", u.email, u.time_zone AS "timeZone",
              m.role, m.created_at AS since, count(*) OVER () AS total
         FROM chapter_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.chapter_id = $1
        ORDER BY m.role, u.display_name, m.id
        LIMIT $2 OFFSET $3`,
      [args.chapterId, window.limit, window.offset],
    );
    const total = rows.length ? Number(rows[0].total) : await this.countMembers(args.chapterId);
    return toPage(
      rows.map(({ total: _t, ...r }) => r),
      total,
      window,
    );
  }

  private async countMembers(chapterId: string): Promise<number> {
    return this.db.getRepository(MembershipEntity).countBy({ chapterId });
  }

  async invitations(viewer: Viewer, args: PageArgs & { chapterId: string }): Promise<Page<InvitationEntity>> {
    await this.assertCanManage(viewer, args.chapterId);
    const window = pageWindow(args);
    const [nodes, total] = await this.db.getRepository(InvitationEntity).findAndCount({
      where: { chapterId: args.chapterId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: window.limit,
      skip: window.offset,
    });
    return toPage(nodes, total, window);
  }

  /** Open invitations addressed to the viewer's email. */
  async invitationsFor(viewer: Viewer): Promise<InvitationEntity[]> {
    return this.db
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.email = :email AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()', { email: viewer.email })
      .orderBy('i.created_at', 'DESC')
      .limit(50)
      .getMany();
  }

  async invite(viewer: Viewer, input: unknown): Promise<InvitationEntity> {
    const data = parseInput(inviteSchema, input);
    await this.assertCanManage(viewer, data.chapterId);
    return this.db.transaction(async (m) => {
      const chapter = await m.findOneBy(ChapterEntity, { id: data.chapterId });
      if (!chapter) throw AppError.notFound('That chapter');
      const existing: unknown[] = await m.query(
        `SELECT 1 FROM chapter_membership cm JOIN app_user u ON u.id = cm.user_id WHERE cm.chapter_id = $1 AND u.email = $2 AND cm.role = $3`,
        [chapter.id, data.email, data.role],
      );
      if (existing.length) throw AppError.validation({ email: [`This person is already a ${roleLabel(data.role)} of ${chapter.name}.`] });
      return this.createInvitation(m, viewer, chapter, data.email, data.role);
    });
  }

  /** Public: what an emailed link invites to (the token is the credential). */
  async previewInvitation(token: string): Promise<{ invitation: InvitationEntity; chapter: ChapterEntity; maskedEmail: string }> {
    const invitation =
      typeof token === 'string' && token.length >= 16 && token.length <= 200
        ? await this.db.getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(token) })
        : null;
    if (!invitation) throw AppError.notFound('That invitation');
    const chapter = await this.db.getRepository(ChapterEntity).findOneByOrFail({ id: invitation.chapterId });
    return { invitation, chapter, maskedEmail: maskEmail(invitation.email) };
  }

  async revokeInvitation(viewer: Viewer, id: string): Promise<InvitationEntity> {
    const invitation = await this.findInvitation(id);
    await this.assertCanManage(viewer, invitation.chapterId);
    if (invitation.acceptedAt) throw AppError.conflict('This invitation was already accepted; remove the member instead.');
    if (!invitation.revokedAt) {
      invitation.revokedAt = nowUtc().toJSDate();
      await this.db.getRepository(InvitationEntity).save(invitation);
    }
    return invitation;
  }

  /** Accept by emailed token, or by id when it is addressed to the viewer's email. Idempotent. */
  async accept(viewer: Viewer, input: { token?: string | null; id?: string | null }): Promise<MembershipEntity> {
    if (!input.token && !input.id) throw AppError.validation({ token: ['This invitation link is not valid.'] });
    return this.db.transaction(async (m) => {
      const qb = m.createQueryBuilder(InvitationEntity, 'i').setLock('pessimistic_write');
      if (input.token) qb.where('i.token_hash = :h', { h: hashToken(input.token) });
      else if (z.uuid().safeParse(input.id).success) qb.where('i.id = :id', { id: input.id });
      else throw AppError.notFound('That invitation');
      const invitation = await qb.getOne();
      if (!invitation) throw AppError.notFound('That invitation');
      if (invitation.email !== viewer.email) {
        throw AppError.forbidden(`This invitation was sent to ${maskEmail(invitation.email)}. Sign in with that address to accept it.`);
      }
      if (invitation.acceptedAt && invitation.acceptedById === viewer.userId) {
        // A retry of the same acceptance answers the same membership; once the member was
        // removed, the used link must not give the role back (falls through to INVALID_TOKEN).
        const existing = await m.findOneBy(MembershipEntity, { chapterId: invitation.chapterId, userId: viewer.userId, role: invitation.role });
        if (existing) return existing;
      }
      if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= nowUtc().toJSDate()) {
        throw new AppError(ErrorCode.InvalidToken, 'This invitation is no longer valid. Ask the chapter for a new one.');
      }
      await m
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ chapterId: invitation.chapterId, userId: viewer.userId, role: invitation.role })
        .orIgnore()
        .execute();
      invitation.acceptedAt = nowUtc().toJSDate();
      invitation.acceptedById = viewer.userId;
      await m.save(invitation);
      return m.findOneByOrFail(MembershipEntity, { chapterId: invitation.chapterId, userId: viewer.userId, role: invitation.role });
    });
  }

  async removeMember(viewer: Viewer, membershipId: string): Promise<MembershipEntity> {
    if (!z.uuid().safeParse(membershipId).success) throw AppError.notFound('That membership');
    const membership = await this.db.getRepository(MembershipEntity).findOneBy({ id: membershipId });
    if (!membership) throw AppError.notFound('That membership');
    await this.assertCanManage(viewer, membership.chapterId);
    return this.db.transaction(async (m) => {
      if (membership.role === ChapterRole.Admin) {
        // Lock the chapter's admin rows so two admins cannot remove each other at once.
        const admins: { id: string }[] = await m.query(
          `SELECT id FROM chapter_membership WHERE chapter_id = $1 AND role = 'CHAPTER_ADMIN' FOR UPDATE`,
          [membership.chapterId],
        );
        if (admins.length <= 1) throw AppError.conflict('A chapter needs at least one admin. Invite another admin first.');
      }
      await m.delete(MembershipEntity, { id: membership.id });
      return membership;
    });
  }

  async assertCanManage(viewer: Viewer, chapterId: string): Promise<void> {
    if (!z.uuid().safeParse(chapterId).success) throw AppError.notFound('That chapter');
    if (viewer.isPlatformAdmin) {
      const exists = await this.db.getRepository(ChapterEntity).existsBy({ id: chapterId });
      if (!exists) throw AppError.notFound('That chapter');
      return;
    }
    if (!hasChapterRole(viewer, chapterId, ChapterRole.Admin)) throw AppError.forbidden('Only this chapter’s admins can do that.');
  }

  private async findInvitation(id: string): Promise<InvitationEntity> {
    const invitation = z.uuid().safeParse(id).success ? await this.db.getRepository(InvitationEntity).findOneBy({ id }) : null;
    if (!invitation) throw AppError.notFound('That invitation');
    return invitation;
  }

  private async createInvitation(
    m: EntityManager,
    viewer: Viewer,
    chapter: ChapterEntity,
    email: string,
    role: ChapterRole,
  ): Promise<InvitationEntity> {
    // A new invitation replaces an open one for the same person and role.
    await m
      .createQueryBuilder()
      .update(InvitationEntity)
      .set({ revokedAt: () => 'now()' })
      .where('chapter_id = :c AND email = :e AND role = :r AND accepted_at IS NULL AND revoked_at IS NULL', { c: chapter.id, e: email, r: role })
      .execute();
    const token = newToken();
    const invitation = await m.save(
      m.create(InvitationEntity, {
        chapterId: chapter.id,
        email,
        role,
        tokenHash: hashToken(token),
        invitedById: viewer.userId,
        expiresAt: addDuration(nowUtc().toJSDate(), { days: INVITATION_DAYS }),
      }),
    );
    const inviter = await m.findOneBy(UserEntity, { id: viewer.userId });
    const link = `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
    await this.outbox.enqueue(m, {
      to: email,
      kind: 'chapter-invitation',
      dedupeKey: `invitation:${invitation.id}`,
      subject: `You are invited to be a ${roleLabel(role)} of ${chapter.name} on Gantry`,
      text:
        `Hello,\n\n${inviter?.displayName ?? 'A Gantry administrator'} invited you to be a ${roleLabel(role)} of ` +
        `${chapter.name} (${US_STATES[chapter.region] ?? chapter.region}) on Gantry, where study groups prepare for the CRES exam.\n\n` +
        `Accept within ${INVITATION_DAYS} days: ${link}\n\n` +
        `If you do not have a Gantry account yet, create one with this email address (${email}) first.\n`,
    });
    return invitation;
  }
}

export function roleLabel(role: ChapterRole): string {
  return role === ChapterRole.Admin ? 'chapter admin' : 'mentor';
}

function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
