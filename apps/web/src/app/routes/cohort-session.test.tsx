import { act, screen, waitFor, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import { CheckInDocument, CohortSessionPageDocument, MarkAgendaItemDoneDocument } from '@/gql/graphql';
import { record } from '@/features/attendance/testing';
import { ctAgenda, progress } from '@/features/agenda/testing';
import { me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as CohortSessionRoute } from './cohort-session';

// A New York student in a Denver cohort; the session is at 7 pm MST (9 pm EST).
const student = me({ id: 'user-7', displayName: 'Taylor Brooks', timeZone: 'America/New_York' });

function assignment(id: string, title: string, viewerDueAt: string, submission: { status: string; late?: boolean; score?: number | null } | null, points: number | null = 10) {
  return {
    __typename: 'Assignment',
    id,
    title,
    published: true,
    points,
    viewerDueAt,
    viewerSubmission: submission ? { __typename: 'Submission', id: `sub-${id}`, late: false, score: null, ...submission } : null,
  };
}

function page(opts: { enrolled?: boolean; recording?: boolean; assignments?: unknown[]; startsAt?: string; myAttendance?: unknown } = {}) {
  const enrolled = opts.enrolled ?? true;
  return {
    cohort: {
      __typename: 'Cohort',
      id: 'cohort-1',
      title: 'CRES study group — CT and MRI',
      timeZone: 'America/Denver',
      viewerCanManage: false,
      viewerEnrollment: enrolled ? { __typename: 'Enrollment', id: 'enr-1', status: 'ENROLLED' } : null,
      meeting: enrolled ? { __typename: 'Meeting', url: 'https://zoom.us/j/95550100123', passcode: 'cres2027' } : null,
      // Session 1's three items plus two done in an earlier session.
      viewerProgress: progress(2, 5, 18),
      sessions: [
        {
          __typename: 'CohortSession',
          id: 'session-1',
          number: 1,
          title: 'CT: gantry, tube and detector',
          startsAt: opts.startsAt ?? '2030-01-09T02:00:00.000Z',
          endsAt: opts.startsAt ? DateTime.fromISO(opts.startsAt).plus({ hours: 2 }).toUTC().toISO() : '2030-01-09T04:00:00.000Z',
          durationMinutes: 120,
          status: 'SCHEDULED',
          isMakeup: false,
          recordingUrl: opts.recording ? 'https://example.org/recording/1' : null,
          slidesUrl: null,
          viewerProgress: progress(0, 3, 18),
          agenda: enrolled ? ctAgenda() : [],
          assignments: opts.assignments ?? [],
          myAttendance: opts.myAttendance ?? null,
          cohort: { __typename: 'Cohort', id: 'cohort-1', meeting: enrolled ? { __typename: 'Meeting', url: 'https://zoom.us/j/95550100123', passcode: 'cres2027' } : null },
        },
      ],
    },
  };
}

function render(mocks: Mocks, data = page()) {
  return renderRoutes([{ path: '/cohorts/:id/sessions/:sessionId', element: <CohortSessionRoute /> }], {
    path: '/cohorts/cohort-1/sessions/session-1',
    mocks: [viewerMock(student), { request: { query: CohortSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data } }, ...mocks],
  });
}

const done = (id: string, value: boolean, delay = 0): Mocks[number] => ({
  request: { query: MarkAgendaItemDoneDocument, variables: { id, done: value } },
  result: { data: { markAgendaItemDone: { __typename: 'AgendaItem', id, viewerDone: value } } },
  delay,
});

describe('session page', () => {
  it('shows the session in the viewer’s zone with the agenda by phase, and a "done" checkbox moves both progress bars at once', async () => {
    const { user } = render([
      done('item-2', true, 300),
      { request: { query: MarkAgendaItemDoneDocument, variables: { id: 'item-2', done: false } }, result: { errors: [{ message: 'Something went wrong. Try again in a moment.', extensions: { code: 'INTERNAL' } }] } },
    ], page({ recording: true }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Session 1: CT: gantry, tube and detector' })).toBeInTheDocument();
    // The viewer (and so their zone) is a separate answer from the page's: it may land a moment later.
    expect(await screen.findByText('Tue, Jan 8, 9:00 PM EST')).toBeInTheDocument();
    expect(screen.getByText('(7:00 PM MST cohort time)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Join session' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Watch the recording' })).toHaveAttribute('rel', 'noopener noreferrer');

    const before = screen.getByRole('region', { name: 'Before the session' });
    expect(within(before).getAllByTestId('agenda-item')).toHaveLength(2);
    expect(within(before).getByRole('link', { name: 'CT detectors and calibration' })).toHaveAttribute('href', '/agenda/item-2');
    expect(within(screen.getByRole('region', { name: 'After the session' })).getAllByTestId('agenda-item')).toHaveLength(1);

    const sessionBar = screen.getByRole('progressbar', { name: 'This session' });
    const cohortBar = screen.getByRole('progressbar', { name: 'Whole cohort' });
    expect(sessionBar).toHaveAttribute('aria-valuenow', '0');
    expect(sessionBar).toHaveAttribute('aria-valuemax', '3');
    expect(cohortBar).toHaveAttribute('aria-valuenow', '2');

    // Checked at once, before the API answers (it takes 300 ms here).
    const box = screen.getByRole('checkbox', { name: 'Mark CT detectors and calibration done' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(sessionBar).toHaveAttribute('aria-valuenow', '1');
    expect(sessionBar).toHaveAttribute('aria-valuetext', '1 of 3 items done, about 12 min left.');
    expect(cohortBar).toHaveAttribute('aria-valuenow', '3');
    expect(screen.getByTestId('cohort-progress')).toHaveTextContent('3 of 5 items done, about 12 min left.');
    // Still so once it has.
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(box).toBeChecked();
    expect(sessionBar).toHaveAttribute('aria-valuenow', '1');
    expect(cohortBar).toHaveAttribute('aria-valuenow', '3');

    // Undoing fails on the API: it goes back, and says so.
    await user.click(box);
    expect(await screen.findByText('Could not save your progress on CT detectors and calibration')).toBeInTheDocument();
    // The rollback of the optimistic change and the message are separate renders after the API's answer.
    await waitFor(() => expect(box).toBeChecked());
    await waitFor(() => expect(sessionBar).toHaveAttribute('aria-valuenow', '1'));
    await waitFor(() => expect(cohortBar).toHaveAttribute('aria-valuenow', '3'));
  }, 30_000);

  it('lists the session’s homework with due times in the viewer’s zone and where the student stands', async () => {
    render(
      [],
      page({
        assignments: [
          // 04:00 UTC on Jan 16 is 11 pm in New York (the viewer) and 9 pm in Denver (the cohort).
          assignment('asg-1', 'Tube heat units worksheet', '2030-01-16T04:00:00.000Z', { status: 'RETURNED', score: 8.5 }),
          assignment('asg-2', 'Detector calibration log', '2030-01-16T04:00:00.000Z', null),
          assignment('asg-3', 'Past quiz reflection', '2020-01-16T04:00:00.000Z', { status: 'SUBMITTED', late: true }, null),
        ],
      }),
    );
    const homework = await screen.findByRole('region', { name: 'Homework' });
    const rows = within(homework).getAllByTestId('session-assignment');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('link', { name: 'Tube heat units worksheet' })).toHaveAttribute('href', '/assignments/asg-1');
    // In the viewer's zone once their own answer (separate from the page's) is in.
    await waitFor(() => expect(within(homework).getAllByTestId('session-assignment')[0]).toHaveTextContent('Due Tue, Jan 15, 11:00 PM EST (9:00 PM MST cohort time)'));
    expect(rows[0]).toHaveTextContent('Returned: 8.5 / 10');
    expect(rows[1]).toHaveTextContent('Not started');
    expect(rows[2]).toHaveTextContent('Submitted');
    expect(rows[2]).toHaveTextContent('Late');
  });

  it('says so when a session has no homework', async () => {
    render([], page());
    const homework = await screen.findByRole('region', { name: 'Homework' });
    expect(homework).toHaveTextContent('No homework for this session.');
  });

  it('is for the cohort’s students and mentors only', async () => {
    render([], page({ enrolled: false }));
    expect(await screen.findByRole('heading', { level: 1, name: 'For the cohort’s students' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the cohort’s page' })).toHaveAttribute('href', '/cohorts/cohort-1');
  });
});

describe('checking in on the session page', () => {
  // Started five minutes ago: inside the join window.
  const startsAt = DateTime.utc().minus({ minutes: 5 }).startOf('minute');
  const joinedAt = startsAt.plus({ minutes: 7 });
  const checkedIn = record('rec-1', 'user-7', 'PRESENT', { joinedAt: joinedAt.toISO(), minutes: 0 });
  const checkIn = (delay: number): Mocks[number] => ({
    request: { query: CheckInDocument, variables: { sessionId: 'session-1' } },
    result: { data: { checkIn: checkedIn } },
    delay,
  });
  /** "7:02 PM" for the New York viewer. */
  const shown = joinedAt.setZone('America/New_York').setLocale('en-US').toFormat('h:mm a');

  it('checks in once however often the button is pressed, and says when (in the student’s zone) and how', async () => {
    // Only one check-in is mocked: a second request would fail and show an error.
    const { user } = render([checkIn(300)], page({ startsAt: startsAt.toISO()! }));
    const join = await screen.findByRole('region', { name: 'Join' });
    expect(within(join).getByRole('link', { name: 'Join session' })).toHaveAttribute('href', 'https://zoom.us/j/95550100123');
    expect(within(join).getByTestId('check-in-status')).toHaveTextContent('Not checked in yet.');
    const button = within(join).getByRole('button', { name: 'Check in' });
    await user.dblClick(button);
    await user.click(button);
    await waitFor(() => expect(within(join).getByTestId('check-in-status')).toHaveTextContent(`Checked in at ${shown} (your time) · Present`));
    expect(within(join).queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
    expect(within(join).queryByRole('alert')).not.toBeInTheDocument();
    // Joining now opens the meeting without checking in again.
    expect(within(join).getByRole('link', { name: 'Join session' })).toBeInTheDocument();
  }, 30_000);

  it('checks the student in as they press Join', async () => {
    const { user } = render([checkIn(0)], page({ startsAt: startsAt.toISO()! }));
    const join = await screen.findByRole('region', { name: 'Join' });
    const link = within(join).getByRole('link', { name: 'Join session' });
    expect(link).toHaveAttribute('target', '_blank');
    // The meeting opens in a new tab (jsdom does not open it); the check-in goes out beside it.
    link.addEventListener('click', (e) => e.preventDefault());
    await user.click(link);
    await waitFor(() => expect(within(join).getByTestId('check-in-status')).toHaveTextContent(`Checked in at ${shown} (your time) · Present`));
  }, 30_000);

  it('shows what a mentor recorded, and nothing to press outside the window', async () => {
    render([], page({ myAttendance: record('rec-2', 'user-7', 'EXCUSED', { joinedAt: null, source: 'MENTOR', minutes: 0, updatedBy: { id: 'user-3', displayName: 'Dale Okafor' } }) }));
    const join = await screen.findByRole('region', { name: 'Join' });
    expect(within(join).getByRole('button', { name: 'Join session' })).toBeDisabled();
    expect(within(join).queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
    expect(within(join).getByTestId('check-in-status')).toHaveTextContent('Your attendance: Excused');
  });
});
