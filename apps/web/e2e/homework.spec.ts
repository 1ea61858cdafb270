import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn, tinyPdf, stamp } from './support';

const SEEDED = 'CRES study group — CT and MRI';
const PLANNED = /^Plan agenda for session 3: /;

/** The innermost elements that stick out past the right edge (empty when the page does not scroll sideways). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
    return wide
      .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`);
  });

/** As the mentor: a published FILE assignment on session 3 of the demo cohort, through the plan page. */
async function createFileAssignment(mentor: Page, title: string) {
  await mentor.getByRole('region', { name: 'My cohorts' }).getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  await mentor.getByRole('region', { name: 'Session agendas' }).getByRole('link', { name: PLANNED }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: /^Plan session 3: / })).toBeVisible();
  const homework = mentor.getByRole('region', { name: 'Homework' });
  await homework.getByRole('button', { name: 'New assignment' }).click();
  const form = mentor.getByRole('form', { name: 'New assignment' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Instructions' }).fill('Work out the **heat units** of the three exposures on the sheet, and upload your working as a PDF.');
  await form.getByRole('radio', { name: 'File upload' }).check();
  await form.getByRole('switch', { name: 'Published' }).check();
  await form.getByRole('button', { name: 'Create assignment' }).click();
  await expect(form).toBeHidden();
  await expect(homework.getByText(title)).toBeVisible();
}

test('a mentor sets a file assignment, a student hands in a PDF with a progress bar, the mentor returns feedback, and the student sees it', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `E2E heat units ${stamp()}`;

  // The mentor (Denver) sets it.
  const mentorContext = await browser.newContext({ timezoneId: 'America/Denver' });
  const mentor = await mentorContext.newPage();
  await signIn(mentor, DEMO.mentor.email);
  await createFileAssignment(mentor, title);

  // The student finds it in To do.
  const studentContext = await browser.newContext({ timezoneId: 'America/New_York' });
  const student = await studentContext.newPage();
  await signIn(student, DEMO.student.email);
  await expect(student.getByRole('region', { name: 'To do' })).toBeVisible();
  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'To do' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'To do' })).toBeVisible();
  const item = student.getByRole('listitem', { name: title });
  await expect(item).toContainText('Not started');
  await expect(item).toContainText(`${SEEDED} · session 3`);
  await expectNoSeriousA11yViolations(student, 'the to-do list');
  await item.getByRole('link', { name: title }).click();

  // The assignment page: due time and facts, instructions, the file upload.
  await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(student).toHaveURL(/\/assignments\/[0-9a-f-]{36}$/);
  const assignmentId = student.url().split('/').pop()!;
  await expect(student.getByRole('region', { name: 'Due' })).toContainText('Points: 10 points');
  await expect(student.getByTestId('due-relative')).toHaveText(/^Due in \d+ (weeks|days|hours)$/);
  await expect(student.getByTestId('instructions').locator('strong')).toHaveText('heat units');
  await expect(student.getByTestId('save-status')).toHaveText('Your answer is saved as you type.');

  // A PDF, uploaded with a progress bar that reaches 100 %; the draft saves it at once.
  await student.getByTestId('file-input').setInputFiles({ name: 'heat-units.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Heat units: 3 exposures') });
  await expect(student.getByRole('progressbar', { name: 'Uploaded heat-units.pdf' })).toHaveAttribute('aria-valuenow', '100');
  await expect(student.getByTestId('upload-percent')).toHaveText('100%');
  await expect(student.getByTestId('draft-files')).toContainText('heat-units.pdf');
  await expect(student.getByTestId('save-status')).toHaveText(/^Saved \d{1,2}:\d{2} [AP]M$/);
  await student.getByRole('textbox', { name: 'Note for your mentor (optional)' }).fill('Part 3 was the hardest.');
  await expect(student.getByTestId('save-status')).toHaveText(/^Saved \d{1,2}:\d{2} [AP]M$/);
  await expectNoSeriousA11yViolations(student, 'the assignment page');

  // A double click hands in one version.
  await student.getByRole('button', { name: 'Submit', exact: true }).dblclick();
  await expect(student.getByTestId('submitted-status')).toHaveText(/^Submitted \d{1,2}:\d{2} [AP]M \(version 1\)$/);
  const versions = student.getByRole('region', { name: 'What you handed in' });
  await expect(versions.getByTestId('submission-version')).toHaveCount(1);
  await expect(versions.getByTitle('heat-units.pdf (version 1) (PDF)')).toBeVisible();
  await student.reload();
  await expect(student.getByRole('region', { name: 'What you handed in' }).getByTestId('submission-version')).toHaveCount(1);
  await expect(student.getByRole('button', { name: 'Submit again' })).toBeVisible();

  // The mentor scores it, writes feedback and returns it.
  await mentor.goto(`/assignments/${assignmentId}/grade`);
  await expect(mentor.getByRole('heading', { level: 1, name: `Grade: ${title}` })).toBeVisible();
  await mentor.getByRole('list', { name: 'Students' }).getByRole('link', { name: new RegExp(DEMO.student.name) }).click();
  const grade = mentor.getByRole('form', { name: `Grade ${DEMO.student.name}’s work` });
  await grade.getByRole('textbox', { name: 'Score' }).fill('8.5');
  await grade.getByRole('textbox', { name: 'Feedback' }).fill('Good method. Check the **units** in part 3.');
  await grade.getByRole('button', { name: 'Save grade' }).click();
  await expect(grade.getByTestId('grade-state')).toHaveText('Grade saved; the student sees it once you return the work.');
  await grade.getByRole('button', { name: 'Return to student' }).click();
  await mentor.getByRole('dialog', { name: `Return the work to ${DEMO.student.name}?` }).getByRole('button', { name: 'Return and email the student' }).click();
  await expect(grade.getByTestId('grade-state')).toHaveText('Returned to the student.');

  // The student sees the score and the feedback beside what they handed in.
  await student.reload();
  const feedback = student.getByRole('region', { name: 'Feedback from your mentor' });
  await expect(feedback.getByTestId('score')).toHaveText('Score: 8.5 / 10');
  await expect(feedback.getByTestId('feedback-text').locator('strong')).toHaveText('units');
  await expect(feedback).toContainText(/Returned \d{1,2}:\d{2} [AP]M/);
  await expectNoSeriousA11yViolations(student, 'the assignment page with feedback');

  // In To do, with done work shown, it is returned with its score.
  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'To do' }).click();
  await student.getByRole('switch', { name: /Show done/ }).check();
  await expect(student.getByRole('listitem', { name: title })).toContainText('Returned: 8.5 / 10');

  // At 375 px both pages fit without sideways scrolling.
  await student.setViewportSize({ width: 375, height: 740 });
  await expect(student.getByRole('listitem', { name: title })).toBeVisible();
  expect(await overflowing(student), 'To do scrolls sideways at 375 px').toEqual([]);
  await student.getByRole('listitem', { name: title }).getByRole('link', { name: title }).click();
  await expect(student.getByRole('region', { name: 'Feedback from your mentor' })).toBeVisible();
  expect(await overflowing(student), 'the assignment page scrolls sideways at 375 px').toEqual([]);

  await mentorContext.close();
  await studentContext.close();
});
