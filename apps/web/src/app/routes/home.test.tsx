import { screen, within } from '@testing-library/react';
import { ChapterCohortsDocument, ChapterInvitationsDocument, ChapterMembersDocument, HomePageDocument, type Role } from '@/gql/graphql';
import { AcceptInvitationMutation } from '@/features/invitations/api/documents';
import { homeworkItem, homeworkPage } from '@/features/todo/testing';
import { chapter } from '@/testing/chapters';
import { me, viewerMock } from '@/testing/fixtures';
import { renderAt, type Mocks } from '@/testing/render';
import { Component as HomeRoute } from './home';

const cabmet = chapter();

function homeMock(opts: { withMyChapters: boolean; withAllChapters: boolean; withHomework?: boolean }, data: Record<string, unknown>): Mocks[number] {
  return {
    request: { query: HomePageDocument, variables: { withHomework: false, ...opts, chaptersFirst: 20 } },
    result: { data },
    maxUsageCount: 3,
  };
}

const invitation = {
  __typename: 'Invitation',
  id: 'inv-1',
  role: 'MENTOR',
  expiresAt: '2026-12-01T19:00:00.000Z',
  chapter: { __typename: 'Chapter', id: 'chapter-2', name: 'Utah BMETs', regionName: 'Utah' },
};

function viewerWith(roles: Role[], memberships: { role: string; chapterId: string }[] = []) {
  return {
    __typename: 'Me',
    id: 'user-1',
    memberships: memberships.map((m, i) => ({ __typename: 'ChapterMembership', id: `membership-${i}`, ...m })),
    roles,
  };
}

