import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn } from './support';

const SEEDED = 'CRES study group — CT and MRI';
// student4 (Chicago) is enrolled in the seeded cohort and used by no other spec.
const STUDENT = { email: 'student4@gantry.test', name: 'Riley Johnson' };
// The last seeded session: its items are not released yet, so students' progress is untouched.
const PLANNED = 'Plan agenda for session 5: Safety, regulations and a practice exam';
const ADDED = 'Superconducting MRI magnets: cryogenics, cooling chain and quench';

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The material ids of the plan's rows, in order. */
async function planOrder(page: Page): Promise<string[]> {
  return page.getByTestId('plan-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row') ?? ''));
}

async function rowTitled(page: Page, title: string): Promise<Locator> {
  return page.getByTestId('plan-item').filter({ hasText: title });
}

async function valueNow(bar: Locator): Promise<number> {
  return Number(await bar.getAttribute('aria-valuenow'));
}

test('a mentor plans a session: adds from the library, reorders by keyboard, sets a release rule, saves, and sees the coverage', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ timezoneId: 'America/Denver' });
  const page = await context.newPage();
  await signIn(page, DEMO.mentor.email);
  await page.getByRole('region', { name: 'My cohorts' }).getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  await page.getByRole('region', { name: 'Session agendas' }).getByRole('link', { name: PLANNED }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan session 5: Safety, regulations and a practice exam' })).toBeVisible();
  await expect(page.getByTestId('plan-item').first()).toBeVisible();

  // Against a database an earlier run used, start from the seeded agenda: take the item off.
  const leftover = await rowTitled(page, ADDED);
  if (await leftover.count()) {
    await leftover.getByRole('button', { name: `Remove ${ADDED}` }).click();
    await page.getByRole('button', { name: 'Save agenda' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved.');
  }
  const seeded = await planOrder(page);
  expect(seeded.length).toBeGreaterThan(0);

  // Search the library (the cohort's modalities are the default filter): matches are marked.
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('quench');
  const result = page.getByRole('list', { name: 'Library results' }).getByTestId('library-result').filter({ hasText: ADDED });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toHaveText(/quench/i);
  await result.getByRole('button', { name: `Add ${ADDED}` }).click();
  await expect(result.getByRole('button', { name: `Added: ${ADDED}` })).toBeVisible();
  const added = await rowTitled(page, ADDED);
  await expect(added.getByRole('combobox', { name: `Phase of ${ADDED}` })).toHaveValue('BEFORE');
  await expect(added.getByRole('combobox', { name: `Release of ${ADDED}` })).toHaveValue('DAYS_BEFORE');
  await expect(added.getByRole('textbox', { name: `Days before the session for ${ADDED}` })).toHaveValue('7');
  await expect(page.getByTestId('save-state')).toHaveText(/You have unsaved changes\./);
  const newId = (await planOrder(page)).at(-1)!;
  expect(await planOrder(page)).toEqual([...seeded, newId]);

  // Keyboard drag and drop: pick it up with Space, move it to the top, drop it.
  await added.getByRole('button', { name: `Drag ${ADDED}` }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < seeded.length; i++) {
    await page.keyboard.press('ArrowUp');
    // Let the sortable animation settle before the next step.
    await page.waitForTimeout(250);
  }
  await page.keyboard.press('Space');
  await expect.poll(() => planOrder(page)).toEqual([newId, ...seeded]);

  // And one step down with its button, from the keyboard too: focus stays on the button.
  const down = (await rowTitled(page, ADDED)).getByRole('button', { name: `Move ${ADDED} down` });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => planOrder(page)).toEqual([seeded[0], newId, ...seeded.slice(1)]);
  await expect((await rowTitled(page, ADDED)).getByRole('button', { name: `Move ${ADDED} down` })).toBeFocused();
  await expect(page.getByTestId('plan-announcer')).toHaveText(`${ADDED} moved to position 2 of ${seeded.length + 1}.`);

  // A release rule: three days before the session, shown in the mentor's zone.
  const days = (await rowTitled(page, ADDED)).getByRole('textbox', { name: `Days before the session for ${ADDED}` });
  await days.fill('3');
  await expect(await rowTitled(page, ADDED)).toContainText(/Students see it from \w{3}, \w{3} \d{1,2}, \d{1,2}:00 PM M[SD]T/);
  await expectNoSeriousA11yViolations(page, 'the session plan page (unsaved)');

  await page.getByRole('button', { name: 'Save agenda' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved.');

  // After a reload the order and the rule are what was saved.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Plan session 5/ })).toBeVisible();
  await expect.poll(() => planOrder(page)).toEqual([seeded[0], newId, ...seeded.slice(1)]);
  const reloaded = await rowTitled(page, ADDED);
  await expect(reloaded.getByRole('combobox', { name: `Release of ${ADDED}` })).toHaveValue('DAYS_BEFORE');
  await expect(reloaded.getByRole('textbox', { name: `Days before the session for ${ADDED}` })).toHaveValue('3');

  // Coverage: a chart, and the same numbers as a table, the uncovered at 0.
  const coverage = page.getByRole('region', { name: 'Coverage' });
  await expect(coverage.getByRole('img', { name: /^Coverage by modality: \d+ of \d+ covered/ })).toBeVisible();
  await expect(coverage.locator('.recharts-surface').first()).toBeVisible();
  await expect(coverage.getByTestId('coverage-gaps')).toContainText('Not covered yet:');
  await coverage.getByText('Table', { exact: true }).click();
  const table = coverage.getByRole('table', { name: /^Coverage by modality/ });
  await expect(table.getByRole('row', { name: /Computed tomography/ }).getByRole('cell').first()).not.toHaveText('0');
  const uncovered = table.getByRole('row', { name: /Ultrasound/ });
  await expect(uncovered).toContainText('Not covered');
  await expect(uncovered.getByRole('cell')).toHaveText(['0', '0']);
  await expectNoSeriousA11yViolations(page, 'the session plan page (coverage table)');

  // At 375 px everything stacks, with no sideways scrolling.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.getByRole('heading', { level: 1, name: /^Plan session 5/ })).toBeVisible();
  expect(await noSidewaysScroll(page), 'the plan page scrolls sideways at 375 px').toBe(true);
  await context.close();
});

test('a student sees what to read before the next session, reads it, marks items done, and the progress bars move', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  await signIn(page, STUDENT.email);
  await page.getByRole('region', { name: 'My cohorts' }).getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  const cohortUrl = page.url();

  // The session page: start from nothing done (an earlier run may have left some).
  const before = page.getByRole('region', { name: /^Before session \d+$/ });
  await before.getByRole('link', { name: /^Open session \d+$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session \d+: / })).toBeVisible();
  const sessionUrl = page.url();
  const sessionBar = page.getByRole('progressbar', { name: 'This session' });
  const cohortBar = page.getByRole('progressbar', { name: 'Whole cohort' });
  await expect(sessionBar).toBeVisible();
  const beforeItems = page.getByRole('region', { name: 'Before the session' }).getByTestId('agenda-item');
  for (const box of await page.getByRole('checkbox', { name: /^Mark .+ done$/ }).all()) {
    if (await box.isChecked()) await box.uncheck();
  }
  await expect(sessionBar).toHaveAttribute('aria-valuenow', '0');
  const total = Number(await sessionBar.getAttribute('aria-valuemax'));
  const beforeCount = await beforeItems.count();
  expect(beforeCount).toBeGreaterThanOrEqual(2);
  // The time in the student's zone, with the cohort's beside it.
  await expect(page.getByText(/^\w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2} [AP]M C[SD]T$/).first()).toBeVisible();
  await expect(page.getByText(/cohort time\)$/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the session page');

  // Back on the cohort page: the minutes of reading left before the next session.
  await page.goto(cohortUrl);
  await expect(before.getByTestId('before-minutes')).toHaveText(/^About \d+ (min|h \d+ min|hours?) of reading before \w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2} [AP]M C[SD]T\.$/);
  const readings = before.getByRole('listitem');
  await expect(readings).toHaveCount(beforeCount);
  const cohortStart = await valueNow(page.getByRole('progressbar', { name: 'Whole cohort' }));

  // Open the first reading; mark it done there.
  const firstLink = readings.first().getByRole('link');
  const firstTitle = (await firstLink.textContent())!;
  await firstLink.click();
  await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  await expect(page.getByTestId('reading-body')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Agenda items' }).getByRole('link', { name: /^Next: / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the reading page');
  const toggle = page.getByRole('switch', { name: /^Mark as done/ });
  await toggle.check();
  await expect(toggle).toBeChecked();

  // The session page shows it done, and both bars moved.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /^Session \d+: / }).click();
  await expect(page).toHaveURL(sessionUrl);
  await expect(page.getByRole('checkbox', { name: `Mark ${firstTitle} done` })).toBeChecked();
  await expect(sessionBar).toHaveAttribute('aria-valuenow', '1');
  await expect(cohortBar).toHaveAttribute('aria-valuenow', String(cohortStart + 1));

  // Tick the rest of the "before" items here: the bars move at once.
  const rest = beforeItems.getByRole('checkbox', { name: /^Mark .+ done$/ });
  for (let i = 1; i < beforeCount; i++) await rest.nth(i).check();
  await expect(sessionBar).toHaveAttribute('aria-valuenow', String(beforeCount));
  await expect(cohortBar).toHaveAttribute('aria-valuenow', String(cohortStart + beforeCount));
  if (beforeCount === total) await expect(page.getByTestId('session-progress')).toContainText(`All ${total} items done.`);

  // Still so after a reload (saved on the server), and nothing left before the session.
  await page.reload();
  await expect(sessionBar).toHaveAttribute('aria-valuenow', String(beforeCount));
  await page.goto(cohortUrl);
  await expect(before.getByTestId('before-minutes')).toHaveText(/^You are ready: everything to read before session \d+ is done\.$/);
  await expect(page.getByRole('progressbar', { name: 'Whole cohort' })).toHaveAttribute('aria-valuenow', String(cohortStart + beforeCount));

  // At 375 px the session page stacks without sideways scrolling.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(sessionUrl);
  await expect(sessionBar).toBeVisible();
  expect(await noSidewaysScroll(page), 'the session page scrolls sideways at 375 px').toBe(true);
  await context.close();
});

test('a student asking for an item that is not released to them gets "not found"', async ({ page }) => {
  await signIn(page, STUDENT.email);
  await page.goto('/agenda/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Item not found' })).toBeVisible();
});
