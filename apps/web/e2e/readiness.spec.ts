import { expect, test, type Browser, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { DEMO, expectNoSeriousA11yViolations, gql, signIn, stamp, uniqueEmail } from './support';

const ZONE = 'America/Denver';

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

interface DomainScore {
  domain: { id: string; name: string };
  correct: number;
  total: number;
  percent: number;
}

/** A new student (signed in, in a browser context of their own) enrolled in the cohort. */
async function enrolledStudent(browser: Browser, cohortId: string, name: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: ZONE });
  const page = await context.newPage();
  await gql(page.request, 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }', {
    input: { displayName: name, email: uniqueEmail('readiness'), password: 'a-long-test-password', timeZone: ZONE },
  });
  await gql(page.request, 'mutation ($cohortId: ID!) { enroll(cohortId: $cohortId) { id status } }', { cohortId });
  return page;
}

/**
 * The student takes the practice quiz through the API: `answer` picks an option per item
 * (null leaves it blank, which scores as wrong), then submits. Returns the server's score by domain.
 */
async function takeQuiz(student: Page, assignmentId: string, answer: (options: { id: string }[]) => string | null): Promise<DomainScore[]> {
  const { startQuizAttempt } = await gql<{ startQuizAttempt: { id: string; itemCount: number } }>(
    student.request,
    'mutation ($id: ID!) { startQuizAttempt(assignmentId: $id) { id itemCount } }',
    { id: assignmentId },
  );
  const { attempt } = await gql<{ attempt: { items: { position: number; question: { options: { id: string }[] } }[] } }>(
    student.request,
    'query ($id: ID!, $count: Int) { attempt(id: $id) { items(from: 0, count: $count) { position question { options { id } } } } }',
    { id: startQuizAttempt.id, count: startQuizAttempt.itemCount },
  );
  for (const item of attempt.items) {
    const optionId = answer(item.question.options);
    if (optionId) {
      await gql(student.request, 'mutation ($id: ID!, $position: Int!, $optionId: ID) { answerItem(attemptId: $id, position: $position, optionId: $optionId) { position } }', {
        id: startQuizAttempt.id,
        position: item.position,
        optionId,
      });
    }
  }
  const { submitAttempt } = await gql<{ submitAttempt: { status: string; result: { byDomain: DomainScore[] } } }>(
    student.request,
    'mutation ($id: ID!) { submitAttempt(attemptId: $id) { status result { byDomain { domain { id name } correct total percent } } } }',
    { id: startQuizAttempt.id },
  );
  expect(submitAttempt.status).toBe('SUBMITTED');
  return submitAttempt.result.byDomain.filter((d) => d.total > 0);
}

