import request from 'supertest';
import ICAL from 'ical.js';
import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { uid } from '../testing/factories';
import type { ChapterEntity } from '../chapters/chapter.entity';

const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id title timeZone sessions { id startsAt endsAt sequence version } } }`;
const SET_STATUS = `mutation S($id: ID!, $status: CohortStatus!) { setCohortStatus(id: $id, status: $status) { id status } }`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { id status } }`;
const MOVE = `mutation M($id: ID!, $to: ID!) { moveEnrollment(id: $id, targetCohortId: $to) { id status } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt sequence } }`;
const CANCEL = `mutation C($id: ID!) { cancelSession(sessionId: $id) { id status sequence } }`;
const RESET = `mutation { resetCalendarFeed { url createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;
const FEED = `{ calendarFeed { url } }`;

type Node = Record<string, any>;

/** Wednesdays 2027-03-03 … 2027-03-31 at 19:00 local: across the US DST change of 2027-03-14. */
const DST_PATTERN = { startDate: '2027-03-01', weekday: 3, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 };

function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  return {
    chapterId,
    title: `Calendar ${uid()}`,
    modalityCodes: ['CT'],
    capacity: 10,
    timeZone: 'America/Denver',
    meetingUrl: `https://zoom.us/j/${Math.floor(Math.random() * 1e9)}`,
    meetingPasscode: 'pass',
    pattern: DST_PATTERN,
    ...over,
  };
}

interface ParsedEvent {
  uid: string;
  sequence: number;
  tzid: string | null;
  start: string;
  end: string;
  status: string;
  location: string;
  url: string;
  summary: string;
}

/** Parse with ical.js (an independent parser), registering each VTIMEZONE the file carries. */
function parse(text: string): { zones: string[]; events: ParsedEvent[]; name: string } {
  const comp = new ICAL.Component(ICAL.parse(text));
  expect(comp.name).toBe('vcalendar');
  expect(comp.getFirstPropertyValue('version')).toBe('2.0');
  expect(comp.getFirstPropertyValue('prodid')).toEqual(expect.any(String));
  const zones = comp.getAllSubcomponents('vtimezone');
  for (const z of zones) ICAL.TimezoneService.register(z);
  const events = comp.getAllSubcomponents('vevent').map((v): ParsedEvent => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      sequence: e.sequence,
      tzid: (v.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      status: String(v.getFirstPropertyValue('status')),
      location: String(v.getFirstPropertyValue('location')),
      url: String(v.getFirstPropertyValue('url')),
      summary: e.summary,
    };
  });
  return { zones: zones.map((z) => String(z.getFirstPropertyValue('tzid'))).sort(), events, name: String(comp.getFirstPropertyValue('x-wr-calname')) };
}

const iso = (d: string) => new Date(d).toISOString();

