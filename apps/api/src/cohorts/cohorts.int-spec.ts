import request from 'supertest';
import ICAL from 'ical.js';
import { DateTime } from '@gantry/shared';
import { startTestApp, type TestApp } from '../testing/test-app';

export const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id status version timeZone sessions { id number title startsAt endsAt sequence } } }`;
const PUBLISH = `mutation P($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`;
const ENROLL = `mutation E($id: ID!) { enroll(cohortId: $id) { id status waitlistPosition } }`;

/** A valid cohort input starting next week, weekly at 19:00 Denver time. */
export function cohortInput(chapterId: string, over: Record<string, unknown> = {}) {
  const start = DateTime.utc().setZone('America/Denver').plus({ days: 7 }).toISODate();
  return {
    chapterId,
    title: 'CRES study group — spring',
    description: 'Five two-hour sessions.',
    modalityCodes: ['CT', 'MRI'],
    capacity: 12,
    timeZone: 'America/Denver',
    meetingUrl: 'https://zoom.us/j/123456789',
    meetingPasscode: 'cres',
    pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
    ...over,
  };
}

describe('cohorts: the core flow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a mentor schedules five sessions, publishes, a student enrolls and subscribes to a valid calendar', async () => {
    const { client: mentor, chapter } = await t.factories.asMentor();
    const created = (await mentor.ok(CREATE, { input: cohortInput(chapter.id) })).createCohort;
    expect(created.status).toBe('DRAFT');
    expect(created.sessions).toHaveLength(5);
    for (const s of created.sessions) {
      expect(DateTime.fromISO(s.startsAt).setZone('America/Denver').toFormat('HH:mm')).toBe('19:00');
    }
    await mentor.ok(PUBLISH, { id: created.id });

    const { client: student } = await t.factories.asStudent();
    const e = (await student.ok(ENROLL, { id: created.id })).enroll;
    expect(e.status).toBe('ENROLLED');
    // A double click returns the same enrollment.
    expect((await student.ok(ENROLL, { id: created.id })).enroll.id).toBe(e.id);

    const page = await student.ok(`query($id: ID!) { cohort(id: $id) { meeting { url passcode } seats { enrolled left } viewerEnrollment { status } nextSession { number joinState startsAtViewer startsAtCohort } } }`, { id: created.id });
    expect(page.cohort.meeting.url).toBe('https://zoom.us/j/123456789');
    expect(page.cohort.seats).toEqual({ enrolled: 1, left: 11 });
    expect(page.cohort.nextSession.joinState).toBe('NOT_YET');

    const feed = (await student.ok(`mutation { resetCalendarFeed { url } }`)).resetCalendarFeed.url as string;
    const path = new URL(feed).pathname;
    const ics = await request(t.server).get(path);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(ics.text));
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = comp.getAllSubcomponents('vevent');
    expect(events).toHaveLength(5);
    expect(comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/Denver']);
    const first = new ICAL.Event(events[0]);
    expect(first.uid).toBe(`${created.sessions[0].id}@gantry`);
    expect(first.startDate.toJSDate().toISOString()).toBe(new Date(created.sessions[0].startsAt).toISOString());
    expect(String(events[0].getFirstPropertyValue('location'))).toBe('https://zoom.us/j/123456789');

    // Anonymous: the cohort is visible but its meeting link is not.
    const anon = await t.anon().ok(`query($id: ID!) { cohort(id: $id) { meeting { url } inviteCode } }`, { id: created.id });
    expect(anon.cohort).toEqual({ meeting: null, inviteCode: null });
  });
});
