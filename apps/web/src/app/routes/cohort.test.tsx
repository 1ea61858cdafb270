import { screen, waitFor, within } from '@testing-library/react';
import { CohortPageDocument } from '@/gql/graphql';
import { EnrollMutation, LeaveCohortMutation } from '@/features/enrollment/api/documents';
import { ctAgenda, progress } from '@/features/agenda/testing';
import { CohortAnnouncementsQuery } from '@/features/announcements/api/documents';
import { modalities, page, weeklySessions } from '@/testing/cohorts';
import { me, viewerMock } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { Component as CohortRoute } from './cohort';

const student = me({ id: 'user-7', displayName: 'Taylor Brooks', timeZone: 'America/New_York' });
const sessions = weeklySessions(5).map((s, i) => ({
  ...s,
  durationMinutes: 120,
  isMakeup: false,
  status: i === 2 ? 'CANCELLED' : 'SCHEDULED',
  // Someone not enrolled sees no agenda and no progress.
  agenda: [] as unknown[],
  viewerProgress: progress(0, 0, 0),
}));
const seats = (left: number, waitlisted: number) => ({ __typename: 'Seats', left, capacity: 12, enrolled: 12 - left, waitlisted });

function panel(viewerEnrollment: unknown, s = seats(0, 2)) {
  return {
    __typename: 'Cohort',
    id: 'cohort-1',
    title: 'CRES study group — CT and MRI',
    status: 'OPEN',
    requiresApproval: false,
    enrollmentClosed: false,
    enrollmentOpensAt: null,
    enrollmentClosesAt: null,
    viewerCanManage: false,
    seats: s,
    viewerEnrollment,
  };
}

