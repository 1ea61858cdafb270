import { expect, test, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { DEMO, emailField, expectNoSeriousA11yViolations, passwordField, signIn, uniqueEmail } from './support';

const COHORT_ZONE = 'America/Denver';
const STUDENT_ZONE = 'America/New_York';
const SEEDED = 'CRES study group — CT and MRI';

/** What the app shows for a session: the viewer's time, with the cohort's beside it when they differ. */
function shownTime(start: DateTime, viewerZone: string): string {
  const v = start.setZone(viewerZone).setLocale('en-US');
  const c = start.setZone(COHORT_ZONE).setLocale('en-US');
  const viewer = v.toFormat('ccc, LLL d, h:mm a ZZZZ');
  return v.offset === c.offset ? viewer : `${viewer} (${c.toFormat('h:mm a ZZZZ')} cohort time)`;
}

async function chooseOption(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test('a mentor creates a cohort with the wizard and publishes it; a New York student finds it, enrolls, and sees its sessions in their own zone', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const title = `E2E study group ${stamp}`;
  // A start some weeks out on the weekday the wizard proposes (a week from today, in
  // Denver), at a time the mentor's seeded 7 pm cohort never uses.
  const weeks = 9 + Math.floor(Math.random() * 6);
  const startDate = DateTime.now().setZone(COHORT_ZONE).plus({ days: 7 + 7 * weeks }).toISODate()!;
  const localTime = ['08:00', '09:30', '11:00', '12:30', '14:00'][Math.floor(Math.random() * 5)]!;
  const first = DateTime.fromISO(`${startDate}T${localTime}`, { zone: COHORT_ZONE });

  // ---- The mentor (Denver) creates and publishes it. ----
  const mentorContext = await browser.newContext({ timezoneId: COHORT_ZONE });
  const mentor = await mentorContext.newPage();
  await signIn(mentor, DEMO.mentor.email);
  await mentor.getByRole('link', { name: 'New cohort' }).click();
  await expect(mentor.getByRole('heading', { level: 2, name: 'Basics' })).toBeVisible();
  await expect(mentor.getByRole('combobox', { name: 'Start from' })).toHaveValue('CRES study group — five two-hour sessions');
  await mentor.getByRole('textbox', { name: 'Title' }).fill(title);
  await mentor.getByRole('textbox', { name: 'Description' }).fill('Browser-test cohort: CT systems from the gantry out.');
  await chooseOption(mentor, 'Modalities', 'Computed tomography (CT)');
  await mentor.keyboard.press('Escape');
  await mentor.getByRole('button', { name: 'Next: Schedule' }).click();

  await expect(mentor.getByRole('heading', { level: 2, name: 'Schedule' })).toBeFocused();
  await expect(mentor.getByRole('combobox', { name: 'Cohort time zone' })).toHaveValue(/^America\/Denver/);
  await mentor.getByLabel(/^First possible date/).fill(startDate);
  await mentor.getByLabel(/^Start time/).fill(localTime);
  await mentor.getByRole('textbox', { name: 'Title of session 1' }).fill('CT: gantry, tube and detector');
  const preview = mentor.getByRole('table', { name: 'Preview of the sessions' });
  await expect(preview.getByTestId('preview-row')).toHaveCount(5);
  await expect(preview.getByTestId('preview-row').first()).toContainText(first.setLocale('en-US').toFormat('ccc, LLL d, yyyy, h:mm a ZZZZ'));
  await expect(preview.getByTestId('preview-row').first()).toContainText('CT: gantry, tube and detector');
  await expectNoSeriousA11yViolations(mentor, 'the wizard (schedule step)');
  await mentor.getByRole('button', { name: 'Next: Enrollment' }).click();
  await mentor.getByRole('textbox', { name: 'Meeting link' }).fill('https://zoom.us/j/95550100999');
  await mentor.getByRole('textbox', { name: 'Meeting passcode' }).fill('e2e-pass');
  await mentor.getByRole('button', { name: 'Next: Review' }).click();
  await mentor.getByRole('button', { name: 'Create cohort' }).click();

  await expect(mentor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(mentor).toHaveURL(/\/cohorts\/[0-9a-f-]+\/manage$/);
  const cohortPath = new URL(mentor.url()).pathname.replace(/\/manage$/, '');
  await expect(mentor.getByTestId('status-explain')).toContainText('Draft');
  await expect(mentor.getByTestId('editor-session')).toHaveCount(5);
  await expectNoSeriousA11yViolations(mentor, 'the manage page');
  await mentor.getByRole('button', { name: 'Publish and open enrollment' }).click();
  await expect(mentor.getByTestId('status-explain')).toContainText('Open: listed in the catalog');
  await mentorContext.close();

  // ---- A new student in New York finds it and enrolls. ----
  const studentContext = await browser.newContext({ timezoneId: STUDENT_ZONE });
  const student = await studentContext.newPage();
  await student.goto('/sign-up');
  await expect(student.getByRole('combobox', { name: 'Time zone' })).toHaveValue(/^America\/New York/);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Nia Newyork');
  await emailField(student).fill(uniqueEmail('ny-student'));
  await passwordField(student).fill('a-long-test-password');
  await student.getByRole('button', { name: 'Create account' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'Welcome, Nia Newyork' })).toBeVisible();

  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a cohort' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'Find a cohort' })).toBeVisible();
  await student.getByRole('searchbox', { name: 'Search' }).fill(stamp);
  await student.getByRole('button', { name: 'Search' }).click();
  await expect(student).toHaveURL(new RegExp(`q=${stamp}`));
  const card = student.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('seats')).toHaveText('12 seats left of 12');
  // 10 am Denver is noon in New York: the catalog says so, with the cohort's time beside it.
  await expect(card).toContainText(shownTime(first, STUDENT_ZONE));
  await expectNoSeriousA11yViolations(student, 'the catalog');

  await card.getByRole('link', { name: title }).click();
  await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const place = student.getByRole('region', { name: 'Your place' });
  await place.getByRole('button', { name: 'Enroll' }).click();
  await expect(place.getByRole('status')).toContainText(`You are enrolled in ${title}.`);
  await expect(place.getByTestId('enrollment-status')).toHaveText('You are enrolled.');
  const sessions = student.getByTestId('cohort-session');
  await expect(sessions).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await expect(sessions.nth(i)).toContainText(shownTime(first.plus({ weeks: i }), STUDENT_ZONE));
  }
  await expect(sessions.first()).toContainText('Session 1: CT: gantry, tube and detector');
  // Now taking part: per-session .ics downloads, the meeting passcode, the announcements.
  await expect(sessions.first().getByRole('link', { name: 'Download .ics for session 1' })).toHaveAttribute('href', /^\/calendar\/sessions\/[0-9a-f-]+\.ics$/);
  await expect(student.getByRole('region', { name: 'Next session' })).toContainText('Passcode: e2e-pass');
  await expect(student.getByRole('region', { name: 'Next session' }).getByRole('button', { name: 'Join session' })).toBeDisabled();
  await expect(student.getByRole('heading', { level: 2, name: 'Announcements' })).toBeVisible();
  await expectNoSeriousA11yViolations(student, 'the cohort page');

  // The single-session .ics download is a calendar file.
  const ics = await student.request.get(await sessions.first().getByRole('link', { name: 'Download .ics for session 1' }).getAttribute('href').then((h) => h!));
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);

  // My schedule, list view: the first session under its New York day, at New York time.
  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My schedule' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'My schedule' })).toBeVisible();
  const day = student.getByRole('region', { name: first.setZone(STUDENT_ZONE).setLocale('en-US').toFormat('cccc, LLLL d, yyyy') });
  await expect(day.getByTestId('schedule-session').filter({ hasText: title })).toContainText(shownTime(first, STUDENT_ZONE));
  await expectNoSeriousA11yViolations(student, 'my schedule (list)');

  // Week view of that week: in the right column, at noon.
  const monday = first.setZone(STUDENT_ZONE).startOf('week').toISODate()!;
  await student.goto(`/schedule?view=week&week=${monday}`);
  const column = student.locator(`[data-testid="week-day"][data-date="${first.setZone(STUDENT_ZONE).toISODate()}"]`);
  const event = column.getByTestId('week-session').filter({ hasText: title });
  const ny = first.setZone(STUDENT_ZONE).setLocale('en-US');
  await expect(event).toContainText(`${ny.toFormat('h:mm a')} – ${ny.plus({ hours: 2 }).toFormat('h:mm a')}`);
  await expect(event).toHaveAttribute('data-start-minute', String(ny.hour * 60 + ny.minute));
  await expectNoSeriousA11yViolations(student, 'my schedule (week)');
  // Keyboard: the sessions are links in time order; Tab reaches them.
  await event.getByRole('link').focus();
  await expect(event.getByRole('link')).toBeFocused();
  await student.keyboard.press('Enter');
  await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(new URL(student.url()).pathname).toBe(cohortPath);
  await studentContext.close();
});