describe('home page by role', () => {
  it('student: my cohorts (empty) and pending invitations with Accept', async () => {
    const student = me({ roles: ['STUDENT'] });
    const { user } = renderAt('/', <HomeRoute />, [
      viewerMock(student),
      homeMock(
        { withMyChapters: false, withAllChapters: false, withHomework: true },
        { viewer: viewerWith(['STUDENT']), myInvitations: [invitation], myCohorts: [], nextSession: null, myHomework: homeworkPage([]) },
      ),
      {
        request: { query: AcceptInvitationMutation, variables: { input: { id: 'inv-1' } } },
        result: { data: { acceptInvitation: { __typename: 'ChapterMembership', id: 'membership-9', role: 'MENTOR', chapter: { __typename: 'Chapter', id: 'chapter-2', name: 'Utah BMETs', slug: 'utah' } } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'My cohorts' })).toBeInTheDocument();
    expect(screen.getByText('You are not in a cohort yet. Browse the catalog to find a study group.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a cohort' })).toHaveAttribute('href', '/cohorts');
    expect(screen.queryByRole('link', { name: 'New cohort' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'To do' })).getByText(/Nothing to hand in right now/)).toBeInTheDocument();
    const invitations = screen.getByRole('region', { name: 'Chapter invitations' });
    expect(within(invitations).getByRole('heading', { name: 'Utah BMETs' })).toBeInTheDocument();

    await user.click(within(invitations).getByRole('button', { name: 'Accept the invitation from Utah BMETs' }));
    expect(await screen.findByText('You are now a mentor of Utah BMETs.')).toBeInTheDocument();
    expect(await within(invitations).findByText('You have no pending chapter invitations.')).toBeInTheDocument();
  });

  it('student in a cohort: where they stand and the next session in their own zone', async () => {
    const student = me({ roles: ['STUDENT'], timeZone: 'America/New_York' });
    renderAt('/', <HomeRoute />, [
      viewerMock(student),
      homeMock(
        { withMyChapters: false, withAllChapters: false, withHomework: true },
        {
          viewer: viewerWith(['STUDENT']),
          myInvitations: [],
          nextSession: null,
          myHomework: homeworkPage(
            [
              homeworkItem('asg-1', 'Tube heat units worksheet', '2026-12-01T05:00:00.000Z', { status: 'DRAFT' }),
              homeworkItem('asg-2', 'Detector calibration log', '2026-12-08T05:00:00.000Z'),
              homeworkItem('asg-3', 'Quench procedure summary', '2026-12-15T05:00:00.000Z', { sessionNumber: 3 }),
            ],
            { totalCount: 5, hasNextPage: true, endCursor: 'c3' },
          ),
          myCohorts: [
            {
              __typename: 'Cohort',
              id: 'cohort-1',
              title: 'CRES study group — CT and MRI',
              status: 'OPEN',
              timeZone: 'America/Denver',
              viewerCanManage: false,
              chapter: { __typename: 'Chapter', id: cabmet.id, name: 'CABMET', slug: 'cabmet' },
              viewerEnrollment: { __typename: 'Enrollment', id: 'enrollment-1', status: 'ENROLLED', waitlistPosition: null },
              nextSession: { __typename: 'CohortSession', id: 'session-1', number: 1, title: 'CT: gantry, tube and detector', startsAt: '2026-12-02T02:00:00.000Z' },
            },
          ],
        },
      ),
    ]);
    const cohorts = await screen.findByRole('region', { name: 'My cohorts' });
    const card = within(cohorts).getByRole('article', { name: 'CRES study group — CT and MRI' });
    expect(card).toHaveTextContent('You are enrolled.');
    // 02:00 UTC on Dec 2 is 7 pm in Denver (the cohort's zone) and 9 pm for this New York viewer.
    expect(card).toHaveTextContent('Next: session 1, CT: gantry, tube and detector — Tue, Dec 1, 9:00 PM EST (7:00 PM MST cohort time)');
    expect(within(card).getByRole('link', { name: 'CRES study group — CT and MRI' })).toHaveAttribute('href', '/cohorts/cohort-1');
    expect(within(cohorts).queryByText(/You are not in a cohort yet/)).not.toBeInTheDocument();

    // The next three assignments, due times in the viewer's zone, and the way to the whole list.
    const todo = screen.getByRole('region', { name: 'To do' });
    const items = within(todo).getAllByTestId('todo-item');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Tube heat units worksheet');
    expect(items[0]).toHaveTextContent('Due Tue, Dec 1, 12:00 AM EST');
    expect(items[0]).toHaveTextContent('Draft saved');
    expect(within(items[0]!).getByRole('link', { name: 'Tube heat units worksheet' })).toHaveAttribute('href', '/assignments/asg-1');
    expect(items[2]).toHaveTextContent('CRES study group — CT and MRI · session 3');
    expect(within(todo).getByRole('link', { name: 'See all 5' })).toHaveAttribute('href', '/todo');
  });

  it('mentor: the chapters they mentor and a "New cohort" entry point', async () => {
    const mentor = me({ roles: ['MENTOR', 'STUDENT'], displayName: 'Dale Okafor' });
    renderAt('/', <HomeRoute />, [
      viewerMock(mentor),
      homeMock(
        { withMyChapters: true, withAllChapters: false },
        { viewer: viewerWith(['MENTOR', 'STUDENT'], [{ role: 'MENTOR', chapterId: cabmet.id }]), myInvitations: [], myCohorts: [], nextSession: null, myChapters: [cabmet] },
      ),
    ]);
    const chapters = await screen.findByRole('region', { name: 'My chapters' });
    expect(within(chapters).getByRole('heading', { name: 'CABMET' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New cohort' })).toHaveAttribute('href', '/cohorts/new');
    expect(screen.getByText('You are not running a cohort yet. Schedule one with “New cohort”.')).toBeInTheDocument();
    expect(screen.getByTestId('home-role')).toHaveTextContent('Mentor');
    // No pending invitations: the section is left out rather than shown empty.
    expect(screen.queryByRole('region', { name: 'Chapter invitations' })).not.toBeInTheDocument();
  });

  it('chapter admin: the chapter, its cohorts with fill rate, members, invite form and invitations', async () => {
    const chair = me({ id: 'user-2', roles: ['CHAPTER_ADMIN', 'STUDENT'], displayName: 'Carmen Ruiz', timeZone: 'America/Denver' });
    renderAt('/', <HomeRoute />, [
      viewerMock(chair),
      homeMock(
        { withMyChapters: true, withAllChapters: false },
        { viewer: viewerWith(['CHAPTER_ADMIN', 'STUDENT'], [{ role: 'CHAPTER_ADMIN', chapterId: cabmet.id }]), myInvitations: [], myCohorts: [], nextSession: null, myChapters: [cabmet] },
      ),
      {
        request: { query: ChapterMembersDocument, variables: { chapterId: cabmet.id, first: 20 } },
        result: {
          data: {
            chapterMembers: {
              __typename: 'ChapterMemberPage',
              nodes: [
                { __typename: 'ChapterMember', membershipId: 'ms-1', userId: 'user-2', displayName: 'Carmen Ruiz', email: 'chair@cabmet.test', role: 'CHAPTER_ADMIN', since: '2026-01-15T17:00:00.000Z' },
                { __typename: 'ChapterMember', membershipId: 'ms-2', userId: 'user-3', displayName: 'Dale Okafor', email: 'mentor@cabmet.test', role: 'MENTOR', since: '2026-01-16T17:00:00.000Z' },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'cursor-2' },
              totalCount: 3,
            },
          },
        },
      },
      {
        request: { query: ChapterCohortsDocument, variables: { chapterId: cabmet.id, first: 20 } },
        result: {
          data: {
            chapterCohorts: {
              __typename: 'CohortPage',
              nodes: [
                {
                  __typename: 'Cohort',
                  id: 'cohort-1',
                  title: 'CRES study group — CT and MRI',
                  status: 'OPEN',
                  timeZone: 'America/Denver',
                  seats: { __typename: 'Seats', capacity: 12, enrolled: 5, waitlisted: 0 },
                  nextSession: { __typename: 'CohortSession', id: 'session-1', number: 1, startsAt: '2026-12-02T02:00:00.000Z' },
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              totalCount: 1,
            },
          },
        },
      },
      {
        request: { query: ChapterInvitationsDocument, variables: { chapterId: cabmet.id, first: 10 } },
        result: {
          data: {
            chapterInvitations: {
              __typename: 'InvitationPage',
              nodes: [
                { __typename: 'Invitation', id: 'inv-5', email: 'new.mentor@example.org', role: 'MENTOR', status: 'PENDING', createdAt: '2026-02-01T17:00:00.000Z', expiresAt: '2026-02-15T17:00:00.000Z' },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              totalCount: 1,
            },
          },
        },
      },
    ]);
    const panel = await screen.findByRole('region', { name: 'CABMET' });
    const members = within(panel).getByRole('region', { name: 'Members' });
    expect(await within(members).findByRole('table', { name: 'Members of CABMET' })).toBeInTheDocument();
    expect(within(members).getByText('Carmen Ruiz (you)')).toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Remove Dale Okafor' })).toBeInTheDocument();
    // Joined times are shown in the viewer's zone (Denver), not the browser's (Chicago).
    expect(within(members).getByText('Thu, Jan 15, 2026, 10:00 AM MST')).toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Load more members' })).toBeInTheDocument();
    expect(within(panel).getByRole('form', { name: 'Invite someone to CABMET' })).toBeInTheDocument();
    // The chapter's cohorts: status, next session (viewer's zone) and fill rate, linking to the manage page.
    const cohorts = await within(panel).findByRole('table', { name: 'Cohorts of CABMET' });
    expect(within(cohorts).getByRole('link', { name: 'CRES study group — CT and MRI' })).toHaveAttribute('href', '/cohorts/cohort-1/manage');
    expect(within(cohorts).getByText('Open')).toBeInTheDocument();
    expect(within(cohorts).getByText('Tue, Dec 1, 7:00 PM MST')).toBeInTheDocument();
    expect(within(cohorts).getByText('5 of 12 (42%)')).toBeInTheDocument();
    expect(within(cohorts).getByRole('progressbar', { name: 'Seats filled: 5 of 12 (42%)' })).toHaveAttribute('aria-valuenow', '42');
    const invitations = within(panel).getByRole('region', { name: 'Invitations' });
    expect(await within(invitations).findByText('new.mentor@example.org')).toBeInTheDocument();
    expect(within(invitations).getByRole('button', { name: 'Revoke the invitation for new.mentor@example.org' })).toBeInTheDocument();
  });

  it('platform admin: all chapters, the create form and the outbox', async () => {
    const admin = me({ roles: ['PLATFORM_ADMIN', 'STUDENT'], isPlatformAdmin: true, displayName: 'Pat Admin' });
    renderAt('/', <HomeRoute />, [
      viewerMock(admin),
      homeMock(
        { withMyChapters: false, withAllChapters: true },
        {
          viewer: viewerWith(['PLATFORM_ADMIN', 'STUDENT']),
          myInvitations: [],
          myCohorts: [],
          nextSession: null,
          chapters: { __typename: 'ChapterPage', nodes: [cabmet], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, totalCount: 1 },
        },
      ),
    ]);
    const table = await screen.findByRole('table', { name: 'All chapters' });
    expect(within(table).getByRole('link', { name: 'CABMET' })).toHaveAttribute('href', '/chapters/cabmet');
    expect(screen.getByRole('form', { name: 'Create a chapter' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the outbox' })).toHaveAttribute('href', '/admin/outbox');
    expect(screen.queryByRole('heading', { name: 'My cohorts' })).not.toBeInTheDocument();
  });
});
