import { screen, waitFor, within } from '@testing-library/react';
import { DateTime, ErrorCode, nowUtc, weekdayName, type IsoWeekday } from '@gantry/shared';
import { Component as NewCohortRoute } from '@/app/routes/new-cohort';
import { NewCohortPageDocument } from '@/gql/graphql';
import { modalities } from '@/testing/cohorts';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { CreateCohortMutation } from '../api/documents';

const CHAPTER_ID = '0b6f3c1e-4d2a-4c8e-9f1a-2b3c4d5e6f70';
// A mentor in Phoenix (no daylight saving) runs a Denver cohort.
const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', email: 'mentor@cabmet.test', roles: ['MENTOR', 'STUDENT'], timeZone: 'America/Phoenix' });

const pageMock = {
  request: { query: NewCohortPageDocument },
  result: {
    data: {
      myChapters: [{ __typename: 'Chapter', id: CHAPTER_ID, name: 'CABMET', timeZone: 'America/Denver' }],
      modalities,
      cohortTemplates: [],
    },
  },
  maxUsageCount: 3,
};

/** The next day Denver springs forward, at least two weeks away (so the plan is in the future). */
function nextSpringForward(zone: string): DateTime {
  let d = nowUtc().setZone(zone).startOf('day').plus({ days: 14 });
  for (let i = 0; i < 400; i++, d = d.plus({ days: 1 })) {
    if (d.plus({ days: 1 }).offset > d.offset) return d;
  }
  throw new Error('no daylight-saving change found');
}

const changeDay = nextSpringForward('America/Denver');
// Weekly from 12 days before the change: two sessions before it, three after.
const start = changeDay.minus({ days: 12 });
const weekday = start.weekday as IsoWeekday;

function input(startDate: string) {
  return {
    chapterId: CHAPTER_ID,
    templateId: null,
    title: 'Spring CT cohort',
    description: '',
    modalityCodes: ['CT'],
    capacity: 12,
    timeZone: 'America/Denver',
    meetingUrl: null,
    meetingPasscode: null,
    requiresApproval: false,
    enrollmentOpensAt: null,
    enrollmentClosesAt: null,
    pattern: { cadence: 'WEEKLY', weekday, localTime: '19:00', durationMinutes: 120, count: 5, startDate, dates: null },
    sessionTitles: ['CT basics', '', '', '', ''],
  };
}

function fmt(d: DateTime, zone: string) {
  return d.setZone(zone).setLocale('en-US').toFormat('ccc, LLL d, yyyy, h:mm a ZZZZ');
}