test('the seeded cohort shows on student1’s home with the next-session card', async ({ page }) => {
  await signIn(page, DEMO.student.email);
  const card = page.getByRole('region', { name: 'Next session' });
  await expect(card).toContainText(SEEDED);
  await expect(card).toContainText(/Session \d+: /);
  // student1 is in Denver, the cohort's zone: one time, no "cohort time".
  await expect(card).toContainText(/\w{3}, \w{3} \d{1,2}, 7:00 PM M[SD]T/);
  await expect(card.getByTestId('countdown')).toHaveText(/^(Starts in .+|In progress until .+)$/);
  await expect(card.getByRole('button', { name: 'Join session' }).or(card.getByRole('link', { name: 'Join session' }))).toBeVisible();
  await expect(card).toContainText('Passcode: cres2027');
  const cohorts = page.getByRole('region', { name: 'My cohorts' });
  await expect(cohorts.getByRole('article', { name: SEEDED })).toContainText('You are enrolled.');
  await cohorts.getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  await expect(page.getByTestId('announcement').first()).toContainText('Welcome!');
});

test('the chapter admin sees the chapter’s cohorts with status and fill rate', async ({ page }) => {
  await signIn(page, DEMO.chapterAdmin.email);
  const table = page.getByRole('table', { name: /^Cohorts of CABMET/ });
  const row = table.getByTestId('chapter-cohort-row').filter({ hasText: SEEDED });
  await expect(row).toContainText('Open');
  await expect(row.getByTestId('fill-rate')).toHaveText(/^\d+ of 12 \(\d+%\)/);
  await expect(row.getByRole('progressbar', { name: /^Seats filled: \d+ of 12/ })).toBeVisible();
  await row.getByRole('link', { name: SEEDED }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]+\/manage$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Students' })).toBeVisible();
});