const cohort = {
  ...panel(null),
  description: 'Five two-hour evening sessions over Zoom.',
  timeZone: 'America/Denver',
  chapter: { __typename: 'Chapter', id: 'chapter-1', name: 'CABMET', slug: 'cabmet', regionName: 'Colorado' },
  mentors: [{ __typename: 'CohortMentor', userId: 'user-3', displayName: 'Dale Okafor', isLead: true }],
  modalities: modalities.slice(0, 2),
  viewerProgress: progress(0, 0, 0),
  nextSession: { ...sessions[0], myAttendance: null, cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver', meeting: null } },
  sessions,
  attendanceRule: { __typename: 'AttendanceRule', certificateMinPercent: 75 },
  // Only enrolled students have contact hours.
  myContactHours: null,
};

describe('cohort page', () => {
  it('lists every session in the viewer’s zone (cancelled struck through), joins the waitlist with its place, and leaves after confirming', async () => {
    const { user } = renderRoutes([{ path: '/cohorts/:id', element: <CohortRoute /> }], { path: '/cohorts/cohort-1', mocks: [
      viewerMock(student),
      { request: { query: CohortPageDocument, variables: { id: 'cohort-1' } }, result: { data: { cohort } } },
      {
        request: { query: EnrollMutation, variables: { cohortId: 'cohort-1' } },
        result: { data: { enroll: { __typename: 'Enrollment', id: 'enr-1', status: 'WAITLISTED', waitlistPosition: 3, cohort: { ...panel({ __typename: 'Enrollment', id: 'enr-1', status: 'WAITLISTED', waitlistPosition: 3 }, seats(0, 3)), meeting: null } } } },
      },
      {
        request: { query: LeaveCohortMutation, variables: { cohortId: 'cohort-1' } },
        result: { data: { leaveCohort: { __typename: 'Enrollment', id: 'enr-1', status: 'LEFT', waitlistPosition: null, cohort: { ...panel({ __typename: 'Enrollment', id: 'enr-1', status: 'LEFT', waitlistPosition: null }, seats(0, 2)), meeting: null } } } },
      },
    ] });

    expect(await screen.findByRole('heading', { level: 1, name: 'CRES study group — CT and MRI' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sessions' });
    const items = within(list).getAllByTestId('cohort-session');
    expect(items).toHaveLength(5);
    // 7 pm Denver is 9 pm for this New York student, with the cohort's time beside it
    // (once the viewer's own answer, separate from the page's, is in).
    expect(items[0]).toHaveTextContent('Session 1: Session 1');
    await waitFor(() => expect(within(list).getAllByTestId('cohort-session')[0]).toHaveTextContent('Tue, Jan 8, 9:00 PM EST (7:00 PM MST cohort time)'));
    expect(items[2]).toHaveTextContent('Cancelled');
    expect(within(items[2]!).getByText('Session 3: Session 3')).toHaveStyle({ textDecoration: 'line-through' });
    // Not enrolled: no .ics downloads, no Join button, no announcements.
    expect(screen.queryByRole('link', { name: /Download \.ics/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Join session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Announcements' })).not.toBeInTheDocument();

    const place = screen.getByRole('region', { name: 'Your place' });
    expect(within(place).getByTestId('seats')).toHaveTextContent('All 12 seats are taken. 2 on the waitlist.');
    await user.click(within(place).getByRole('button', { name: 'Join the waitlist' }));
    expect(await within(place).findByRole('status')).toHaveTextContent('CRES study group — CT and MRI is full, so you are on the waitlist as number 3.');
    expect(within(place).getByTestId('enrollment-status')).toHaveTextContent('You are on the waitlist, number 3.');
    expect(within(place).getByTestId('seats')).toHaveTextContent('3 on the waitlist.');

    await user.click(within(place).getByRole('button', { name: 'Leave the waitlist' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave the waitlist?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave the waitlist' }));
    expect(await within(place).findByRole('button', { name: 'Join the waitlist' })).toBeInTheDocument();
  }, 30_000);
});

describe('cohort page for an enrolled student', () => {
  const enrolled = { __typename: 'Enrollment', id: 'enr-1', status: 'ENROLLED', waitlistPosition: null };
  const meeting = { __typename: 'Meeting', url: 'https://zoom.us/j/95550100123', passcode: 'cres2027' };
  // Session 1's first reading is done: 6 minutes of the second are left before it.
  const agenda = ctAgenda({ doneFirst: true });
  const withAgenda = sessions.map((s, i) => (i === 0 ? { ...s, agenda, viewerProgress: progress(1, 3, 11) } : s));
  const mine = {
    ...cohort,
    viewerEnrollment: enrolled,
    meeting,
    viewerProgress: progress(1, 3, 11),
    nextSession: { ...withAgenda[0], myAttendance: null, cohort: { __typename: 'Cohort', id: 'cohort-1', title: cohort.title, timeZone: 'America/Denver', meeting } },
    sessions: withAgenda,
    myContactHours: { __typename: 'ContactHours', minutes: 390, hours: 6.5, possibleMinutes: 600, percent: 65, certificateEligible: false },
  };

  it('says how many minutes of reading are left before the next session, with links, the cohort progress and each session’s page', async () => {
    renderRoutes([{ path: '/cohorts/:id', element: <CohortRoute /> }], {
      path: '/cohorts/cohort-1',
      mocks: [
        viewerMock(student),
        { request: { query: CohortPageDocument, variables: { id: 'cohort-1' } }, result: { data: { cohort: mine } } },
        {
          request: { query: CohortAnnouncementsQuery, variables: { cohortId: 'cohort-1', first: 10 } },
          result: { data: { cohort: { __typename: 'Cohort', id: 'cohort-1', announcements: page('AnnouncementPage', []) } } },
        },
      ],
    });

    const card = await screen.findByRole('region', { name: 'Before session 1' });
    // Only the released BEFORE item not done yet; in the New York student's zone (once the viewer's answer is in).
    await waitFor(() => expect(within(card).getByTestId('before-minutes')).toHaveTextContent('About 6 min of reading before Tue, Jan 8, 9:00 PM EST.'));
    expect(within(card).getByRole('link', { name: 'CT detectors and calibration' })).toHaveAttribute('href', '/agenda/item-2');
    expect(within(card).queryByRole('link', { name: 'CT x-ray tubes and the rotating gantry' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: 'CT dose and radiation safety' })).not.toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Open session 1' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-1');

    // One "Next session" region (the card with Join), apart from this one.
    expect(screen.getAllByRole('region', { name: /next session/i })).toHaveLength(1);
    const progressRegion = screen.getByRole('region', { name: 'Your progress' });
    const bar = within(progressRegion).getByRole('progressbar', { name: 'Whole cohort' });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    const links = within(progressRegion).getAllByTestId('session-agenda-link');
    expect(links).toHaveLength(5);
    expect(within(links[0]!).getByRole('link', { name: 'Session 1: Session 1' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-1');
    expect(links[0]).toHaveTextContent('1 of 3 items done');
    // Students do not plan agendas.
    expect(screen.queryByRole('link', { name: /^Plan agenda/ })).not.toBeInTheDocument();

    // Contact hours so far, against what a certificate needs.
    const hours = screen.getByRole('region', { name: 'Contact hours' });
    expect(within(hours).getByTestId('contact-hours-text')).toHaveTextContent('6.5 of 10 hours · certificate needs 75 % (7.5 hours)');
    expect(within(hours).getByRole('progressbar', { name: 'Contact hours attended' })).toHaveAttribute('aria-valuenow', '65');
    expect(hours).toHaveTextContent('You have attended 65 % of the sessions’ time; 1 more hour reaches 75 %.');
    // The next session's Join checks the student in; before the window it is disabled.
    const next = screen.getByRole('region', { name: 'Next session' });
    expect(within(next).getByRole('button', { name: 'Join session' })).toBeDisabled();
    expect(within(next).getByText('You can join and check in from 15 minutes before the start.')).toBeInTheDocument();
  });
});
