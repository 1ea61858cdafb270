import { screen, within } from '@testing-library/react';
import { CohortPageDocument } from '@/gql/graphql';
import { EnrollMutation, LeaveCohortMutation } from '@/features/enrollment/api/documents';
import { modalities, weeklySessions } from '@/testing/cohorts';
import { me, viewerMock } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { Component as CohortRoute } from './cohort';

const student = me({ id: 'user-7', displayName: 'Taylor Brooks', timeZone: 'America/New_York' });
const sessions = weeklySessions(5).map((s, i) => ({ ...s, durationMinutes: 120, isMakeup: false, status: i === 2 ? 'CANCELLED' : 'SCHEDULED' }));
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
  nextSession: { ...sessions[0], cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver', meeting: null } },
  sessions,
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
    // 7 pm Denver is 9 pm for this New York student, with the cohort's time beside it.
    expect(items[0]).toHaveTextContent('Session 1: Session 1');
    expect(items[0]).toHaveTextContent('Tue, Jan 8, 9:00 PM EST (7:00 PM MST cohort time)');
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