describe('calendar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function cohort(client: GqlClient, chapter: ChapterEntity, over: Record<string, unknown> = {}, open = true): Promise<Node> {
    const c = (await client.ok(CREATE, { input: cohortInput(chapter.id, over) })).createCohort;
    if (open) await client.ok(SET_STATUS, { id: c.id, status: 'OPEN' });
    return c;
  }

  async function feedPath(client: GqlClient): Promise<string> {
    const url = (await client.ok(RESET)).resetCalendarFeed.url as string;
    expect(url).toMatch(new RegExp(`^${t.config.publicUrl}/calendar/[A-Za-z0-9_-]{32}\\.ics$`));
    return new URL(url).pathname;
  }

  async function fetchFeed(path: string) {
    const res = await request(t.server).get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    return parse(res.text);
  }

  it('lists exactly the user’s sessions — enrolled and mentored cohorts, no one else’s, no drafts for students — with zones and links', async () => {
    const lead = await t.factories.asMentor();
    const denver = await cohort(lead.client, lead.chapter, { meetingUrl: 'https://zoom.us/j/111' });
    const hawaiiDraft = await cohort(lead.client, lead.chapter, { timeZone: 'Pacific/Honolulu', meetingUrl: 'https://zoom.us/j/222' }, false);
    const east = await t.factories.asMentor();
    const newYork = await cohort(east.client, east.chapter, { timeZone: 'America/New_York', meetingUrl: 'https://zoom.us/j/333', pattern: { ...DST_PATTERN, localTime: '20:00' } });
    const third = await t.factories.asMentor();
    const others = await cohort(third.client, third.chapter, { meetingUrl: 'https://zoom.us/j/444' });
    const full = await cohort(third.client, third.chapter, { capacity: 1, meetingUrl: 'https://zoom.us/j/555', pattern: { ...DST_PATTERN, localTime: '08:00' } });

    const student = await t.factories.asStudent();
    await student.client.ok(ENROLL, { id: denver.id });
    await student.client.ok(ENROLL, { id: newYork.id });
    await (await t.factories.asStudent()).client.ok(ENROLL, { id: full.id });
    expect((await student.client.ok(ENROLL, { id: full.id })).enroll.status).toBe('WAITLISTED');
    // Someone moved into the draft cohort does not see it until it is published.
    const moved = await t.factories.asStudent();
    const e = (await moved.client.ok(ENROLL, { id: denver.id })).enroll;
    expect((await lead.client.ok(MOVE, { id: e.id, to: hawaiiDraft.id })).moveEnrollment.status).toBe('ENROLLED');

    const mine = await fetchFeed(await feedPath(student.client));
    expect(mine.name).toBe('Gantry study sessions');
    expect(mine.zones).toEqual(['America/Denver', 'America/New_York']);
    expect(mine.events.map((x) => x.uid).sort()).toEqual([...denver.sessions, ...newYork.sessions].map((s: Node) => `${s.id}@gantry`).sort());
    for (const [c, zone, url, localTime] of [
      [denver, 'America/Denver', 'https://zoom.us/j/111', '19:00'],
      [newYork, 'America/New_York', 'https://zoom.us/j/333', '20:00'],
    ] as const) {
      for (const s of c.sessions as Node[]) {
        const ev = mine.events.find((x) => x.uid === `${s.id}@gantry`)!;
        expect(ev).toMatchObject({ tzid: zone, start: iso(s.startsAt), end: iso(s.endsAt), sequence: 0, status: 'CONFIRMED', location: url, url });
        expect(ev.summary).toContain(c.title);
        expect(DateTime.fromISO(ev.start).setZone(zone).toFormat('HH:mm')).toBe(localTime);
      }
    }
    expect(mine.events.some((x) => others.sessions.some((s: Node) => x.uid === `${s.id}@gantry`))).toBe(false);

    const mentorFeed = await fetchFeed(await feedPath(lead.client));
    expect(mentorFeed.zones).toEqual(['America/Denver', 'Pacific/Honolulu']);
    expect(mentorFeed.events.map((x) => x.uid).sort()).toEqual([...denver.sessions, ...hawaiiDraft.sessions].map((s: Node) => `${s.id}@gantry`).sort());
    for (const s of hawaiiDraft.sessions as Node[]) {
      const ev = mentorFeed.events.find((x) => x.uid === `${s.id}@gantry`)!;
      expect(ev).toMatchObject({ tzid: 'Pacific/Honolulu', start: iso(s.startsAt), location: 'https://zoom.us/j/222' });
    }

    const movedFeed = await fetchFeed(await feedPath(moved.client));
    expect(movedFeed.events).toEqual([]);
    expect(movedFeed.zones).toEqual([]);
  });

  it('keeps the UID across a reschedule while SEQUENCE rises, moves DTSTART to the right instant, and marks cancellations', async () => {
    const mentor = await t.factories.asMentor();
    const c = await cohort(mentor.client, mentor.chapter, { meetingUrl: 'https://zoom.us/j/777' });
    const student = await t.factories.asStudent();
    await student.client.ok(ENROLL, { id: c.id });
    const path = await feedPath(student.client);
    const [first, , third] = c.sessions as Node[];

    // First session (Wed 3/3, MST) to Monday 3/15 at 18:00, after the switch to MDT.
    await mentor.client.ok(RESCHEDULE, { input: { sessionId: first.id, expectedVersion: first.version, localDate: '2027-03-15', localTime: '18:00', durationMinutes: 90 } });
    await mentor.client.ok(CANCEL, { id: third.id });

    const feed = await fetchFeed(path);
    expect(feed.events).toHaveLength(5);
    const byId = (id: string) => feed.events.find((x) => x.uid === `${id}@gantry`)!;
    expect(byId(first.id)).toMatchObject({
      sequence: 1,
      status: 'CONFIRMED',
      tzid: 'America/Denver',
      start: '2027-03-16T00:00:00.000Z',
      end: '2027-03-16T01:30:00.000Z',
    });
    expect(byId(third.id)).toMatchObject({ sequence: 1, status: 'CANCELLED', start: iso(third.startsAt) });
    for (const s of (c.sessions as Node[]).filter((x) => x.id !== first.id && x.id !== third.id)) {
      expect(byId(s.id)).toMatchObject({ sequence: 0, status: 'CONFIRMED', start: iso(s.startsAt) });
    }

    // A second move raises SEQUENCE again.
    const v = (await t.db.query(`SELECT version FROM cohort_session WHERE id = $1`, [first.id]))[0].version;
    await mentor.client.ok(RESCHEDULE, { input: { sessionId: first.id, expectedVersion: v, localDate: '2027-03-16', localTime: '07:30', durationMinutes: 90 } });
    expect(byIdIn(await fetchFeed(path), first.id)).toMatchObject({ sequence: 2, start: '2027-03-16T13:30:00.000Z' });

    // Cancelling the whole cohort cancels every remaining session in the feed.
    await mentor.client.ok(SET_STATUS, { id: c.id, status: 'CANCELLED' });
    expect((await fetchFeed(path)).events.map((x) => x.status)).toEqual(Array(5).fill('CANCELLED'));
  });

  it('replaces the feed URL on reset (the old one answers 404), and revoking it turns it off', async () => {
    const mentor = await t.factories.asMentor();
    const c = await cohort(mentor.client, mentor.chapter);
    const student = await t.factories.asStudent();
    await student.client.ok(ENROLL, { id: c.id });
    expect((await student.client.ok(FEED)).calendarFeed).toBeNull();
    const oldPath = await feedPath(student.client);
    expect((await fetchFeed(oldPath)).events).toHaveLength(5);
    expect(new URL((await student.client.ok(FEED)).calendarFeed.url).pathname).toBe(oldPath);

    const newPath = await feedPath(student.client);
    expect(newPath).not.toBe(oldPath);
    expect((await request(t.server).get(oldPath)).status).toBe(404);
    expect((await fetchFeed(newPath)).events).toHaveLength(5);

    expect((await student.client.ok(REVOKE)).revokeCalendarFeed).toBe(true);
    expect((await request(t.server).get(newPath)).status).toBe(404);
    expect((await student.client.ok(FEED)).calendarFeed).toBeNull();
    expect((await student.client.ok(REVOKE)).revokeCalendarFeed).toBe(false);
    expect(await t.anon().code(RESET)).toBe('UNAUTHENTICATED');
  });

  it('answers 404 for malformed and unknown tokens', async () => {
    for (const path of ['/calendar/short.ics', `/calendar/${'A'.repeat(32)}.ics`, `/calendar/${'A'.repeat(65)}.ics`, '/calendar/%27%20OR%201%3D1.ics', `/calendar/${'A'.repeat(32)}`]) {
      const res = await request(t.server).get(path);
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/BEGIN:VCALENDAR/);
    }
  });

  it('downloads a single session as an attachment for people taking part, 401 without a session, 404 for others', async () => {
    const mentor = await t.factories.asMentor();
    const c = await cohort(mentor.client, mentor.chapter, { title: 'CRES: Spring 2027 / Denver', meetingUrl: 'https://zoom.us/j/888', capacity: 1 });
    const draft = await cohort(mentor.client, mentor.chapter, { pattern: { ...DST_PATTERN, localTime: '08:00' } }, false);
    const [enrolled, waitlisted, stranger] = [await t.factories.asStudent(), await t.factories.asStudent(), await t.factories.asStudent()];
    await enrolled.client.ok(ENROLL, { id: c.id });
    await waitlisted.client.ok(ENROLL, { id: c.id });
    const s = c.sessions[1];
    const get = (path: string, client?: GqlClient) => {
      const req = request(t.server).get(path);
      if (client?.cookie) req.set('cookie', client.cookie);
      return req;
    };

    expect((await get(`/calendar/sessions/${s.id}.ics`)).status).toBe(401);
    expect((await get(`/calendar/sessions/${s.id}.ics`, stranger.client)).status).toBe(404);
    expect((await get(`/calendar/sessions/${s.id}.ics`, waitlisted.client)).status).toBe(404);
    expect((await get(`/calendar/sessions/not-a-session.ics`, enrolled.client)).status).toBe(404);
    expect((await get(`/calendar/sessions/${draft.sessions[0].id}.ics`, enrolled.client)).status).toBe(404);

    const res = await get(`/calendar/sessions/${s.id}.ics`, enrolled.client);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="cres-spring-2027-denver-\d{4}-\d{2}-\d{2}\.ics"$/);
    expect(res.headers['cache-control']).toMatch(/no-store/);
    const one = parse(res.text);
    expect(one.zones).toEqual(['America/Denver']);
    expect(one.events).toEqual([expect.objectContaining({ uid: `${s.id}@gantry`, start: iso(s.startsAt), location: 'https://zoom.us/j/888', status: 'CONFIRMED' })]);

    // The mentor can download a draft's session.
    expect((await get(`/calendar/sessions/${draft.sessions[0].id}.ics`, mentor.client)).status).toBe(200);
  });

  it('names the single .ics after the session’s date in the cohort zone, whatever the server’s zone', async () => {
    const mentor = await t.factories.asMentor();
    // Pick a cohort zone in which the local date differs from the server's for a 19:00 session.
    const serverOffset = DateTime.local().offset / 60;
    const zone = serverOffset >= -5 ? 'Pacific/Honolulu' : 'Pacific/Kiritimati';
    const c = await cohort(mentor.client, mentor.chapter, { title: 'Island cohort', timeZone: zone });
    const s = c.sessions[0];
    const localDate = DateTime.fromISO(s.startsAt).setZone(zone).toISODate();
    expect(localDate).toBe('2027-03-03');
    expect(DateTime.fromISO(s.startsAt).toISODate()).not.toBe(localDate);
    const res = await request(t.server).get(`/calendar/sessions/${s.id}.ics`).set('cookie', mentor.client.cookie!);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="island-cohort-${localDate}.ics"`);
  });
});

function byIdIn(feed: { events: ParsedEvent[] }, id: string): ParsedEvent {
  return feed.events.find((x) => x.uid === `${id}@gantry`)!;
}
