import { DateTime } from '@gantry/shared';
import { startTestApp, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import { RemindersService } from './reminders.service';

const ZONE = 'America/Denver';
const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id title sessions { id startsAt version } } }`;
const SET_STATUS = `mutation S($id: ID!, $status: CohortStatus!) { setCohortStatus(id: $id, status: $status) { id status } }`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { id status } }`;
const ADD_CO = `mutation A($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt sequence version } }`;
const CANCEL = `mutation C($id: ID!) { cancelSession(sessionId: $id) { id status } }`;
const MAKEUP = `mutation M($input: MakeupSessionInput!) { addMakeupSession(input: $input) { id startsAt } }`;

type Node = Record<string, any>;

function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  return {
    chapterId,
    title: `Reminders ${uid()}`,
    modalityCodes: ['CT'],
    capacity: 2,
    timeZone: ZONE,
    meetingUrl: 'https://zoom.us/j/246810',
    pattern: { startDate: DateTime.utc().setZone(ZONE).plus({ days: 5 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 3 },
    ...over,
  };
}

const iso = (d: Date | string) => new Date(d).toISOString();

describe('session reminders', () => {
  let t: TestApp;
  let reminders: RemindersService;
  beforeAll(async () => {
    t = await startTestApp();
    reminders = t.app.get(RemindersService);
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * A cohort (capacity 2) with a lead and a co-mentor, two enrolled students (one in New York)
   * and a waitlisted one: four people get each reminder.
   */
  async function setup(opts: { draft?: boolean } = {}) {
    const lead = await t.factories.asMentor();
    const cohort = (await lead.client.ok(CREATE, { input: cohortInput(lead.chapter.id) })).createCohort;
    const co = await t.factories.asMentor(lead.chapter);
    await lead.client.ok(ADD_CO, { id: cohort.id, email: co.user.email });
    if (opts.draft) return { lead, co, cohort, enrolled: [], waitlisted: undefined, recipients: [lead.user.email, co.user.email] };
    await lead.client.ok(SET_STATUS, { id: cohort.id, status: 'OPEN' });
    const east = await t.factories.user({ timeZone: 'America/New_York' });
    const people = [{ user: east, client: await t.factories.clientFor(east) }, await t.factories.asStudent(), await t.factories.asStudent()];
    for (const p of people) await p.client.ok(ENROLL, { id: cohort.id });
    const enrolled = people.slice(0, 2);
    return { lead, co, cohort, enrolled, waitlisted: people[2], recipients: [...enrolled.map((p) => p.user.email), lead.user.email, co.user.email].sort() };
  }

  async function rowsOf(sessionId: string): Promise<Record<string, { due: string; sent: string | null }>> {
    const rows: { kind: string; due_at: Date; sent_at: Date | null }[] = await t.db.query(`SELECT kind, due_at, sent_at FROM session_reminder WHERE session_id = $1`, [sessionId]);
    return Object.fromEntries(rows.map((r) => [r.kind, { due: iso(r.due_at), sent: r.sent_at && iso(r.sent_at) }]));
  }

  /** Make a session's reminders due now, as if the clock had reached them. */
  async function makeDue(sessionId: string, kind?: '24H' | '1H'): Promise<number> {
    const [, n]: [unknown, number] = await t.db.query(
      `UPDATE session_reminder SET due_at = now() - interval '1 minute' WHERE session_id = $1 AND ($2::text IS NULL OR kind = $2) RETURNING id`,
      [sessionId, kind ?? null],
    );
    return n;
  }

  async function reminderMails(kind: string, cohortId: string): Promise<{ to_address: string; subject: string; text_body: string; dedupe_key: string }[]> {
    return t.db.query(
      `SELECT to_address, subject, text_body, dedupe_key FROM email_outbox WHERE kind = $1 AND text_body LIKE $2 ORDER BY to_address, created_at`,
      [kind, `%/cohorts/${cohortId}%`],
    );
  }

  it('plans a 24-hour and a 1-hour reminder for every session when a cohort is created or a make-up added', async () => {
    const { lead, cohort } = await setup({ draft: true });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM session_reminder r JOIN cohort_session s ON s.id = r.session_id WHERE s.cohort_id = $1`,
      [cohort.id],
    );
    expect(n).toBe(6);
    for (const s of cohort.sessions as Node[]) {
      const start = DateTime.fromISO(s.startsAt);
      expect(await rowsOf(s.id)).toEqual({
        '24H': { due: iso(start.minus({ hours: 24 }).toJSDate()), sent: null },
        '1H': { due: iso(start.minus({ hours: 1 }).toJSDate()), sent: null },
      });
    }
    const day = DateTime.fromISO(cohort.sessions[2].startsAt).setZone(ZONE).plus({ days: 2 }).toISODate();
    const made = (await lead.client.ok(MAKEUP, { input: { cohortId: cohort.id, localDate: day, localTime: '10:00', durationMinutes: 60 } })).addMakeupSession;
    expect(Object.keys(await rowsOf(made.id)).sort()).toEqual(['1H', '24H']);
  });

  it('sends a due reminder once to every enrolled student and mentor, in their own zone', async () => {
    const { cohort, recipients, enrolled, waitlisted } = await setup();
    const s = cohort.sessions[0];
    expect(await makeDue(s.id, '24H')).toBe(1);

    expect(await reminders.dispatchDue()).toBe(4);
    const mails = await reminderMails('session-reminder-24H', cohort.id);
    expect(mails.map((m) => m.to_address)).toEqual(recipients);
    expect(mails.some((m) => m.to_address === waitlisted!.user.email)).toBe(false);
    for (const m of mails) {
      expect(m.subject).toBe(`${cohort.title}: Session 1 tomorrow`);
      expect(m.text_body).toContain('Join: https://zoom.us/j/246810');
    }
    // The New York student reads 9 PM their time, with the cohort's 7 PM beside it.
    const east = mails.find((m) => m.to_address === enrolled[0].user.email)!;
    expect(east.text_body).toMatch(/9:00 PM E[SD]T \(7:00 PM M[SD]T cohort time\)/);

    expect((await rowsOf(s.id))['24H'].sent).not.toBeNull();
    expect((await rowsOf(s.id))['1H'].sent).toBeNull();
    // Nothing more is due: running again sends nothing.
    expect(await reminders.dispatchDue()).toBe(0);
    expect(await reminderMails('session-reminder-24H', cohort.id)).toHaveLength(4);
    expect(await reminderMails('session-reminder-1H', cohort.id)).toHaveLength(0);
  });

  it('sends each reminder once when two dispatchers run at the same moment', async () => {
    const { cohort, recipients } = await setup();
    for (const s of (cohort.sessions as Node[]).slice(0, 2)) expect(await makeDue(s.id)).toBe(2);

    const sent = await Promise.all([reminders.dispatchDue(), reminders.dispatchDue()]);
    expect(sent[0] + sent[1]).toBe(4 * recipients.length);
    expect(await reminders.dispatchDue()).toBe(0);
    const all = [...(await reminderMails('session-reminder-24H', cohort.id)), ...(await reminderMails('session-reminder-1H', cohort.id))];
    expect(all).toHaveLength(16);
    expect(new Set(all.map((m) => m.dedupe_key)).size).toBe(16);
    // Small batches racing each other: still once each.
    const third = cohort.sessions[2];
    await makeDue(third.id);
    const small = await Promise.all([reminders.dispatchDue(1), reminders.dispatchDue(1), reminders.dispatchDue(1)]);
    let total = small.reduce((a, b) => a + b, 0);
    for (let n = await reminders.dispatchDue(1); n > 0; n = await reminders.dispatchDue(1)) total += n;
    expect(total).toBe(2 * recipients.length);
  });

  it('sends nothing for a cancelled session, a cancelled cohort or a draft', async () => {
    // Cancelling a session drops its reminders.
    const a = await setup();
    await a.lead.client.ok(CANCEL, { id: a.cohort.sessions[0].id });
    expect(await rowsOf(a.cohort.sessions[0].id)).toEqual({});
    expect(await makeDue(a.cohort.sessions[0].id)).toBe(0);
    // A session cancelled while its reminder stayed behind (e.g. a race) is still not announced.
    await t.db.query(`UPDATE cohort_session SET status = 'CANCELLED' WHERE id = $1`, [a.cohort.sessions[1].id]);
    expect(await makeDue(a.cohort.sessions[1].id)).toBe(2);
    // A cancelled cohort and a draft: due reminders are claimed but not sent.
    const b = await setup();
    await makeDue(b.cohort.sessions[0].id);
    await b.lead.client.ok(SET_STATUS, { id: b.cohort.id, status: 'CANCELLED' });
    await t.db.query(`UPDATE cohort_session SET status = 'SCHEDULED' WHERE cohort_id = $1`, [b.cohort.id]);
    await t.db.query(
      `INSERT INTO session_reminder (session_id, kind, due_at) VALUES ($1, '24H', now() - interval '1 minute') ON CONFLICT (session_id, kind) DO UPDATE SET due_at = EXCLUDED.due_at, sent_at = NULL`,
      [b.cohort.sessions[0].id],
    );
    const c = await setup({ draft: true });
    expect(await makeDue(c.cohort.sessions[0].id)).toBe(2);

    expect(await reminders.dispatchDue()).toBe(0);
    for (const x of [a, b, c]) {
      expect(await reminderMails('session-reminder-24H', x.cohort.id)).toEqual([]);
      expect(await reminderMails('session-reminder-1H', x.cohort.id)).toEqual([]);
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM session_reminder WHERE sent_at IS NULL AND due_at <= now()`);
    expect(n).toBe(0);
  });

  it('re-plans a moved session’s reminders: a new due time, unsent again, and skipped when already past', async () => {
    const { lead, cohort, recipients } = await setup();
    const s = cohort.sessions[0];
    await makeDue(s.id, '24H');
    expect(await reminders.dispatchDue()).toBe(4);
    expect((await rowsOf(s.id))['24H'].sent).not.toBeNull();

    // A day later: both reminders wait for the new time again.
    const next = DateTime.fromISO(s.startsAt).setZone(ZONE).plus({ days: 1 });
    const moved = (
      await lead.client.ok(RESCHEDULE, { input: { sessionId: s.id, expectedVersion: s.version, localDate: next.toISODate(), localTime: '19:00', durationMinutes: 120 } })
    ).rescheduleSession;
    const start = DateTime.fromISO(moved.startsAt);
    expect(await rowsOf(s.id)).toEqual({
      '24H': { due: iso(start.minus({ hours: 24 }).toJSDate()), sent: null },
      '1H': { due: iso(start.minus({ hours: 1 }).toJSDate()), sent: null },
    });
    expect(await reminders.dispatchDue()).toBe(0);
    // When the new time's reminder comes due it goes out again, once.
    await makeDue(s.id, '24H');
    expect(await reminders.dispatchDue()).toBe(4);
    expect((await reminderMails('session-reminder-24H', cohort.id)).map((m) => m.to_address)).toEqual(recipients.flatMap((r) => [r, r]));

    // Moved to three hours from now: the 24-hour reminder's time has passed and is skipped, not sent late.
    const soon = DateTime.utc().plus({ hours: 3 }).setZone(ZONE).startOf('minute');
    const v = (await t.db.query(`SELECT version FROM cohort_session WHERE id = $1`, [s.id]))[0].version;
    const late = (
      await lead.client.ok(RESCHEDULE, { input: { sessionId: s.id, expectedVersion: v, localDate: soon.toISODate(), localTime: soon.toFormat('HH:mm'), durationMinutes: 120 } })
    ).rescheduleSession;
    const r = await rowsOf(s.id);
    expect(r['24H'].sent).not.toBeNull();
    expect(r['1H']).toEqual({ due: iso(DateTime.fromISO(late.startsAt).minus({ hours: 1 }).toJSDate()), sent: null });
    expect(await reminders.dispatchDue()).toBe(0);
    expect(await reminderMails('session-reminder-24H', cohort.id)).toHaveLength(8);
  });
});