test('the calendar feed is created on the profile; its URL serves text/calendar; replacing it retires the old one', async ({ page }) => {
  await signIn(page, DEMO.student.email);
  await page.goto('/schedule');
  await page.getByRole('link', { name: 'Add to my calendar (Google, Outlook, Apple)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add to calendar' })).toBeFocused();
  const section = page.getByRole('region', { name: 'Add to calendar' });
  // A feed from an earlier run (same database) is replaced; a fresh one is created.
  const create = section.getByRole('button', { name: 'Create my calendar feed' });
  if (await create.isVisible()) await create.click();
  const field = section.getByRole('textbox', { name: 'Calendar feed URL' });
  await expect(field).toHaveValue(/\/calendar\/[\w-]+\.ics$/);
  const url = await field.inputValue();
  await expect(section).toContainText('Google Calendar');
  await expect(section).toContainText('Subscribe from web');
  await expect(section).toContainText('New Calendar Subscription');
  await expect(section).toContainText('Keep this address secret');

  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await section.getByRole('button', { name: 'Replace the URL' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace your calendar feed URL?' });
  await expect(dialog).toContainText('stops working');
  await dialog.getByRole('button', { name: 'Replace the URL' }).click();
  await expect(dialog).toBeHidden();
  await expect(field).not.toHaveValue(url);
  expect((await page.request.get(url)).status()).toBe(404);
  expect((await page.request.get(await field.inputValue())).status()).toBe(200);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the cohort page fits, with the next session and the student’s place first', async ({ page }) => {
    await signIn(page, DEMO.student.email);
    await page.getByRole('region', { name: 'My cohorts' }).getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
    await expect(page.getByTestId('cohort-session')).toHaveCount(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the cohort page scrolls sideways at 375 px').toBe(true);
    // Stacked: the Join card comes before the session list.
    const cardTop = await page.getByRole('region', { name: 'Next session' }).evaluate((e) => e.getBoundingClientRect().top);
    const listTop = await page.getByRole('heading', { level: 2, name: 'Sessions' }).evaluate((e) => e.getBoundingClientRect().top);
    expect(cardTop).toBeLessThan(listTop);
    await expectNoSeriousA11yViolations(page, 'the cohort page at 375 px');

    await page.goto('/schedule?view=week');
    await expect(page.getByTestId('week-view')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the week view scrolls sideways at 375 px').toBe(true);
  });
});
