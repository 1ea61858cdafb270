import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { OutboxEntity } from '../mail/outbox.entity';
import { ChapterEntity } from './chapter.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

const CHAPTER_FIELDS = `id name slug region regionName timeZone description version createdAt`;
const CREATE = `mutation C($input: CreateChapterInput!) { createChapter(input: $input) { ${CHAPTER_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateChapterInput!) { updateChapter(input: $input) { ${CHAPTER_FIELDS} } }`;
const INVITE = `mutation I($input: InviteToChapterInput!) { inviteToChapter(input: $input) { id chapterId email role status expiresAt chapter { slug } } }`;
const REVOKE = `mutation R($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const ACCEPT = `mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id role chapterId chapter { slug } } }`;
const REMOVE = `mutation D($id: ID!) { removeChapterMember(membershipId: $id) { id role chapterId } }`;
const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { id email } }`;
const VIEWER = `{ viewer { id email roles memberships { id role chapter { slug } } } }`;
const CHAPTER = `query Q($slug: String!) { chapter(slug: $slug) { ${CHAPTER_FIELDS} } }`;
const CHAPTERS = `query Q($first: Int, $after: String) { chapters(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id slug name } } }`;
const MY_CHAPTERS = `{ myChapters { id slug name } }`;
const MY_INVITATIONS = `{ myInvitations { id email role status chapter { slug name } } }`;
const MEMBERS = `query M($chapterId: ID!, $first: Int, $after: String) {
  chapterMembers(chapterId: $chapterId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { membershipId userId displayName email timeZone role since }
  }
}`;
const INVITATIONS = `query I($chapterId: ID!, $first: Int, $after: String) {
  chapterInvitations(chapterId: $chapterId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id email role status }
  }
}`;
const HOME = `{
  viewer { memberships { role chapter { name slug } } }
  myChapters { id name }
  myInvitations { id chapter { name } }
}`;

type Node = Record<string, any>;

