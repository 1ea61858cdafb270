import { expect, test } from '@playwright/test';
import { answerQuestion, expectNoSeriousA11yViolations, flagQuestion, gql, stamp, uniqueEmail } from './support';

const QUESTIONS = 165;

test('a student takes the 165-question mock exam: timer, closed-book banner, resume after a reload, submit, and the result', async ({ browser }) => {
  test.setTimeout(180_000);
  // A student of their own: the mock exam is one per person at a time, and it hides lesson material while it runs.
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  const student = await context.newPage();
  await gql(student.request, 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }', {
    input: { displayName: `Morgan Mock ${stamp()}`, email: uniqueEmail('mock'), password: 'a-long-test-password', timeZone: 'America/Chicago' },
  });

  await student.goto('/practice/mock-exam');
  await expect(student.getByRole('heading', { level: 1, name: 'Mock exam' })).toBeVisible();
  await expect(student.getByTestId('blueprint-table')).toBeVisible();
  await expectNoSeriousA11yViolations(student, 'the mock exam page');
  await student.getByRole('button', { name: 'Start the mock exam' }).click();
  await student.getByRole('dialog', { name: 'Start the mock exam?' }).getByRole('button', { name: 'Start now' }).click();

  // Three hours by the server's clock; closed book while it runs.
  await expect(student).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const examUrl = student.url();
  await expect(student.getByRole('heading', { level: 2, name: `Question 1 of ${QUESTIONS}` })).toBeVisible();
  await expect(student.getByRole('timer')).toHaveText(/^(3:00:00|2:59:\d\d)$/);
  await expect(student.getByTestId('mock-exam-banner')).toContainText('lesson material is hidden until you submit');

  await answerQuestion(student, 0);
  await student.getByRole('button', { name: 'Next' }).click();
  await expect(student.getByRole('heading', { level: 2, name: `Question 2 of ${QUESTIONS}` })).toBeVisible();
  await answerQuestion(student, 2);
  await flagQuestion(student);
  const chosen = await student.getByRole('radio').nth(2).getAttribute('value');
  await expectNoSeriousA11yViolations(student, 'a mock exam question');

  // Leaving the exam: every page says it runs and leads back to it.
  await student.goto('/');
  const banner = student.getByTestId('mock-exam-banner');
  await expect(banner).toBeVisible();
  await banner.getByRole('link', { name: 'Resume the mock exam' }).click();
  await expect(student).toHaveURL(examUrl);
  await expect(student.getByRole('heading', { level: 2, name: `Question 2 of ${QUESTIONS}` })).toBeVisible();

  // A reload resumes at the same question with the answer and the flag kept, and the clock still running down.
  await student.reload();
  await expect(student.getByRole('heading', { level: 2, name: `Question 2 of ${QUESTIONS}` })).toBeVisible();
  await expect(student.locator(`input[type=radio][value="${chosen}"]`)).toBeChecked();
  await expect(student.getByRole('button', { name: /Flag for review/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(student.getByRole('timer')).toHaveText(/^2:59:\d\d$/);
  await expect(student.getByTestId('attempt-progress')).toContainText(`2 of ${QUESTIONS} answered · 1 flagged`);

  // Submit with most questions blank: the confirmation says what that costs.
  await student.getByRole('link', { name: 'Review and submit' }).click();
  await expect(student.getByTestId('review-summary')).toHaveText(`${QUESTIONS - 2} unanswered, 1 flagged for review.`);
  await student.getByRole('button', { name: 'Submit', exact: true }).click();
  const dialog = student.getByRole('dialog', { name: `Submit with ${QUESTIONS - 2} unanswered?` });
  await expect(dialog).toContainText(`${QUESTIONS - 2} unanswered questions will count as wrong.`);
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  await expect(student.getByTestId('attempt-score')).toHaveText(new RegExp(`^[0-2] of ${QUESTIONS} correct \\(\\d+ %\\)$`));
  await expect(student.getByTestId('mock-exam-banner')).toBeHidden();
  await expectNoSeriousA11yViolations(student, 'the mock exam’s result');

  // The exam's page lists it, and offers another.
  await student.goto('/practice/mock-exam');
  await expect(student.getByTestId('mock-history-row')).toHaveCount(1);
  await expect(student.getByRole('button', { name: 'Start the mock exam' })).toBeVisible();
  await context.close();
});
