import { MemoryTransport, outboxOf, startTestApp, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { OutboxEntity } from './outbox.entity';
import type { OutgoingMail } from './mail-transport';

const REQUEST_RESET = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const OUTBOX = `query O($first: Int, $after: String, $to: String) {
  outboxMessages(first: $first, after: $after, to: $to) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id to subject kind status attempts lastError createdAt sentAt }
  }
}`;

/** The in-memory transport, plus a gate a test can close to hold a delivery mid-send. */
class GatedTransport extends MemoryTransport {
  calls = 0;
  private gate?: { open: Promise<void>; release: () => void; entered: () => void; reached: Promise<void> };

  /** The next send waits until `release()`; `reached` resolves once it is waiting. */
  hold(): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    let entered!: () => void;
    const open = new Promise<void>((r) => (release = r));
    const reached = new Promise<void>((r) => (entered = r));
    this.gate = { open, release, entered, reached };
    return { reached, release };
  }

  override async send(mail: OutgoingMail): Promise<void> {
    this.calls++;
    const gate = this.gate;
    if (gate) {
      this.gate = undefined;
      gate.entered();
      await gate.open;
    }
    return super.send(mail);
  }
}

describe('email outbox', () => {
  let t: TestApp;
  const transport = new GatedTransport();

  beforeAll(async () => {
    t = await startTestApp({ mail: transport });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    // Each test starts with nothing due, so one test's rows never reach another's transport.
    await t.db.query(`UPDATE email_outbox SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')`);
    transport.sent.length = 0;
    transport.failuresLeft = 0;
    transport.calls = 0;
  });

  const rows = () => t.db.getRepository(OutboxEntity);

  /** A user who asked for a password reset; returns the queued message. */
  async function resetRequested(): Promise<OutboxEntity> {
    const user = await t.factories.user();
    expect(await t.anon().ok(REQUEST_RESET, { input: { email: user.email } })).toEqual({ requestPasswordReset: true });
    const found = await rows().findBy({ toAddress: user.email });
    expect(found).toHaveLength(1);
    return found[0];
  }

  /** A message a crash left in SENDING long ago, and one another dispatcher claimed just now. */
  async function interruptedAndFresh(): Promise<{ stale: OutboxEntity; fresh: OutboxEntity }> {
    const stale = await resetRequested();
    await t.db.query(
      `UPDATE email_outbox SET status = 'SENDING', attempts = 1, next_attempt_at = now() - interval '1 hour' WHERE id = $1`,
      [stale.id],
    );
    const fresh = await resetRequested();
    await t.db.query(`UPDATE email_outbox SET status = 'SENDING', attempts = 1 WHERE id = $1`, [fresh.id]);
    return { stale, fresh };
  }

  describe('enqueue', () => {
    it('queues a password reset as PENDING, due now, when a transport is configured', async () => {
      const before = Date.now();
      const msg = await resetRequested();
      expect(msg).toMatchObject({ kind: 'password-reset', status: 'PENDING', attempts: 0, sentAt: null, lastError: null });
      expect(msg.subject).toBe('Reset your Gantry password');
      expect(msg.textBody).toMatch(/\/reset-password\?token=[\w-]+/);
      expect(msg.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      expect(msg.nextAttemptAt.getTime()).toBeGreaterThan(before - 60_000);
      // Nothing is handed to the transport until a dispatcher runs.
      expect(transport.sent).toHaveLength(0);
    });

    it('keeps one row for the same dedupe key enqueued twice', async () => {
      const key = uid('dedupe-');
      const to = `${uid('d')}@example.org`;
      const outbox = outboxOf(t);
      await outbox.enqueue(t.db.manager, { to, subject: 'First', text: 'one', kind: 'test', dedupeKey: key });
      await outbox.enqueue(t.db.manager, { to, subject: 'Second', text: 'two', kind: 'test', dedupeKey: key });
      const found = await rows().findBy({ dedupeKey: key });
      expect(found).toHaveLength(1);
      expect(found[0].subject).toBe('First');
      // Without a key, two enqueues are two messages.
      await outbox.enqueue(t.db.manager, { to, subject: 'Free', text: 'a', kind: 'test' });
      await outbox.enqueue(t.db.manager, { to, subject: 'Free', text: 'b', kind: 'test' });
      expect(await rows().countBy({ toAddress: to })).toBe(3);
    });

    it('enqueues inside the caller’s transaction: a rollback leaves no mail', async () => {
      const to = `${uid('rb')}@example.org`;
      await expect(
        t.db.transaction(async (m) => {
          await outboxOf(t).enqueue(m, { to, subject: 'Never', text: 'x', kind: 'test' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await rows().countBy({ toAddress: to })).toBe(0);
    });
  });

  describe('dispatch', () => {
    it('hands nothing to the transport when nothing is due', async () => {
      expect(await outboxOf(t).dispatchDue()).toBe(0);
      expect(transport.calls).toBe(0);
      expect(transport.sent).toEqual([]);
    });

    it('delivers a due message exactly once, with a stable message id, and marks it SENT', async () => {
      const msg = await resetRequested();
      expect(await outboxOf(t).dispatchDue()).toBe(1);
      expect(transport.sent).toHaveLength(1);
      expect(transport.sent[0]).toMatchObject({
        messageId: `<${msg.id}@gantry>`,
        from: t.config.mail.from,
        to: msg.toAddress,
        subject: msg.subject,
        text: msg.textBody,
      });
      const after = await rows().findOneByOrFail({ id: msg.id });
      expect(after).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
      expect(after.sentAt).toBeInstanceOf(Date);

      // Nothing left to do: a second run sends nothing more.
      expect(await outboxOf(t).dispatchDue()).toBe(0);
      expect(transport.sent).toHaveLength(1);
      expect(transport.calls).toBe(1);
    });

    it('never sends a message twice when two dispatchers run at once', async () => {
      const msgs = [await resetRequested(), await resetRequested(), await resetRequested()];
      const [a, b] = await Promise.all([outboxOf(t).dispatchDue(), outboxOf(t).dispatchDue()]);
      expect(a + b).toBe(3);
      expect(transport.sent.map((m) => m.messageId).sort()).toEqual(msgs.map((m) => `<${m.id}@gantry>`).sort());
      expect(transport.calls).toBe(3);
      for (const m of msgs) expect((await rows().findOneByOrFail({ id: m.id })).status).toBe('SENT');
      expect(await Promise.all([outboxOf(t).dispatchDue(), outboxOf(t).dispatchDue()])).toEqual([0, 0]);
      expect(transport.sent).toHaveLength(3);
    });

    it('keeps a failed message PENDING with a backoff, and retries it only when due', async () => {
      const msg = await resetRequested();
      transport.failuresLeft = 1;
      const before = Date.now();
      expect(await outboxOf(t).dispatchDue()).toBe(0);
      expect(transport.sent).toHaveLength(0);
      const failed = await rows().findOneByOrFail({ id: msg.id });
      expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
      expect(failed.lastError).toMatch(/451/);
      // First backoff is 30 seconds.
      expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 25_000);
      expect(failed.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 35_000);

      // Not due yet: left alone.
      expect(await outboxOf(t).dispatchDue()).toBe(0);
      expect(transport.calls).toBe(1);
      expect((await rows().findOneByOrFail({ id: msg.id })).attempts).toBe(1);

      // Due now: delivered, once.
      await t.db.query(`UPDATE email_outbox SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [msg.id]);
      expect(await outboxOf(t).dispatchDue()).toBe(1);
      expect(transport.sent).toHaveLength(1);
      expect(transport.sent[0].messageId).toBe(`<${msg.id}@gantry>`);
      const sent = await rows().findOneByOrFail({ id: msg.id });
      expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
      expect(sent.sentAt).toBeInstanceOf(Date);
    });

    it('gives up after the maximum number of attempts and marks the message FAILED', async () => {
      const msg = await resetRequested();
      transport.failuresLeft = 1000;
      for (let attempt = 1; attempt <= 8; attempt++) {
        await t.db.query(`UPDATE email_outbox SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [msg.id]);
        expect(await outboxOf(t).dispatchDue()).toBe(0);
        const row = await rows().findOneByOrFail({ id: msg.id });
        expect(row.attempts).toBe(attempt);
        expect(row.status).toBe(attempt < 8 ? 'PENDING' : 'FAILED');
      }
      expect(transport.calls).toBe(8);
      // FAILED is final: even when "due", it is not tried again.
      transport.failuresLeft = 0;
      await t.db.query(`UPDATE email_outbox SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [msg.id]);
      expect(await outboxOf(t).dispatchDue()).toBe(0);
      expect(transport.calls).toBe(8);
      expect(transport.sent).toHaveLength(0);
      expect((await rows().findOneByOrFail({ id: msg.id })).lastError).toMatch(/451/);
    });

    it('marks a message interrupted mid-send FAILED, and only such a message', async () => {
      const { stale, fresh } = await interruptedAndFresh();
      expect(await outboxOf(t).failInterrupted()).toBe(1);
      const row = await rows().findOneByOrFail({ id: stale.id });
      expect(row.status).toBe('FAILED');
      expect(row.lastError).toMatch(/interrupted/i);
      expect((await rows().findOneByOrFail({ id: fresh.id })).status).toBe('SENDING');
      expect(await outboxOf(t).failInterrupted()).toBe(0);
    });

    it('never resends a message interrupted mid-send', async () => {
      const { stale } = await interruptedAndFresh();
      await outboxOf(t).failInterrupted();
      expect(await outboxOf(t).dispatchDue()).toBe(0);
      expect(transport.calls).toBe(0);
      expect((await rows().findOneByOrFail({ id: stale.id })).status).toBe('FAILED');
    });

    // The SENDING lease runs from the claim, not from when the message first fell due.
    it('does not take a message being sent right now for an interrupted one', async () => {
      const msg = await resetRequested();
      await t.db.query(`UPDATE email_outbox SET next_attempt_at = now() - interval '1 hour' WHERE id = $1`, [msg.id]);
      const { reached, release } = transport.hold();
      const dispatching = outboxOf(t).dispatchDue();
      await reached; // claimed: SENDING, and the transport is busy with it
      try {
        expect((await rows().findOneByOrFail({ id: msg.id })).status).toBe('SENDING');
        expect(await outboxOf(t).failInterrupted()).toBe(0);
        expect((await rows().findOneByOrFail({ id: msg.id })).status).toBe('SENDING');
      } finally {
        release();
        await dispatching;
      }
    });
  });

  describe('outboxMessages query', () => {
    it('shows a platform admin the newest first, filtered by address, page by page', async () => {
      const to = `${uid('list')}@example.org`;
      for (let i = 1; i <= 3; i++) {
        await outboxOf(t).enqueue(t.db.manager, { to, subject: `Message ${i}`, text: `body ${i}`, kind: 'test' });
      }
      await outboxOf(t).enqueue(t.db.manager, { to: `${uid('other')}@example.org`, subject: 'Other', text: 'x', kind: 'test' });
      // One second apart, in the order written: the embedded database's clock can give
      // inserts this close together the same created_at, and ties come in id order.
      await t.db.query(
        `UPDATE email_outbox SET created_at = now() + make_interval(secs => CASE subject WHEN 'Message 1' THEN 1 WHEN 'Message 2' THEN 2 WHEN 'Message 3' THEN 3 ELSE 4 END)
          WHERE subject IN ('Message 1', 'Message 2', 'Message 3', 'Other') AND created_at > now() - interval '1 minute'`,
      );
      const { client } = await t.factories.asPlatformAdmin();

      const first = (await client.ok(OUTBOX, { to: to.toUpperCase(), first: 2 })).outboxMessages;
      expect(first.totalCount).toBe(3);
      expect(first.nodes.map((n: { subject: string }) => n.subject)).toEqual(['Message 3', 'Message 2']);
      expect(first.nodes.every((n: { to: string; status: string }) => n.to === to && n.status === 'PENDING')).toBe(true);
      expect(first.pageInfo.hasNextPage).toBe(true);

      const second = (await client.ok(OUTBOX, { to, first: 2, after: first.pageInfo.endCursor })).outboxMessages;
      expect(second.nodes.map((n: { subject: string }) => n.subject)).toEqual(['Message 1']);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(3);

      // Without a filter: everything, newest first.
      const all = (await client.ok(OUTBOX, { first: 100 })).outboxMessages;
      expect(all.totalCount).toBe(await rows().count());
      const times = all.nodes.map((n: { createdAt: string }) => Date.parse(n.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(all.nodes[0].subject).toBe('Other');
    });

    it('is refused to everyone but a platform admin', async () => {
      const chapterAdmin = await t.factories.asChapterAdmin();
      const mentor = await t.factories.asMentor();
      const student = await t.factories.asStudent();
      expect(await chapterAdmin.client.code(OUTBOX)).toBe('FORBIDDEN');
      expect(await mentor.client.code(OUTBOX)).toBe('FORBIDDEN');
      expect(await student.client.code(OUTBOX)).toBe('FORBIDDEN');
      expect(await t.anon().code(OUTBOX)).toBe('UNAUTHENTICATED');
    });

    it('answers a bad cursor with BAD_USER_INPUT', async () => {
      const { client } = await t.factories.asPlatformAdmin();
      const res = await client.gql(OUTBOX, { after: 'not-a-cursor' });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.after).toBeDefined();
    });
  });
});
