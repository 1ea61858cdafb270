import { expect, test, type Page } from '@playwright/test';
import { answerQuestion, DEMO, expectNoSeriousA11yViolations, flagQuestion, signIn, stamp } from './support';

const SEEDED = 'CRES study group — CT and MRI';
const PLANNED = /^Plan agenda for session 3: /;
const QUESTIONS = 4;

/** As the mentor: a published practice quiz of hand-picked reviewed questions on session 3 of the demo cohort, through the plan page. */
async function createQuiz(mentor: Page, title: string) {
  await mentor.getByRole('region', { name: 'My cohorts' }).getByRole('article', { name: SEEDED }).getByRole('link', { name: SEEDED }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  await mentor.getByRole('region', { name: 'Session agendas' }).getByRole('link', { name: PLANNED }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: /^Plan session 3: / })).toBeVisible();
  const homework = mentor.getByRole('region', { name: 'Homework' });
  await homework.getByRole('button', { name: 'New assignment' }).click();
  const form = mentor.getByRole('form', { name: 'New assignment' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('radio', { name: 'Practice quiz' }).check();
  const builder = form.getByTestId('quiz-builder');
  const found = builder.getByRole('list', { name: 'Reviewed questions found' });
  await expect(found.getByTestId('quiz-search-result').first()).toBeVisible();
  for (let i = 0; i < QUESTIONS; i++) {
    await found.getByRole('button', { name: /^Add: / }).first().click();
    await expect(builder.getByTestId('quiz-question')).toHaveCount(i + 1);
  }
  await form.getByRole('switch', { name: 'Published' }).check();
  await form.getByRole('button', { name: 'Create assignment' }).click();
  await expect(form).toBeHidden();
  await expect(homework.getByText(title)).toBeVisible();
}

test('a student takes a short practice quiz: answers, flags one, resumes after a reload, reviews, submits, and reads the score and rationales', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `E2E practice quiz ${stamp()}`;

  const mentorContext = await browser.newContext({ timezoneId: 'America/Denver' });
  const mentor = await mentorContext.newPage();
  await signIn(mentor, DEMO.mentor.email);
  await createQuiz(mentor, title);
  await mentorContext.close();

  const studentContext = await browser.newContext({ timezoneId: 'America/New_York' });
  const student = await studentContext.newPage();
  await signIn(student, DEMO.student.email);
  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'To do' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'To do' })).toBeVisible();
  await student.getByRole('listitem', { name: title }).getByRole('link', { name: title }).click();
  await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const panel = student.getByTestId('quiz-panel');
  await expect(panel).toContainText(`${QUESTIONS} multiple-choice questions.`);
  await expectNoSeriousA11yViolations(student, 'the quiz’s assignment page');
  await panel.getByRole('button', { name: 'Start the quiz' }).click();

  // One question at a time; each answer saves at once.
  await expect(student).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(student.getByRole('heading', { level: 2, name: `Question 1 of ${QUESTIONS}` })).toBeVisible();
  await answerQuestion(student, 0);
  await expectNoSeriousA11yViolations(student, 'a question of the attempt');
  await student.getByRole('button', { name: 'Next' }).click();

  await expect(student.getByRole('heading', { level: 2, name: `Question 2 of ${QUESTIONS}` })).toBeVisible();
  await answerQuestion(student, 1);
  await flagQuestion(student);
  await student.getByRole('button', { name: 'Next' }).click();

  await expect(student.getByRole('heading', { level: 2, name: `Question 3 of ${QUESTIONS}` })).toBeVisible();
  await answerQuestion(student, 2);
  const chosen = await student.getByRole('radio').nth(2).getAttribute('value');

  // A reload resumes at the same question, with the answer kept.
  await student.reload();
  await expect(student.getByRole('heading', { level: 2, name: `Question 3 of ${QUESTIONS}` })).toBeVisible();
  await expect(student.locator(`input[type=radio][value="${chosen}"]`)).toBeChecked();
  const nav = student.getByRole('navigation', { name: 'Questions' });
  await expect(nav.getByRole('button', { name: 'Question 2: answered, flagged for review' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Question 4: not answered' })).toBeVisible();

  // The review screen: one unanswered, one flagged, then submit with a confirmation.
  await student.getByRole('link', { name: 'Review and submit' }).click();
  await expect(student.getByTestId('review-summary')).toHaveText('1 unanswered, 1 flagged for review.');
  await expect(student.getByRole('region', { name: 'Unanswered (1)' }).getByRole('button', { name: 'Question 4' })).toBeVisible();
  await expectNoSeriousA11yViolations(student, 'the review screen');
  await student.getByRole('button', { name: 'Submit', exact: true }).click();
  const dialog = student.getByRole('dialog', { name: 'Submit with 1 unanswered?' });
  await expect(dialog).toContainText('1 unanswered question will count as wrong.');
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  // The result: the score, by domain and modality, every question with the answer and why.
  await expect(student.getByTestId('attempt-score')).toHaveText(new RegExp(`^[0-3] of ${QUESTIONS} correct \\(\\d+ %\\)$`));
  const items = student.getByTestId('result-item');
  await expect(items).toHaveCount(QUESTIONS);
  await expect(items.nth(3)).toContainText('Not answered');
  await expect(items.nth(3)).toContainText('Your answer: none');
  for (let i = 0; i < QUESTIONS; i++) {
    await expect(items.nth(i)).toContainText('Correct answer:');
    await expect(items.nth(i)).toContainText('Why');
  }
  await student.getByRole('radiogroup', { name: 'Show scores as' }).getByText('Table', { exact: true }).click();
  await expect(student.getByTestId('score-table').first()).toBeVisible();
  await expectNoSeriousA11yViolations(student, 'the attempt’s result');

  // Back on the assignment: the attempt with its score.
  await student.getByRole('link', { name: 'Back to the assignment' }).first().click();
  await expect(student.getByTestId('quiz-attempts')).toContainText('%');
  await expect(student.getByTestId('quiz-panel').getByRole('button', { name: 'Practise again' })).toBeVisible();
  await studentContext.close();
});
