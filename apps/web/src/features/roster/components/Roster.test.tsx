import { screen, waitFor, within } from '@testing-library/react';
import { CohortRosterDocument } from '@/gql/graphql';
import { page } from '@/testing/cohorts';
import { renderAt, type Mocks } from '@/testing/render';
import { ApproveEnrollmentMutation, RemoveEnrollmentMutation } from '../api/documents';
import { Roster } from './Roster';

function entry(id: string, name: string, status: 'ENROLLED' | 'PENDING' | 'WAITLISTED', waitlistPosition: number | null = null) {
  return {
    __typename: 'RosterEntry',
    enrollmentId: id,
    userId: `user-${id}`,
    displayName: name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
    timeZone: 'America/New_York',
    status,
    source: 'SELF',
    waitlistPosition,
    since: '2026-11-20T18:00:00.000Z',
    version: 1,
  };
}

const avery = entry('e1', 'Avery Chen', 'ENROLLED');
const jordan = entry('e2', 'Jordan Miller', 'ENROLLED');
const priya = entry('e3', 'Priya Shah', 'PENDING');
const taylor = entry('e4', 'Taylor Brooks', 'WAITLISTED', 1);
const jamie = entry('e5', 'Jamie Rivera', 'WAITLISTED', 2);

function rosterMock(nodes: ReturnType<typeof entry>[]): Mocks[number] {
  const count = (status: string) => nodes.filter((n) => n.status === status).length;
  const seats = { __typename: 'Seats', enrolled: count('ENROLLED'), pending: count('PENDING'), waitlisted: count('WAITLISTED') };
  return {
    request: { query: CohortRosterDocument, variables: { cohortId: 'cohort-1', first: 25 } },
    result: { data: { cohort: { __typename: 'Cohort', id: 'cohort-1', seats }, cohortRoster: page('RosterPage', nodes) } },
  };
}

function enrollment(id: string, status: string, waitlistPosition: number | null, seats: { enrolled: number; left: number; pending: number; waitlisted: number }) {
  return { __typename: 'Enrollment', id, status, waitlistPosition, cohort: { __typename: 'Cohort', id: 'cohort-1', seats: { __typename: 'Seats', capacity: 2, ...seats } } };
}

describe('roster', () => {
  it('shows enrolled students, pending requests and the waitlist in order; approving a full cohort waitlists, removing promotes', async () => {
    const { user } = renderAt(
      '/',
      <Roster cohortId="cohort-1" cohortTitle="CRES study group — CT and MRI" viewerZone="America/Denver" moveTargets={[]} />,
      [
        rosterMock([avery, jordan, priya, taylor, jamie]),
        { request: { query: ApproveEnrollmentMutation, variables: { id: 'e3' } }, result: { data: { approveEnrollment: enrollment('e3', 'WAITLISTED', 3, { enrolled: 2, left: 0, pending: 0, waitlisted: 3 }) } } },
        rosterMock([avery, jordan, taylor, jamie, { ...priya, status: 'WAITLISTED', waitlistPosition: 3 }]),
        { request: { query: RemoveEnrollmentMutation, variables: { id: 'e1' } }, result: { data: { removeEnrollment: enrollment('e1', 'REMOVED', null, { enrolled: 2, left: 0, pending: 0, waitlisted: 2 }) } } },
        // Avery's seat went to Taylor, first on the waitlist; the rest move up.
        rosterMock([jordan, { ...taylor, status: 'ENROLLED', waitlistPosition: null }, { ...jamie, waitlistPosition: 1 }, { ...priya, status: 'WAITLISTED', waitlistPosition: 2 }]),
      ],
    );

    const enrolled = await screen.findByRole('table', { name: 'Enrolled (2)' });
    expect(within(enrolled).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Avery Chenavery@example.orgEnrolled themselves · America/New York',
      'Jordan Millerjordan@example.orgEnrolled themselves · America/New York',
    ]);
    expect(within(enrolled).getAllByText('Fri, Nov 20, 2026, 11:00 AM MST')).toHaveLength(2);

    const pending = screen.getByRole('table', { name: 'Waiting for your approval (1)' });
    expect(within(pending).getByRole('button', { name: 'Approve Priya Shah' })).toBeInTheDocument();
    expect(within(pending).getByRole('button', { name: 'Decline Priya Shah' })).toBeInTheDocument();

    const waitlist = screen.getByRole('table', { name: 'Waitlist (2)' });
    const places = within(waitlist)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getAllByRole('cell')[0]!.textContent, within(r).getByText(/@example\.org/).textContent]);
    expect(places).toEqual([
      ['#1', 'taylor@example.org'],
      ['#2', 'jamie@example.org'],
    ]);
    expect(within(waitlist).getByLabelText('Waitlist place 1')).toBeInTheDocument();

    // The cohort is full: approving puts Priya at the end of the waitlist.
    await user.click(within(pending).getByRole('button', { name: 'Approve Priya Shah' }));
    expect(await screen.findByText('Priya Shah is approved; the cohort is full, so they are on the waitlist (number 3).')).toBeInTheDocument();
    expect(await screen.findByText('No requests waiting.')).toBeInTheDocument();

    // Removing an enrolled student asks first, then the roster is re-read (promotion).
    await user.click(screen.getByRole('button', { name: 'Remove Avery Chen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this student?' });
    expect(dialog).toHaveTextContent('Their seat goes to the first person on the waitlist.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove Avery Chen' }));
    expect(await screen.findByText('Avery Chen was removed from the cohort.')).toBeInTheDocument();
    // The row is gone; focus lands on its group's heading rather than on the page body.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Enrolled (2)' })).toHaveFocus());
    const newList = within(screen.getByTestId('roster-waitlisted'));
    expect(newList.getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([expect.stringMatching(/^#1Jamie Rivera/), expect.stringMatching(/^#2Priya Shah/)]);
    expect(within(screen.getByTestId('roster-enrolled')).getByText('Taylor Brooks')).toBeInTheDocument();
  });
});
