import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, gql, signIn, stamp } from './support';

const SEEDED = 'CRES study group — CT and MRI';
// Session 4 of the seeded cohort: the homework spec uses session 3, the agenda spec session 5.
const PLANNED = /^Plan agenda for session 4: /;
// student2 (Denver) is enrolled in the seeded cohort; here they hand in through the API.
const STUDENT = { email: 'student2@gantry.test', name: 'Jordan Miller' };

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test('a mentor sets homework with a rubric on the plan page, grades it in the queue, and downloads the gradebook', async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `E2E quench drill ${stamp()}`;

  // Times are in the viewer's profile zone: the demo mentor's is Denver, the cohort's too.
  const context = await browser.newContext({ timezoneId: 'America/Chicago', acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, DEMO.mentor.email);
  await page.getByRole('region', { name: 'My cohorts' }).getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  const manageUrl = page.url();
  await expect(page.getByRole('link', { name: 'Gradebook', exact: true })).toHaveAttribute('href', /^\/cohorts\/[0-9a-f-]{36}\/gradebook$/);
  await page.getByRole('region', { name: 'Session agendas' }).getByRole('link', { name: PLANNED }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Plan session 4: / })).toBeVisible();

  // The editor: a relative due time, shown live in the mentor's zone with the cohort's beside it.
  const homework = page.getByRole('region', { name: 'Homework' });
  await homework.getByRole('button', { name: 'New assignment' }).click();
  const form = homework.getByRole('form', { name: 'New assignment' });
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Instructions' }).fill('Walk through a **quench**: the steps, in order, and the safety calls.');
  // Sessions are at 7 pm in Denver: one hour before session 5.
  await expect(form.getByTestId('due-preview')).toHaveText(/^Due \w{3}, \w{3} \d{1,2}, 6:00 PM M[SD]T — 1 hour before session 5\.$/);
  await form.getByRole('combobox', { name: 'Unit' }).selectOption('DAYS');
  await expect(form.getByTestId('due-preview')).toHaveText(/— 1 day before session 5\.$/);
  await form.getByRole('combobox', { name: 'Unit' }).selectOption('HOURS');

  // A rubric: the running total against the points, and the schema's message while they differ.
  for (const [i, [name, points]] of [
    ['Steps in order', '6'],
    ['Safety calls', '3'],
  ].entries()) {
    await form.getByRole('button', { name: 'Add criterion' }).click();
    await form.getByRole('textbox', { name: `Criterion ${i + 1}`, exact: true }).fill(name!);
    await form.getByRole('textbox', { name: `Points for criterion ${i + 1}` }).fill(points!);
  }
  await expect(form.getByTestId('rubric-total')).toHaveText('Criteria total: 9 points of 10');
  await form.getByRole('switch', { name: 'Published' }).check();
  await form.getByRole('button', { name: 'Create assignment' }).click();
  await expect(form.getByText('The criteria add up to 9 points; the assignment is worth 10.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Points for criterion 2' }).fill('4');
  await expect(form.getByTestId('rubric-total')).toHaveText('Criteria total: 10 points of 10 ✓');
  await expectNoSeriousA11yViolations(page, 'the plan page’s homework form');
  await form.getByRole('button', { name: 'Create assignment' }).click();
  await expect(form).toBeHidden();

  const row = homework.getByTestId('assignment-row').filter({ hasText: title });
  await expect(row).toContainText('Published');
  await expect(row).toContainText('10 points · rubric of 2 criteria');
  await expect(row).toContainText(/0 submitted, 0 late, 0 returned, \d+ missing \(\d+ students\)/);
  await expect(row.getByRole('button', { name: `Edit ${title}` })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'the plan page’s homework section');

  // After a reload it is still there, with its rule.
  await page.reload();
  await expect(homework.getByTestId('assignment-row').filter({ hasText: title })).toContainText('1 hour before session 5');

  await page.setViewportSize({ width: 375, height: 740 });
  await expect(homework).toBeVisible();
  expect(await noSidewaysScroll(page), 'the plan page scrolls sideways at 375 px').toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A student hands in an answer (the student's own pages are the homework spec's).
  await homework.getByTestId('assignment-row').filter({ hasText: title }).getByRole('link', { name: `Grading queue for ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Grade: ${title}` })).toBeVisible();
  const assignmentId = page.url().split('/').at(-2)!;
  const studentContext = await browser.newContext({ timezoneId: 'America/Denver' });
  const student = await studentContext.newPage();
  await signIn(student, STUDENT.email);
  await gql(
    student.request,
    'mutation($input: SubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id draftRevision } }',
    { input: { assignmentId, bodyMarkdown: 'First I **ramp down**, then I call the safety officer.', fileIds: [], expectedRevision: 0 } },
  );
  await gql(student.request, 'mutation($id: ID!, $key: String!) { submitAssignment(assignmentId: $id, idempotencyKey: $key) { id status } }', { id: assignmentId, key: `e2e-${stamp()}` });
  await studentContext.close();

  // The queue: every enrolled student with where they stand.
  await page.reload();
  const students = page.getByRole('list', { name: 'Students' });
  await expect(students.getByTestId('queue-entry').first()).toBeVisible();
  expect(await students.getByTestId('queue-entry').count(), 'the five seeded students at least').toBeGreaterThanOrEqual(5);
  const jordan = students.getByRole('link', { name: new RegExp(STUDENT.name) });
  await expect(jordan).toContainText('Submitted');
  // Without ?student= the first one waiting to be graded is open.
  await expect(page.getByRole('heading', { level: 2, name: STUDENT.name })).toBeVisible();
  await expect(page.getByTestId('submission-body').locator('strong')).toHaveText('ramp down');
  await expectNoSeriousA11yViolations(page, 'the grading queue');

  // Next / Previous keep the URL in step.
  await page.getByRole('button', { name: 'Next student' }).click();
  await expect(page).toHaveURL(/\?student=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: STUDENT.name })).toBeHidden();
  await page.getByRole('button', { name: 'Previous student' }).click();
  await expect(page.getByRole('heading', { level: 2, name: STUDENT.name })).toBeVisible();
  await expect(jordan).toHaveAttribute('aria-current', 'true');

  // The rubric's sum is the score; save, then return (the student gets an email).
  const grade = page.getByRole('form', { name: `Grade ${STUDENT.name}’s work` });
  await grade.getByRole('textbox', { name: 'Steps in order' }).fill('5.5');
  await grade.getByRole('textbox', { name: 'Safety calls' }).fill('3');
  await expect(grade.getByRole('textbox', { name: 'Score' })).toHaveValue('8.5');
  await expect(grade.getByTestId('rubric-sum')).toHaveText('Rubric total: 8.5 of 10');
  await grade.getByRole('textbox', { name: 'Feedback' }).fill('Good order. Name the **oxygen monitor** too.');
  await grade.getByRole('button', { name: 'Save grade' }).click();
  await expect(grade.getByTestId('grade-state')).toHaveText('Grade saved; the student sees it once you return the work.');
  await expect(jordan).toContainText('8.5/10');
  await grade.getByRole('button', { name: 'Return to student' }).click();
  const dialog = page.getByRole('dialog', { name: `Return the work to ${STUDENT.name}?` });
  await expect(dialog).toContainText(`${STUDENT.name} gets an email`);
  await dialog.getByRole('button', { name: 'Return and email the student' }).click();
  await expect(grade.getByTestId('grade-state')).toHaveText('Returned to the student.');
  await expect(jordan).toContainText('Returned');

  await page.setViewportSize({ width: 375, height: 740 });
  await expect(grade).toBeVisible();
  expect(await noSidewaysScroll(page), 'the grading queue scrolls sideways at 375 px').toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The gradebook: the score in the student's row, a status elsewhere, and the CSV.
  await page.goto(manageUrl);
  await page.getByRole('link', { name: 'Gradebook', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gradebook' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: new RegExp(title) })).toBeVisible();
  await expect(table.getByRole('link', { name: `8.5 (Returned): ${STUDENT.name}, ${title}` })).toBeVisible();
  await expect(table.getByRole('link', { name: `Missing: ${DEMO.student.name}, ${title}` })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `${STUDENT.name}: assignments handed in` })).toBeVisible();
  await expect(page.getByTestId('gradebook-summary')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the gradebook');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0), 'the CSV starts with a byte-order mark').toBe(0xfeff);
  const [header, ...records] = parseCsv(csv.slice(1));
  expect(header!.slice(0, 2)).toEqual(['Student', 'Email']);
  expect(header!.slice(-2)).toEqual(['Completed', 'Completion %']);
  const column = header!.indexOf(title);
  expect(column, 'the new assignment has a column').toBeGreaterThan(1);
  const jordanRow = records.find((r) => r[0] === STUDENT.name);
  expect(jordanRow?.[1]).toBe(STUDENT.email);
  expect(jordanRow?.[column]).toBe('8.5');
  expect(records.find((r) => r[0] === DEMO.student.name)?.[column]).toBe('missing');

  // At 375 px the table scrolls inside its box; the page does not.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(table).toBeVisible();
  expect(await noSidewaysScroll(page), 'the gradebook scrolls sideways at 375 px').toBe(true);
  const box = page.getByTestId('gradebook-scroll');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table scrolls inside its box').toBe(true);
  await context.close();
});