describe('new-cohort wizard', () => {
  it('previews the sessions across a daylight-saving change: 7 pm in the cohort’s zone, the mentor’s own time beside it; a clash lands on the start date', async () => {
    const clash = 'Dale Okafor already runs a session at that time (CRES study group — CT and MRI, 7:00 PM). Choose another start date or time.';
    const { user } = renderAt(
      '/cohorts/new',
      <NewCohortRoute />,
      [
        viewerMock(mentor),
        pageMock,
        { request: { query: CreateCohortMutation, variables: { input: input(start.toISODate()!) } }, result: { errors: [gqlError(ErrorCode.BadUserInput, clash, { 'pattern.startDate': [clash] })] } },
        {
          request: { query: CreateCohortMutation, variables: { input: input(start.plus({ weeks: 1 }).toISODate()!) } },
          result: { data: { createCohort: { __typename: 'Cohort', id: 'cohort-9', title: 'Spring CT cohort', status: 'DRAFT' } } },
        },
      ],
      { '/cohorts/:id/manage': 'Manage page' },
    );

    // Basics.
    expect(await screen.findByRole('heading', { level: 2, name: 'Basics' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Chapter' })).toHaveValue('CABMET');
    await user.click(screen.getByRole('button', { name: 'Next: Schedule' }));
    // Checked with the shared rules before moving on.
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(/at least 3 characters/);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Spring CT cohort');
    await user.click(screen.getByRole('combobox', { name: 'Modalities' }));
    await user.click(await screen.findByRole('option', { name: 'Computed tomography (CT)' }));
    await user.click(screen.getByRole('button', { name: 'Next: Schedule' }));

    // Schedule: the zone defaults to the chapter's.
    const heading = await screen.findByRole('heading', { level: 2, name: 'Schedule' });
    expect(heading).toHaveFocus();
    expect((screen.getByRole('combobox', { name: 'Cohort time zone' }) as HTMLInputElement).value).toMatch(/^America\/Denver/);
    await user.click(screen.getByRole('combobox', { name: 'Weekday' }));
    await user.click(await screen.findByRole('option', { name: weekdayName(weekday) }));
    const startDate = screen.getByLabelText(/^First possible date/);
    await user.clear(startDate);
    await user.type(startDate, start.toISODate()!);
    await user.type(screen.getByRole('textbox', { name: 'Title of session 1' }), 'CT basics');

    const preview = screen.getByRole('table', { name: 'Preview of the sessions' });
    expect(within(preview).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['#', 'Title', 'Cohort time (America/Denver)', 'Your time (America/Phoenix)']);
    const rows = within(preview).getAllByTestId('preview-row');
    expect(rows).toHaveLength(5);
    const cohortTimes = rows.map((r) => within(r).getByTestId('preview-cohort-start').textContent);
    const mentorTimes = rows.map((r) => within(r).getByTestId('preview-viewer-time').textContent);
    const sessionDay = (i: number) => start.plus({ weeks: i });
    // Always 7 pm in Denver: MST before the change, MDT after.
    expect(cohortTimes).toEqual([0, 1, 2, 3, 4].map((i) => fmt(DateTime.fromISO(`${sessionDay(i).toISODate()}T19:00`, { zone: 'America/Denver' }), 'America/Denver')));
    expect(cohortTimes.slice(0, 2).every((t) => t?.endsWith('7:00 PM MST'))).toBe(true);
    expect(cohortTimes.slice(2).every((t) => t?.endsWith('7:00 PM MDT'))).toBe(true);
    // Phoenix stays on MST, so the mentor's 7 pm becomes 6 pm.
    expect(mentorTimes.slice(0, 2).every((t) => t.endsWith('7:00 PM MST'))).toBe(true);
    expect(mentorTimes.slice(2).every((t) => t.endsWith('6:00 PM MST'))).toBe(true);
    expect(rows[2]).toHaveTextContent('Daylight saving time changed (MST → MDT)');
    expect(rows[0]).toHaveTextContent('CT basics');
    expect(rows[1]).toHaveTextContent('Session 2');

    await user.click(screen.getByRole('button', { name: 'Next: Enrollment' }));
    await user.click(await screen.findByRole('button', { name: 'Next: Review' }));
    await user.click(await screen.findByRole('button', { name: 'Create cohort' }));

    // The API's clash goes back to the Schedule step, on the start date field.
    expect(await screen.findByRole('heading', { level: 2, name: 'Schedule' })).toBeInTheDocument();
    const field = screen.getByLabelText(/^First possible date/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(clash));
    // Focus moves in an effect after the step renders (the answer came outside any user event).
    await waitFor(() => expect(field).toHaveFocus());

    // A week later is free: created, and on to its manage page.
    await user.clear(field);
    await user.type(field, start.plus({ weeks: 1 }).toISODate()!);
    await user.click(screen.getByRole('button', { name: 'Next: Enrollment' }));
    await user.click(await screen.findByRole('button', { name: 'Next: Review' }));
    await user.click(await screen.findByRole('button', { name: 'Create cohort' }));
    expect(await screen.findByText('Manage page')).toBeInTheDocument();
  }, 30_000);

  it('flags a start time that does not exist on the night clocks spring forward', async () => {
    const { user } = renderAt('/cohorts/new', <NewCohortRoute />, [viewerMock(mentor), pageMock]);
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Night shift cohort');
    await user.click(screen.getByRole('combobox', { name: 'Modalities' }));
    await user.click(await screen.findByRole('option', { name: 'Computed tomography (CT)' }));
    await user.click(screen.getByRole('button', { name: 'Next: Schedule' }));
    await screen.findByRole('heading', { level: 2, name: 'Schedule' });

    await user.click(screen.getByRole('radio', { name: 'Dates I pick' }));
    await user.click(screen.getByRole('button', { name: 'Add a date' }));
    await user.type(screen.getByLabelText('Date of session 1'), changeDay.toISODate()!);
    const time = screen.getByLabelText(/^Start time/);
    await user.clear(time);
    await user.type(time, '02:30');

    const row = within(screen.getByRole('table', { name: 'Preview of the sessions' })).getByTestId('preview-row');
    expect(within(row).getByTestId('preview-cohort-time')).toHaveTextContent('3:30 AM MDT');
    expect(row).toHaveTextContent('Moved to 3:30 AM: clocks spring forward that night');
    expect(screen.getByText('A start time does not exist on one day')).toBeInTheDocument();
  }, 30_000);
});