describe('chapters', () => {
  let t: TestApp;
  let platform: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    platform = (await t.factories.asPlatformAdmin()).client;
  });
  afterAll(async () => {
    await t?.close();
  });

  const newEmail = () => `${uid('inv')}@example.org`;
  const chapterInput = (over: Record<string, unknown> = {}) => ({
    name: `Chapter ${uid()}`,
    slug: uid('ch-'),
    region: 'CO',
    timeZone: 'America/Denver',
    description: 'Study group for the CRES exam.',
    firstAdminEmail: newEmail(),
    ...over,
  });
  const count = (entity: typeof ChapterEntity | typeof InvitationEntity | typeof MembershipEntity | typeof OutboxEntity) =>
    t.db.getRepository(entity).count();

  /** The token of the newest invitation mailed to this address. */
  async function mailedToken(email: string): Promise<string> {
    const mails = await t.db
      .getRepository(OutboxEntity)
      .find({ where: { toAddress: email.toLowerCase(), kind: 'chapter-invitation' }, order: { createdAt: 'DESC' } });
    expect(mails.length).toBeGreaterThan(0);
    const match = /\/invitations\/accept\?token=([\w-]+)/.exec(mails[0].textBody);
    expect(match).not.toBeNull();
    return match![1];
  }

  /** A fresh chapter created by the platform admin, with its first admin invited. */
  async function chapterWithInvite(): Promise<{ chapter: Node; email: string; token: string }> {
    const input = chapterInput();
    const { createChapter } = await platform.ok(CREATE, { input });
    return { chapter: createChapter, email: input.firstAdminEmail, token: await mailedToken(input.firstAdminEmail) };
  }

  /** Signs up a new account for this email; the client is signed in afterwards. */
  async function signUp(email: string): Promise<{ client: GqlClient; userId: string }> {
    const client = t.anon();
    const { signUp: me } = await client.ok(SIGN_UP, { input: { email, password: 'a long passphrase', displayName: 'Invitee', timeZone: 'America/Denver' } });
    return { client, userId: me.id };
  }

  const membershipsOf = (userId: string) => t.db.getRepository(MembershipEntity).findBy({ userId });

  describe('createChapter', () => {
    it('lets a platform admin create a chapter and mails its first admin an invitation', async () => {
      const input = chapterInput({ region: 'co', firstAdminEmail: `  ${uid('First')}@Example.ORG ` });
      const email = input.firstAdminEmail.trim().toLowerCase();
      const { createChapter } = await platform.ok(CREATE, { input });
      expect(createChapter).toMatchObject({
        name: input.name,
        slug: input.slug,
        region: 'CO',
        regionName: 'Colorado',
        timeZone: 'America/Denver',
        description: 'Study group for the CRES exam.',
        version: 1,
      });
      expect(createChapter.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(createChapter.createdAt)).not.toBeNaN();

      const mails = await t.db.getRepository(OutboxEntity).findBy({ toAddress: email });
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ kind: 'chapter-invitation', status: 'HELD' }); // no SMTP configured
      expect(mails[0].subject).toContain(input.name);
      expect(mails[0].subject).toContain('chapter admin');
      expect(mails[0].textBody).toContain(`${t.config.publicUrl}/invitations/accept?token=`);

      const invitations = await t.db.getRepository(InvitationEntity).findBy({ chapterId: createChapter.id });
      expect(invitations).toHaveLength(1);
      expect(invitations[0]).toMatchObject({ email, role: 'CHAPTER_ADMIN', acceptedAt: null, revokedAt: null });
      // Only the hash is stored, never the mailed token.
      expect(invitations[0].tokenHash).not.toBe(await mailedToken(email));
      // Nobody is a member until the invitation is accepted.
      expect(await t.db.getRepository(MembershipEntity).countBy({ chapterId: createChapter.id })).toBe(0);
    });

    it('is refused to chapter admins, mentors, students and anonymous callers', async () => {
      const callers = [await t.factories.asStudent(), await t.factories.asMentor(), await t.factories.asChapterAdmin()];
      const before = [await count(ChapterEntity), await count(InvitationEntity), await count(OutboxEntity)];
      const input = chapterInput();
      for (const who of callers) {
        expect(await who.client.code(CREATE, { input })).toBe('FORBIDDEN');
      }
      expect(await t.anon().code(CREATE, { input })).toBe('UNAUTHENTICATED');
      expect(await t.db.getRepository(ChapterEntity).countBy({ slug: input.slug })).toBe(0);
      expect([await count(ChapterEntity), await count(InvitationEntity), await count(OutboxEntity)]).toEqual(before);
    });

    it('answers bad input field by field and creates nothing', async () => {
      const before = [await count(ChapterEntity), await count(InvitationEntity), await count(OutboxEntity)];
      const res = await platform.gql(CREATE, {
        input: chapterInput({ slug: 'Bad Slug', region: 'ZZ', timeZone: 'Mars/Olympus_Mons', firstAdminEmail: 'not-an-email' }),
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const fields = res.errors![0].extensions!.fields!;
      expect(Object.keys(fields).sort()).toEqual(['firstAdminEmail', 'region', 'slug', 'timeZone']);
      for (const messages of Object.values(fields)) expect(messages[0]).toEqual(expect.any(String));
      expect(res.data).toBeNull();
      expect([await count(ChapterEntity), await count(InvitationEntity), await count(OutboxEntity)]).toEqual(before);
    });

    it('refuses a slug another chapter uses, on the slug field, and mails nobody', async () => {
      const { chapter } = await chapterWithInvite();
      const before = [await count(ChapterEntity), await count(InvitationEntity), await count(OutboxEntity)];
      const input = chapterInput({ slug: chapter.slug });
      const res = await platform.gql(CREATE, { input });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0].extensions!.fields!)).toEqual(['slug']);
      expect(res.errors![0].extensions!.fields!.slug[0]).toMatch(/already uses/);
      expect([await count(ChapterEntity), await count(InvitationEntity), await count(OutboxEntity)]).toEqual(before);
      expect(await t.db.getRepository(OutboxEntity).countBy({ toAddress: input.firstAdminEmail })).toBe(0);
    });
  });

  describe('acceptInvitation', () => {
    it('makes the invited person a chapter admin once they sign up with that email, idempotently', async () => {
      const { chapter, email, token } = await chapterWithInvite();
      const { client, userId } = await signUp(email.toUpperCase());

      const first = (await client.ok(ACCEPT, { input: { token } })).acceptInvitation;
      expect(first).toMatchObject({ role: 'CHAPTER_ADMIN', chapterId: chapter.id, chapter: { slug: chapter.slug } });

      const { viewer } = await client.ok(VIEWER);
      expect(viewer.roles).toEqual(expect.arrayContaining(['STUDENT', 'CHAPTER_ADMIN']));
      expect(viewer.memberships).toEqual([{ id: first.id, role: 'CHAPTER_ADMIN', chapter: { slug: chapter.slug } }]);

      // The same link again: the same membership, nothing new.
      const again = (await client.ok(ACCEPT, { input: { token } })).acceptInvitation;
      expect(again.id).toBe(first.id);
      expect(await membershipsOf(userId)).toHaveLength(1);

      const invitations = (await platform.ok(INVITATIONS, { chapterId: chapter.id })).chapterInvitations.nodes;
      expect(invitations).toEqual([expect.objectContaining({ email, status: 'ACCEPTED', role: 'CHAPTER_ADMIN' })]);
      // And the new admin can now manage the chapter.
      expect((await client.ok(MEMBERS, { chapterId: chapter.id })).chapterMembers.totalCount).toBe(1);
    });

    it('refuses someone signed in with another email, and leaves the invitation open', async () => {
      const { email, token } = await chapterWithInvite();
      const other = await t.factories.asStudent();
      const res = await other.client.gql(ACCEPT, { input: { token } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).not.toContain(email); // the address is masked
      expect(await membershipsOf(other.user.id)).toHaveLength(0);
      // The right person still can.
      const { client } = await signUp(email);
      expect((await client.ok(ACCEPT, { input: { token } })).acceptInvitation.role).toBe('CHAPTER_ADMIN');
    });

    it('needs a session', async () => {
      const { token } = await chapterWithInvite();
      expect(await t.anon().code(ACCEPT, { input: { token } })).toBe('UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for a made-up token or id, BAD_USER_INPUT for neither', async () => {
      const { client } = await t.factories.asStudent();
      expect(await client.code(ACCEPT, { input: { token: 'x'.repeat(43) } })).toBe('NOT_FOUND');
      expect(await client.code(ACCEPT, { input: { id: '00000000-0000-4000-8000-000000000000' } })).toBe('NOT_FOUND');
      expect(await client.code(ACCEPT, { input: { id: 'not-a-uuid' } })).toBe('NOT_FOUND');
      const res = await client.gql(ACCEPT, { input: {} });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.token).toBeDefined();
    });

    it('refuses a revoked or an expired invitation with INVALID_TOKEN', async () => {
      const revoked = await chapterWithInvite();
      const [revokedInvitation] = await t.db.getRepository(InvitationEntity).findBy({ chapterId: revoked.chapter.id });
      expect((await platform.ok(REVOKE, { id: revokedInvitation.id })).revokeInvitation.status).toBe('REVOKED');
      const a = await signUp(revoked.email);
      expect(await a.client.code(ACCEPT, { input: { token: revoked.token } })).toBe('INVALID_TOKEN');
      expect(await membershipsOf(a.userId)).toHaveLength(0);

      const expired = await chapterWithInvite();
      await t.db.query(`UPDATE chapter_invitation SET expires_at = now() - interval '1 minute' WHERE chapter_id = $1`, [expired.chapter.id]);
      const b = await signUp(expired.email);
      expect(await b.client.code(ACCEPT, { input: { token: expired.token } })).toBe('INVALID_TOKEN');
      expect(await membershipsOf(b.userId)).toHaveLength(0);
      const listed = (await platform.ok(INVITATIONS, { chapterId: expired.chapter.id })).chapterInvitations.nodes;
      expect(listed.map((i: Node) => i.status)).toEqual(['EXPIRED']);
      // Expired invitations are not offered on the home page either.
      expect((await b.client.ok(MY_INVITATIONS)).myInvitations).toEqual([]);
    });

    it('accepts by id an invitation listed in myInvitations, for its addressee only', async () => {
      const { chapter, client: admin } = await t.factories.asChapterAdmin();
      const invitee = await t.factories.asStudent();
      const invited = (await admin.ok(INVITE, { input: { chapterId: chapter.id, email: invitee.user.email } })).inviteToChapter;

      const { myInvitations } = await invitee.client.ok(MY_INVITATIONS);
      expect(myInvitations).toEqual([
        { id: invited.id, email: invitee.user.email, role: 'MENTOR', status: 'PENDING', chapter: { slug: chapter.slug, name: chapter.name } },
      ]);

      const stranger = await t.factories.asStudent();
      expect((await stranger.client.ok(MY_INVITATIONS)).myInvitations).toEqual([]);
      expect(await stranger.client.code(ACCEPT, { input: { id: invited.id } })).toBe('FORBIDDEN');
      expect(await membershipsOf(stranger.user.id)).toHaveLength(0);

      const accepted = (await invitee.client.ok(ACCEPT, { input: { id: invited.id } })).acceptInvitation;
      expect(accepted).toMatchObject({ role: 'MENTOR', chapterId: chapter.id });
      expect((await invitee.client.ok(MY_INVITATIONS)).myInvitations).toEqual([]);
      expect((await invitee.client.ok(MY_CHAPTERS)).myChapters).toEqual([{ id: chapter.id, slug: chapter.slug, name: chapter.name }]);
    });

    // After an admin removes a member, the old link must not quietly give the role back,
    // nor answer with an internal error.
    it('refuses an accepted link again once the member was removed', async () => {
      const { chapter, client: admin } = await t.factories.asChapterAdmin();
      const invitee = await t.factories.asStudent();
      await admin.ok(INVITE, { input: { chapterId: chapter.id, email: invitee.user.email } });
      const token = await mailedToken(invitee.user.email);
      const membership = (await invitee.client.ok(ACCEPT, { input: { token } })).acceptInvitation;
      await admin.ok(REMOVE, { id: membership.id });

      const res = await invitee.client.gql(ACCEPT, { input: { token } });
      expect(await membershipsOf(invitee.user.id)).toHaveLength(0);
      expect(res.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    });
  });

  describe('inviteToChapter and revokeInvitation', () => {
    it('lets a chapter admin invite a mentor (the default role) by email', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const email = newEmail();
      const invited = (await client.ok(INVITE, { input: { chapterId: chapter.id, email: `  ${email.toUpperCase()} ` } })).inviteToChapter;
      expect(invited).toMatchObject({ chapterId: chapter.id, email, role: 'MENTOR', status: 'PENDING', chapter: { slug: chapter.slug } });
      expect(Date.parse(invited.expiresAt)).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);

      const mail = await t.db.getRepository(OutboxEntity).findOneByOrFail({ toAddress: email });
      expect(mail).toMatchObject({ kind: 'chapter-invitation', status: 'HELD' });
      expect(mail.subject).toContain('mentor');
      expect(mail.subject).toContain(chapter.name);
      expect(mail.textBody).toContain(`${t.config.publicUrl}/invitations/accept?token=`);
    });

    it('refuses the admin of another chapter, a mentor, a student and an anonymous caller', async () => {
      const { chapter } = await t.factories.asChapterAdmin();
      const otherAdmin = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      const student = await t.factories.asStudent();
      const email = newEmail();
      const input = { chapterId: chapter.id, email };
      expect(await otherAdmin.client.code(INVITE, { input })).toBe('FORBIDDEN');
      expect(await mentor.client.code(INVITE, { input })).toBe('FORBIDDEN');
      expect(await student.client.code(INVITE, { input })).toBe('FORBIDDEN');
      expect(await t.anon().code(INVITE, { input })).toBe('UNAUTHENTICATED');
      expect(await t.db.getRepository(InvitationEntity).countBy({ email })).toBe(0);
      expect(await t.db.getRepository(OutboxEntity).countBy({ toAddress: email })).toBe(0);
    });

    it('refuses to invite someone who already is a mentor of the chapter', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      const res = await client.gql(INVITE, { input: { chapterId: chapter.id, email: mentor.user.email.toUpperCase() } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.email?.[0]).toMatch(/already a mentor/);
      expect(await t.db.getRepository(InvitationEntity).countBy({ email: mentor.user.email })).toBe(0);
      // A bad address is a field error too.
      const bad = await client.gql(INVITE, { input: { chapterId: chapter.id, email: 'nope' } });
      expect(Object.keys(bad.errors?.[0].extensions?.fields ?? {})).toEqual(['email']);
    });

    it('replaces an open invitation when the same person is invited again', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const email = newEmail();
      const first = (await client.ok(INVITE, { input: { chapterId: chapter.id, email } })).inviteToChapter;
      const oldToken = await mailedToken(email);
      const second = (await client.ok(INVITE, { input: { chapterId: chapter.id, email } })).inviteToChapter;
      const newToken = await mailedToken(email);
      expect(second.id).not.toBe(first.id);
      expect(newToken).not.toBe(oldToken);
      expect(await t.db.getRepository(OutboxEntity).countBy({ toAddress: email })).toBe(2);

      const nodes = (await client.ok(INVITATIONS, { chapterId: chapter.id })).chapterInvitations.nodes;
      expect(nodes).toEqual([
        { id: second.id, email, role: 'MENTOR', status: 'PENDING' },
        { id: first.id, email, role: 'MENTOR', status: 'REVOKED' },
      ]);

      const { client: invitee } = await signUp(email);
      expect(await invitee.code(ACCEPT, { input: { token: oldToken } })).toBe('INVALID_TOKEN');
      expect((await invitee.ok(ACCEPT, { input: { token: newToken } })).acceptInvitation.role).toBe('MENTOR');
    });

    it('lets the chapter’s own admin revoke an invitation, and nobody from elsewhere', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const otherAdmin = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      const invited = (await client.ok(INVITE, { input: { chapterId: chapter.id, email: newEmail() } })).inviteToChapter;

      expect(await otherAdmin.client.code(REVOKE, { id: invited.id })).toBe('FORBIDDEN');
      expect(await mentor.client.code(REVOKE, { id: invited.id })).toBe('FORBIDDEN');
      expect((await t.db.getRepository(InvitationEntity).findOneByOrFail({ id: invited.id })).revokedAt).toBeNull();

      expect((await client.ok(REVOKE, { id: invited.id })).revokeInvitation).toEqual({ id: invited.id, status: 'REVOKED' });
      expect((await t.db.getRepository(InvitationEntity).findOneByOrFail({ id: invited.id })).revokedAt).toBeInstanceOf(Date);
      // Revoking again is harmless; an unknown id is NOT_FOUND.
      expect((await client.ok(REVOKE, { id: invited.id })).revokeInvitation.status).toBe('REVOKED');
      expect(await client.code(REVOKE, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    });

    it('refuses to revoke an invitation that was already accepted', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const invitee = await t.factories.asStudent();
      const invited = (await client.ok(INVITE, { input: { chapterId: chapter.id, email: invitee.user.email } })).inviteToChapter;
      await invitee.client.ok(ACCEPT, { input: { id: invited.id } });
      expect(await client.code(REVOKE, { id: invited.id })).toBe('CONFLICT');
    });
  });

  describe('chapterMembers and chapterInvitations', () => {
    it('are visible to the chapter’s own admin and to a platform admin only', async () => {
      const { chapter, user: admin, client } = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      await client.ok(INVITE, { input: { chapterId: chapter.id, email: newEmail() } });
      const otherAdmin = await t.factories.asChapterAdmin();
      const student = await t.factories.asStudent();

      for (const viewer of [client, platform]) {
        const members = (await viewer.ok(MEMBERS, { chapterId: chapter.id })).chapterMembers;
        expect(members.totalCount).toBe(2);
        expect(members.nodes.map((n: Node) => [n.userId, n.email, n.role])).toEqual([
          [admin.id, admin.email, 'CHAPTER_ADMIN'],
          [mentor.user.id, mentor.user.email, 'MENTOR'],
        ]);
        expect((await viewer.ok(INVITATIONS, { chapterId: chapter.id })).chapterInvitations.totalCount).toBe(1);
      }
      for (const query of [MEMBERS, INVITATIONS]) {
        expect(await otherAdmin.client.code(query, { chapterId: chapter.id })).toBe('FORBIDDEN');
        expect(await mentor.client.code(query, { chapterId: chapter.id })).toBe('FORBIDDEN');
        expect(await student.client.code(query, { chapterId: chapter.id })).toBe('FORBIDDEN');
        expect(await t.anon().code(query, { chapterId: chapter.id })).toBe('UNAUTHENTICATED');
        expect(await platform.code(query, { chapterId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      }
    });

    it('page through members and invitations with cursors', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      for (let i = 0; i < 4; i++) await t.factories.asMentor(chapter);
      for (let i = 0; i < 5; i++) await client.ok(INVITE, { input: { chapterId: chapter.id, email: newEmail() } });

      for (const [query, key] of [
        [MEMBERS, 'chapterMembers'],
        [INVITATIONS, 'chapterInvitations'],
      ] as const) {
        const idOf = (n: Node) => n.membershipId ?? n.id;
        const seen: string[] = [];
        let after: string | undefined;
        const pages: { size: number; hasNextPage: boolean }[] = [];
        for (;;) {
          const page = (await client.ok(query, { chapterId: chapter.id, first: 2, after }))[key];
          expect(page.totalCount).toBe(5);
          seen.push(...page.nodes.map(idOf));
          pages.push({ size: page.nodes.length, hasNextPage: page.pageInfo.hasNextPage });
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
          expect(after).toEqual(expect.any(String));
        }
        expect(pages).toEqual([
          { size: 2, hasNextPage: true },
          { size: 2, hasNextPage: true },
          { size: 1, hasNextPage: false },
        ]);
        const all = (await client.ok(query, { chapterId: chapter.id }))[key].nodes.map(idOf);
        expect(seen).toEqual(all);
        expect(new Set(seen).size).toBe(5);
      }
    });

    it('cap the page size at 100 and refuse a bad cursor', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      await t.db.query(
        `WITH u AS (
           INSERT INTO app_user (email, password_hash, display_name, time_zone)
           SELECT 'bulk' || g || '-' || $2 || '@example.org', 'x', 'Bulk ' || g, 'UTC' FROM generate_series(1, 104) g
           RETURNING id)
         INSERT INTO chapter_membership (chapter_id, user_id, role) SELECT $1, id, 'MENTOR' FROM u`,
        [chapter.id, uid()],
      );
      await t.db.query(
        `INSERT INTO chapter_invitation (chapter_id, email, role, token_hash, expires_at)
         SELECT $1, 'bulk' || g || '@example.org', 'MENTOR', md5($2 || g) || md5(g || $2), now() + interval '1 day'
           FROM generate_series(1, 105) g`,
        [chapter.id, uid()],
      );
      for (const [query, key, total] of [
        [MEMBERS, 'chapterMembers', 105],
        [INVITATIONS, 'chapterInvitations', 105],
      ] as const) {
        const page = (await client.ok(query, { chapterId: chapter.id, first: 1000 }))[key];
        expect(page.nodes).toHaveLength(100);
        expect(page.totalCount).toBe(total);
        expect(page.pageInfo.hasNextPage).toBe(true);
        const rest = (await client.ok(query, { chapterId: chapter.id, first: 1000, after: page.pageInfo.endCursor }))[key];
        expect(rest.nodes).toHaveLength(5);
        expect(rest.pageInfo.hasNextPage).toBe(false);
        // The default page is 25.
        expect((await client.ok(query, { chapterId: chapter.id }))[key].nodes).toHaveLength(25);

        for (const after of ['not-a-cursor', Buffer.from('o:-3').toString('base64url')]) {
          const res = await client.gql(query, { chapterId: chapter.id, after });
          expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
          expect(res.errors?.[0].extensions?.fields?.after).toBeDefined();
        }
      }
    });
  });

  describe('updateChapter', () => {
    const edit = (chapter: Node, over: Record<string, unknown> = {}) => ({
      id: chapter.id,
      expectedVersion: chapter.version,
      name: `Renamed ${uid()}`,
      region: 'TX',
      timeZone: 'America/Chicago',
      description: 'New description',
      ...over,
    });

    it('applies an edit made on the current version and bumps the version', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const input = edit(chapter);
      const updated = (await client.ok(UPDATE, { input })).updateChapter;
      expect(updated).toMatchObject({
        id: chapter.id,
        slug: chapter.slug,
        name: input.name,
        region: 'TX',
        regionName: 'Texas',
        timeZone: 'America/Chicago',
        description: 'New description',
        version: chapter.version + 1,
      });
      expect((await t.anon().ok(CHAPTER, { slug: chapter.slug })).chapter).toMatchObject({ name: input.name, version: chapter.version + 1 });
      // A platform admin may edit any chapter.
      const again = (await platform.ok(UPDATE, { input: edit(updated) })).updateChapter;
      expect(again.version).toBe(chapter.version + 2);
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      await client.ok(UPDATE, { input: edit(chapter, { name: 'First edit' }) });
      expect(await client.code(UPDATE, { input: edit(chapter, { name: 'Stale edit' }) })).toBe('CONFLICT');
      const stored = await t.db.getRepository(ChapterEntity).findOneByOrFail({ id: chapter.id });
      expect(stored).toMatchObject({ name: 'First edit', version: chapter.version + 1 });
    });

    it('refuses the admin of another chapter, a mentor, and bad fields', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const otherAdmin = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      expect(await otherAdmin.client.code(UPDATE, { input: edit(chapter) })).toBe('FORBIDDEN');
      expect(await mentor.client.code(UPDATE, { input: edit(chapter) })).toBe('FORBIDDEN');
      const bad = await client.gql(UPDATE, { input: edit(chapter, { region: 'ZZ', timeZone: 'Nowhere/Land' }) });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(bad.errors![0].extensions!.fields!).sort()).toEqual(['region', 'timeZone']);
      const stored = await t.db.getRepository(ChapterEntity).findOneByOrFail({ id: chapter.id });
      expect(stored).toMatchObject({ name: chapter.name, region: chapter.region, version: chapter.version });
    });
  });

  describe('removeChapterMember', () => {
    it('removes a mentor, who then no longer sees the chapter as theirs', async () => {
      const { chapter, client } = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      const [membership] = await membershipsOf(mentor.user.id);
      expect((await mentor.client.ok(MY_CHAPTERS)).myChapters).toHaveLength(1);

      expect((await client.ok(REMOVE, { id: membership.id })).removeChapterMember).toEqual({ id: membership.id, role: 'MENTOR', chapterId: chapter.id });
      expect(await membershipsOf(mentor.user.id)).toHaveLength(0);
      expect((await mentor.client.ok(MY_CHAPTERS)).myChapters).toEqual([]);
      expect((await mentor.client.ok(VIEWER)).viewer.roles).toEqual(['STUDENT']);
      expect(await client.code(REMOVE, { id: membership.id })).toBe('NOT_FOUND');
    });

    it('keeps the last admin, but lets one of two admins go', async () => {
      const { chapter, user, client } = await t.factories.asChapterAdmin();
      const [own] = await membershipsOf(user.id);
      expect(await client.code(REMOVE, { id: own.id })).toBe('CONFLICT');
      expect(await platform.code(REMOVE, { id: own.id })).toBe('CONFLICT');
      expect(await membershipsOf(user.id)).toHaveLength(1);

      const second = await t.factories.asChapterAdmin(chapter);
      const [secondMembership] = await membershipsOf(second.user.id);
      await client.ok(REMOVE, { id: secondMembership.id });
      expect(await t.db.getRepository(MembershipEntity).countBy({ chapterId: chapter.id, role: 'CHAPTER_ADMIN' })).toBe(1);
    });

    it('refuses the admin of another chapter and a mentor; an unknown id is NOT_FOUND', async () => {
      const { chapter } = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor(chapter);
      const [membership] = await membershipsOf(mentor.user.id);
      const otherAdmin = await t.factories.asChapterAdmin();
      const otherMentor = await t.factories.asMentor(chapter);
      expect(await otherAdmin.client.code(REMOVE, { id: membership.id })).toBe('FORBIDDEN');
      expect(await otherMentor.client.code(REMOVE, { id: membership.id })).toBe('FORBIDDEN');
      expect(await t.anon().code(REMOVE, { id: membership.id })).toBe('UNAUTHENTICATED');
      expect(await membershipsOf(mentor.user.id)).toHaveLength(1);

      expect(await otherAdmin.client.code(REMOVE, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      expect(await otherAdmin.client.code(REMOVE, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
    });
  });

  describe('public pages and my chapters', () => {
    it('shows a chapter by slug and the list of chapters to anyone', async () => {
      const { chapter } = await chapterWithInvite();
      const anon = t.anon();
      expect((await anon.ok(CHAPTER, { slug: chapter.slug })).chapter).toEqual(chapter);
      expect(await anon.code(CHAPTER, { slug: `${chapter.slug}-missing` })).toBe('NOT_FOUND');
      expect(await anon.code(CHAPTER, { slug: 'Not A Slug' })).toBe('NOT_FOUND');

      const total = await count(ChapterEntity);
      const slugs: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = (await anon.ok(CHAPTERS, { first: 100, after })).chapters;
        expect(page.totalCount).toBe(total);
        slugs.push(...page.nodes.map((n: Node) => n.slug));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(slugs).toHaveLength(total);
      expect(slugs).toContain(chapter.slug);
      const small = (await anon.ok(CHAPTERS, { first: 2 })).chapters;
      expect(small.nodes).toHaveLength(2);
      expect(small.pageInfo.hasNextPage).toBe(total > 2);
    });

    it('lists in myChapters only the chapters where the viewer has a role', async () => {
      const a = await t.factories.chapter({ name: `B chapter ${uid()}` });
      const b = await t.factories.chapter({ name: `A chapter ${uid()}` });
      await t.factories.chapter(); // not theirs
      const { user, client } = await t.factories.asMentor(a);
      await t.factories.membership(b.id, user.id, 'CHAPTER_ADMIN');
      expect((await client.ok(MY_CHAPTERS)).myChapters).toEqual([
        { id: b.id, slug: b.slug, name: b.name },
        { id: a.id, slug: a.slug, name: a.name },
      ]);
      expect((await (await t.factories.asStudent()).client.ok(MY_CHAPTERS)).myChapters).toEqual([]);
      expect(await t.anon().code(MY_CHAPTERS)).toBe('UNAUTHENTICATED');
      expect(await t.anon().code(MY_INVITATIONS)).toBe('UNAUTHENTICATED');
    });
  });

  describe('query cost', () => {
    it('costs the same number of SQL statements for 1 membership as for 6 (no N+1)', async () => {
      async function adminWith(n: number): Promise<GqlClient> {
        const { user, client } = await t.factories.asChapterAdmin();
        for (let i = 1; i < n; i++) await t.factories.membership((await t.factories.chapter()).id, user.id, 'CHAPTER_ADMIN');
        for (let i = 0; i < n; i++) {
          const other = await t.factories.chapter();
          await platform.ok(INVITE, { input: { chapterId: other.id, email: user.email } });
        }
        const home = await client.ok(HOME);
        expect(home.viewer.memberships).toHaveLength(n);
        expect(home.myChapters).toHaveLength(n);
        expect(home.myInvitations).toHaveLength(n);
        for (const m of home.viewer.memberships) expect(m.chapter.slug).toEqual(expect.any(String));
        for (const i of home.myInvitations) expect(i.chapter.name).toEqual(expect.any(String));
        return client;
      }
      const one = await adminWith(1);
      const six = await adminWith(6);
      const costOne = await one.countQueries(HOME);
      const costSix = await six.countQueries(HOME);
      expect(costOne).toBeGreaterThan(0);
      expect(costSix).toBe(costOne);
      expect(costSix).toBeLessThanOrEqual(10);
    });
  });
});
