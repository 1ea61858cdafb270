import { startTestApp, type TestApp, GqlClient } from '../testing/test-app';
import { TEST_PASSWORD, uid } from '../testing/factories';
import { OutboxEntity } from '../mail/outbox.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id email displayName timeZone roles } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id email } }`;
const VIEWER = `{ viewer { id email roles version timeZone displayName } }`;
const SIGN_OUT = `mutation { signOut }`;
const REQUEST_RESET = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE_PASSWORD = `mutation C($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const UPDATE_PROFILE = `mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName timeZone version } }`;

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const newEmail = () => `${uid('new')}@Example.org`;

  describe('sign up', () => {
    it('creates an account, signs in with an httpOnly SameSite cookie, and hashes with argon2id', async () => {
      const client = t.anon();
      const email = newEmail();
      const res = await client.gql(SIGN_UP, { input: { email, password: 'a long passphrase', displayName: ' Ana ', timeZone: 'America/Chicago' } });
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({ signUp: { email: email.toLowerCase(), displayName: 'Ana', timeZone: 'America/Chicago', roles: ['STUDENT'] } });
      const cookie = (res.headers['set-cookie'] as string[]).find((c) => c.startsWith('gantry_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      const stored = await t.db.getRepository(UserEntity).findOneByOrFail({ email: email.toLowerCase() });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect((await client.ok(VIEWER)).viewer.email).toBe(email.toLowerCase());
    });

    it('returns a field-level message for every bad field and creates nothing', async () => {
      const before = await t.db.getRepository(UserEntity).count();
      const res = await t.anon().gql(SIGN_UP, { input: { email: 'not-an-email', password: 'short', displayName: '', timeZone: 'Mars/Base' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0].extensions!.fields!).sort()).toEqual(['displayName', 'email', 'password', 'timeZone']);
      expect(await t.db.getRepository(UserEntity).count()).toBe(before);
    });

    it('refuses a second account for the same email, whatever its case', async () => {
      const email = newEmail();
      await t.anon().ok(SIGN_UP, { input: { email, password: 'a long passphrase', displayName: 'A', timeZone: 'UTC' } });
      const res = await t.anon().gql(SIGN_UP, { input: { email: email.toUpperCase(), password: 'a long passphrase', displayName: 'B', timeZone: 'UTC' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.email?.[0]).toMatch(/already exists/);
    });
  });

  describe('sign in and out', () => {
    it('answers a wrong password and an unknown email the same way', async () => {
      const user = await t.factories.user();
      const wrong = await t.anon().gql(SIGN_IN, { input: { email: user.email, password: 'wrong password!' } });
      const unknown = await t.anon().gql(SIGN_IN, { input: { email: `${uid('nobody')}@example.org`, password: 'wrong password!' } });
      expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });

    it('signs in, and signing out revokes the session on the server', async () => {
      const user = await t.factories.user();
      const client = t.anon();
      await client.ok(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
      const stolen = client.cookie;
      expect((await client.ok(VIEWER)).viewer.id).toBe(user.id);
      expect(await client.ok(SIGN_OUT)).toEqual({ signOut: true });
      // The old cookie no longer works, even if someone kept it.
      const replay = new GqlClient(t.server, stolen);
      expect((await replay.ok(VIEWER)).viewer).toBeNull();
      expect(await replay.code(SIGN_OUT)).toBe('UNAUTHENTICATED');
    });

    it('limits attempts per account, also for an unknown account, and says when to retry', async () => {
      const user = await t.factories.user();
      for (let i = 0; i < 10; i++) {
        const c = new GqlClient(t.server); // a different address each time
        expect(await c.code(SIGN_IN, { input: { email: user.email, password: 'wrong password!' } })).toBe('INVALID_CREDENTIALS');
      }
      const res = await t.anon().gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
      expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('limits attempts per address', async () => {
      const client = t.anon();
      let code: string | undefined;
      for (let i = 0; i < 51; i++) {
        code = await client.code(SIGN_IN, { input: { email: `${uid('any')}@example.org`, password: 'whatever pw' } });
      }
      expect(code).toBe('RATE_LIMITED');
    });
  });

  describe('password reset', () => {
    it('mails a single-use link, resets the password and ends every session', async () => {
      const user = await t.factories.user();
      const existing = await t.factories.clientFor(user);
      expect(await t.anon().ok(REQUEST_RESET, { input: { email: user.email.toUpperCase() } })).toEqual({ requestPasswordReset: true });
      const mail = await t.db.getRepository(OutboxEntity).findOneByOrFail({ toAddress: user.email, kind: 'password-reset' });
      expect(mail.status).toBe('HELD'); // no SMTP configured: kept for a platform admin to read
      const token = /reset-password\?token=([\w-]+)/.exec(mail.textBody)![1];

      expect(await t.anon().ok(RESET, { input: { token, newPassword: 'my brand new pass' } })).toEqual({ resetPassword: true });
      expect((await existing.ok(VIEWER)).viewer).toBeNull();
      expect(await t.anon().code(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } })).toBe('INVALID_CREDENTIALS');
      await t.anon().ok(SIGN_IN, { input: { email: user.email, password: 'my brand new pass' } });
      // Single use.
      expect(await t.anon().code(RESET, { input: { token, newPassword: 'another new pass' } })).toBe('INVALID_TOKEN');
    });

    it('answers the same for an unknown email and mails nothing', async () => {
      const email = `${uid('ghost')}@example.org`;
      expect(await t.anon().ok(REQUEST_RESET, { input: { email } })).toEqual({ requestPasswordReset: true });
      expect(await t.db.getRepository(OutboxEntity).countBy({ toAddress: email })).toBe(0);
    });

    it('refuses an expired or made-up token and a weak new password', async () => {
      expect(await t.anon().code(RESET, { input: { token: 'x'.repeat(43), newPassword: 'long enough pass' } })).toBe('INVALID_TOKEN');
      const res = await t.anon().gql(RESET, { input: { token: 'x'.repeat(43), newPassword: 'short' } });
      expect(res.errors?.[0].extensions?.fields?.newPassword).toBeDefined();

      const user = await t.factories.user();
      await t.anon().ok(REQUEST_RESET, { input: { email: user.email } });
      const mail = await t.db.getRepository(OutboxEntity).findOneByOrFail({ toAddress: user.email });
      const token = /token=([\w-]+)/.exec(mail.textBody)![1];
      await t.db.query(`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
      expect(await t.anon().code(RESET, { input: { token, newPassword: 'long enough pass' } })).toBe('INVALID_TOKEN');
    });
  });

  describe('change password and profile', () => {
    it('needs the current password and signs out the other sessions only', async () => {
      const user = await t.factories.user();
      const here = await t.factories.clientFor(user);
      const elsewhere = await t.factories.clientFor(user);
      const wrong = await here.gql(CHANGE_PASSWORD, { input: { currentPassword: 'not it at all', newPassword: 'new password here' } });
      expect(wrong.errors?.[0].extensions?.fields?.currentPassword).toBeDefined();
      await here.ok(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, newPassword: 'new password here' } });
      expect((await here.ok(VIEWER)).viewer.id).toBe(user.id);
      expect((await elsewhere.ok(VIEWER)).viewer).toBeNull();
      expect(await t.db.getRepository(SessionEntity).countBy({ userId: user.id })).toBe(2);
    });

    it('updates name and zone with optimistic locking', async () => {
      const { client } = await t.factories.asStudent();
      const { viewer } = await client.ok(VIEWER);
      const updated = await client.ok(UPDATE_PROFILE, { input: { displayName: 'New Name', timeZone: 'America/New_York', expectedVersion: viewer.version } });
      expect(updated.updateProfile).toMatchObject({ displayName: 'New Name', timeZone: 'America/New_York', version: viewer.version + 1 });
      // A second tab still holding the old version is told, not overwritten.
      expect(await client.code(UPDATE_PROFILE, { input: { displayName: 'Stale', timeZone: 'UTC', expectedVersion: viewer.version } })).toBe('CONFLICT');
      const bad = await client.gql(UPDATE_PROFILE, { input: { displayName: 'X', timeZone: 'Nowhere/Land', expectedVersion: viewer.version + 1 } });
      expect(bad.errors?.[0].extensions?.fields?.timeZone).toBeDefined();
      expect((await client.ok(VIEWER)).viewer.displayName).toBe('New Name');
    });

    it('requires a session', async () => {
      expect(await t.anon().code(UPDATE_PROFILE, { input: { displayName: 'X', timeZone: 'UTC', expectedVersion: 1 } })).toBe('UNAUTHENTICATED');
    });
  });
});