test('a mentor reads the cohort’s readiness heatmap: every student × domain, and the weakest domains to plan the next session around', async ({ browser }) => {
  test.setTimeout(240_000);
  const suffix = stamp();
  const title = `E2E readiness ${suffix}`;

  // ---- The mentor schedules a cohort (next session a week out) and sets a practice quiz drawn from the whole starter bank. ----
  const mentorContext = await browser.newContext({ timezoneId: ZONE });
  const mentor = await mentorContext.newPage();
  await signIn(mentor, DEMO.mentor.email);
  const { viewer, examDomains } = await gql<{ viewer: { memberships: { chapterId: string; role: string }[] }; examDomains: { id: string; name: string }[] }>(
    mentor.request,
    'query { viewer { memberships { chapterId role } } examDomains { id name } }',
  );
  const chapterId = viewer.memberships.find((m) => m.role === 'MENTOR')?.chapterId ?? viewer.memberships[0]!.chapterId;
  const start = DateTime.now().setZone(ZONE).plus({ days: 7 }).startOf('day');
  const { createCohort } = await gql<{ createCohort: { id: string; sessions: { id: string; number: number }[] } }>(
    mentor.request,
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id number } } }`,
    {
      input: {
        title,
        chapterId,
        capacity: 10,
        modalityCodes: ['CT'],
        timeZone: ZONE,
        meetingUrl: 'https://zoom.us/j/95550100778',
        sessionTitles: ['Safety first', 'Equipment'],
        pattern: { cadence: 'WEEKLY', count: 2, startDate: start.toISODate(), localTime: '19:00', durationMinutes: 120 },
      },
    },
  );
  const cohortId = createCohort.id;
  const first = createCohort.sessions.find((s) => s.number === 1)!;
  await gql(mentor.request, 'mutation ($id: ID!) { setCohortStatus(id: $id, status: OPEN) { id } }', { id: cohortId });
  const { createAssignment } = await gql<{ createAssignment: { id: string } }>(
    mentor.request,
    'mutation ($input: AssignmentInput!) { createAssignment(input: $input) { id } }',
    {
      input: {
        sessionId: first.id,
        title: `Warm-up quiz ${suffix}`,
        kind: 'QUIZ',
        points: 10,
        dueMode: 'ABSOLUTE',
        dueAt: start.plus({ days: 10 }).toUTC().toISO(),
        latePolicy: 'ACCEPT_LATE',
        publish: true,
        quiz: { selection: 'RULE', feedback: 'AT_END', rule: { domainIds: examDomains.map((d) => d.id), count: 12 } },
      },
    },
  );

  // ---- Three students enroll: one answers every question (first option), one hands in a blank quiz, one takes none. ----
  const ana = await enrolledStudent(browser, cohortId, `Ana Ready ${suffix}`);
  const ben = await enrolledStudent(browser, cohortId, `Ben Blank ${suffix}`);
  const cara = await enrolledStudent(browser, cohortId, `Cara Later ${suffix}`);
  const anaScores = await takeQuiz(ana, createAssignment.id, (options) => options[0]!.id);
  const benScores = await takeQuiz(ben, createAssignment.id, () => null);
  expect(anaScores.length).toBeGreaterThan(0);
  expect(benScores.every((d) => d.correct === 0 && d.percent === 0)).toBe(true);

  // ---- The mentor opens the heatmap from the cohort's manage page. ----
  await mentor.goto(`/cohorts/${cohortId}/manage`);
  await expect(mentor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await mentor.getByRole('link', { name: 'Readiness', exact: true }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: 'Readiness' })).toBeVisible();
  await expect(mentor).toHaveURL(new RegExp(`/cohorts/${cohortId}/readiness$`));

  const table = mentor.getByTestId('heatmap');
  await expect(table.getByRole('columnheader')).toHaveText(['Student', ...examDomains.map((d) => d.name), 'Answered']);
  await expect(mentor.getByTestId('readiness-shown')).toHaveText('Showing 3 of 3');
  const column = (domainId: string) => examDomains.findIndex((d) => d.id === domainId);

  // Ana: her score in each domain the quiz drew from, a dash elsewhere.
  const anaCells = table.getByRole('row', { name: new RegExp(`^Ana Ready ${suffix}`) }).getByTestId('heatmap-cell');
  await expect(anaCells).toHaveCount(examDomains.length);
  for (const [i, d] of examDomains.entries()) {
    const s = anaScores.find((x) => x.domain.id === d.id);
    await expect(anaCells.nth(i)).toHaveText(s ? `${s.percent} %${s.correct} of ${s.total}` : '—No answers');
  }
  // Ben: 0 % wherever he had questions (blanks count as wrong).
  const benCells = table.getByRole('row', { name: new RegExp(`^Ben Blank ${suffix}`) }).getByTestId('heatmap-cell');
  for (const s of benScores) await expect(benCells.nth(column(s.domain.id))).toHaveText(`0 %0 of ${s.total}`);
  // Cara: nothing yet.
  await expect(table.getByRole('row', { name: new RegExp(`^Cara Later ${suffix}`) }).getByTestId('heatmap-cell').filter({ hasText: '—' })).toHaveCount(examDomains.length);

  // The whole cohort, and the weakest domains (lowest first) with the way to plan session 1.
  const cohortScores = new Map<string, { name: string; correct: number; total: number }>();
  for (const s of [...anaScores, ...benScores]) {
    const c = cohortScores.get(s.domain.id) ?? { name: s.domain.name, correct: 0, total: 0 };
    cohortScores.set(s.domain.id, { name: c.name, correct: c.correct + s.correct, total: c.total + s.total });
  }
  const cohortCells = mentor.getByTestId('heatmap-cohort-cell');
  for (const [id, c] of cohortScores) await expect(cohortCells.nth(column(id))).toContainText(`${c.correct} of ${c.total}`);
  const weakest = mentor.getByTestId('weakest-domains').getByRole('listitem');
  await expect(weakest).toHaveCount(Math.min(3, cohortScores.size));
  const lowest = Math.min(...[...cohortScores.values()].map((c) => Math.round((100 * c.correct) / c.total)));
  await expect(weakest.first()).toContainText(`: ${lowest} % correct`);
  await expect(mentor.getByTestId('weakest-summary')).toHaveText(/^Plan the next session around: .+\.$/);
  await expect(mentor.getByRole('link', { name: 'Plan session 1' })).toHaveAttribute('href', `/cohorts/${cohortId}/manage/sessions/${first.id}`);
  await expect(mentor.getByTestId('heatmap-legend').getByRole('listitem')).toHaveCount(5);

  // axe (colour contrast on every cell colour included), then the cohort's bars as a table.
  await expectNoSeriousA11yViolations(mentor, 'the readiness heatmap');
  await mentor.getByRole('radiogroup', { name: 'Show the cohort’s score by exam domain as' }).getByText('Table', { exact: true }).click();
  await expect(mentor.getByTestId('cohort-scores-table').getByTestId('cohort-scores-row')).toHaveCount(examDomains.length);

  // On a 375 px phone only the table scrolls sideways.
  await mentor.setViewportSize({ width: 375, height: 740 });
  await expect(table).toBeVisible();
  expect(await overflowing(mentor), 'the readiness page scrolls sideways at 375 px').toEqual([]);

  // ---- Ana's own map: her scores, and the attempt in the trend. ----
  await ana.goto('/readiness');
  await expect(ana.getByRole('heading', { level: 1, name: 'Exam practice' })).toBeVisible();
  const anaCorrect = anaScores.reduce((n, s) => n + s.correct, 0);
  const anaTotal = anaScores.reduce((n, s) => n + s.total, 0);
  await expect(ana.getByTestId('readiness-summary')).toContainText(`Overall${Math.round((100 * anaCorrect) / anaTotal)} %${anaTotal} answers`);
  await ana.getByRole('radiogroup', { name: 'Show score over attempts as' }).getByText('Table', { exact: true }).click();
  await expect(ana.getByTestId('trend-row')).toHaveCount(1);
  await expect(ana.getByTestId('study-next-item').first()).toBeVisible();
  await expectNoSeriousA11yViolations(ana, 'the student’s readiness map');
  await ana.setViewportSize({ width: 375, height: 740 });
  // Off the charts, so no tooltip is showing.
  await ana.mouse.move(1, 1);
  await expect(ana.getByTestId('readiness-summary')).toBeVisible();
  expect(await overflowing(ana), 'the student’s map scrolls sideways at 375 px').toEqual([]);

  for (const p of [ana, ben, cara]) await p.context().close();
  await mentorContext.close();
});
