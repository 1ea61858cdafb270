import { expect, test } from '@playwright/test';
import { DateTime } from 'luxon';
import { DEMO, expectNoSeriousA11yViolations, gql, signIn, stamp, uniqueEmail } from './support';

const COHORT_ZONE = 'America/Denver';
const STUDENT_ZONE = 'America/New_York';

test('a mentor’s live roster shows a student’s check-in as it happens, without reloading', async ({ browser }) => {
  test.setTimeout(180_000);
  const suffix = stamp();
  const title = `E2E live roster ${suffix}`;
  const studentName = `Rosa Live ${suffix}`;

  // ---- The mentor (Denver) schedules a one-session cohort starting in five minutes: inside the join window. ----
  const mentorContext = await browser.newContext({ timezoneId: COHORT_ZONE });
  const mentor = await mentorContext.newPage();
  await signIn(mentor, DEMO.mentor.email);
  const { viewer } = await gql<{ viewer: { memberships: { chapterId: string; role: string }[] } }>(mentor.request, 'query { viewer { memberships { chapterId role } } }');
  const chapterId = viewer.memberships[0]!.chapterId;
  const start = DateTime.now().setZone(COHORT_ZONE).plus({ minutes: 6 }).startOf('minute');
  const { createCohort } = await gql<{ createCohort: { id: string; sessions: { id: string }[] } }>(
    mentor.request,
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`,
    {
      input: {
        title,
        chapterId,
        capacity: 10,
        modalityCodes: ['CT'],
        timeZone: COHORT_ZONE,
        meetingUrl: 'https://zoom.us/j/95550100777',
        sessionTitles: ['CT: gantry, tube and detector'],
        pattern: { cadence: 'CUSTOM', count: 1, dates: [start.toISODate()], startDate: start.toISODate(), localTime: start.toFormat('HH:mm'), durationMinutes: 120 },
      },
    },
  );
  const cohortId = createCohort.id;
  const sessionId = createCohort.sessions[0]!.id;
  await gql(mentor.request, 'mutation ($id: ID!) { setCohortStatus(id: $id, status: OPEN) { id } }', { id: cohortId });

  // ---- A new student (New York) signs up and enrolls. ----
  const studentContext = await browser.newContext({ timezoneId: STUDENT_ZONE });
  const student = await studentContext.newPage();
  await gql(student.request, 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }', {
    input: { displayName: studentName, email: uniqueEmail('live-roster'), password: 'a-long-test-password', timeZone: STUDENT_ZONE },
  });
  await gql(student.request, 'mutation ($cohortId: ID!) { enroll(cohortId: $cohortId) { id status } }', { cohortId });

  // ---- The mentor opens the roster: the student is missing, updates are live. ----
  await mentor.goto(`/cohorts/${cohortId}/sessions/${sessionId}/roster`);
  await expect(mentor.getByRole('heading', { level: 1, name: 'Roster: session 1' })).toBeVisible();
  const row = mentor.getByRole('row', { name: new RegExp(`^${studentName}`) });
  await expect(row).toHaveAttribute('data-status', 'MISSING');
  await expect(row).toContainText('Not checked in');
  await expect(mentor.getByTestId('count-missing')).toHaveText('1Missing');
  await expect(mentor.getByTestId('live-indicator')).toHaveAttribute('data-live', 'true');
  // Let the subscription reach the server before the check-in happens.
  await mentor.waitForTimeout(1_500);
  await expectNoSeriousA11yViolations(mentor, 'the live roster');

  // ---- The student checks in on the session page. ----
  await student.goto(`/cohorts/${cohortId}/sessions/${sessionId}`);
  const join = student.getByRole('region', { name: 'Join' });
  await expect(join.getByRole('link', { name: 'Join session' })).toHaveAttribute('href', 'https://zoom.us/j/95550100777');
  await join.getByRole('button', { name: 'Check in' }).dblclick();
  await expect(join.getByTestId('check-in-status')).toHaveText(/^Checked in at \d{1,2}:\d{2} [AP]M \(your time\) · Present$/);
  await expectNoSeriousA11yViolations(student, 'the session page after checking in');

  // ---- The mentor's roster shows it without a reload, and says so. ----
  await expect(row).toHaveAttribute('data-status', 'PRESENT');
  await expect(mentor.getByTestId('roster-announcer')).toHaveText(`${studentName} checked in`);
  await expect(mentor.getByTestId('count-in')).toHaveText('1In');
  await expect(mentor.getByTestId('count-missing')).toHaveText('0Missing');
  // Joined at, in the mentor's zone (Denver).
  await expect(row).toContainText(/\d{1,2}:\d{2} [AP]M/);

  // Checking in again (another tab) changes nothing: one record, still present.
  await student.reload();
  await expect(student.getByRole('region', { name: 'Join' }).getByTestId('check-in-status')).toHaveText(/^Checked in at .+ · Present$/);
  await expect(student.getByRole('region', { name: 'Join' }).getByRole('button', { name: 'Check in' })).toHaveCount(0);

  // ---- The cohort's attendance grid has it too; on a 375 px phone only the table scrolls sideways. ----
  await mentor.goto(`/cohorts/${cohortId}/attendance`);
  await expect(mentor.getByRole('heading', { level: 1, name: 'Attendance' })).toBeVisible();
  const gridRow = mentor.getByTestId('attendance-row').filter({ hasText: studentName });
  await expect(gridRow.getByTestId('attendance-cell').first()).toHaveAttribute('data-status', 'PRESENT');
  await expect(mentor.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', `/exports/cohorts/${cohortId}/attendance.csv`);
  await expectNoSeriousA11yViolations(mentor, 'the attendance grid');
  await mentor.setViewportSize({ width: 375, height: 740 });
  await expect(gridRow).toBeVisible();
  expect(await mentor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the attendance page scrolls sideways at 375 px').toBe(true);

  await studentContext.close();
  await mentorContext.close();
});
