import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { CohortAttendancePageDocument, SetAttendanceRuleDocument } from '@/gql/graphql';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as CohortAttendanceRoute } from './cohort-attendance';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/Denver', roles: ['MENTOR'] });
const rule = (presentPercent = 75) => ({ __typename: 'AttendanceRule', presentPercent, lateAfterMinutes: 10, certificateMinPercent: 75 });

function session(n: number, status = 'SCHEDULED') {
  return { __typename: 'CohortSession', id: `session-${n}`, number: n, title: `Session ${n}`, startsAt: `2030-01-${String(8 + n).padStart(2, '0')}T02:00:00.000Z`, durationMinutes: 120, status };
}
const sessions = [session(1), session(2), session(3, 'CANCELLED')];
const cell = (id: string, status: string, minutes: number) => ({ __typename: 'AttendanceRecord', id, status, minutes });
const hours = (minutes: number, eligible: boolean) => ({
  __typename: 'ContactHours',
  minutes,
  hours: Math.round((minutes / 60) * 100) / 100,
  possibleMinutes: 240,
  percent: Math.floor((100 * minutes) / 240),
  certificateEligible: eligible,
});
const student = (id: string, displayName: string) => ({ __typename: 'AttendanceStudent', id, displayName });
const gridRow = (s: ReturnType<typeof student>, cells: unknown[], h: ReturnType<typeof hours>) => ({ __typename: 'AttendanceGridRow', student: s, cells, hours: h });

const ana = gridRow(student('stu-1', 'Ana Ruiz'), [cell('r1', 'PRESENT', 118), cell('r2', 'LATE', 95), null], hours(213, true));
const ben = gridRow(student('stu-2', 'Ben Ode'), [cell('r3', 'ABSENT', 0), null, null], hours(0, false));
const cara = gridRow(student('stu-3', 'Cara Lind'), [cell('r4', 'LEFT_EARLY', 60), cell('r5', 'EXCUSED', 0), null], hours(60, false));

function page(rows: unknown[], opts: { hasNextPage?: boolean; endCursor?: string | null; presentPercent?: number; viewerCanManage?: boolean } = {}) {
  return {
    cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', viewerCanManage: opts.viewerCanManage ?? true, attendanceRule: rule(opts.presentPercent) },
    cohortAttendance: {
      __typename: 'AttendanceGrid',
      sessions,
      rows,
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
    },
  };
}

function render(mocks: Mocks) {
  return renderRoutes([{ path: '/cohorts/:id/attendance', element: <CohortAttendanceRoute /> }], { path: '/cohorts/cohort-1/attendance', mocks: [viewerMock(mentor), ...mocks] });
}
const first = (data: Record<string, unknown>): Mocks[number] => ({ request: { query: CohortAttendancePageDocument, variables: { id: 'cohort-1', first: 25 } }, result: { data } });

describe('cohort attendance', () => {
  it('shows students × sessions with minutes and hours, loads more students, tallies per session as a chart or a table, and links the CSV, rosters and Zoom imports', async () => {
    const { user } = render([
      first(page([ana, ben], { hasNextPage: true, endCursor: 'c2' })),
      { request: { query: CohortAttendancePageDocument, variables: { id: 'cohort-1', first: 25, after: 'c2' } }, result: { data: page([cara]) } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance' })).toBeInTheDocument();
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', '/exports/cohorts/cohort-1/attendance.csv');
    expect(csv).toHaveAttribute('download');

    const table = screen.getByRole('table', { name: /students × 3 sessions/ });
    expect(screen.getByRole('link', { name: 'Session 1: Session 1 (roster)' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-1/roster');
    expect(screen.getByRole('link', { name: 'Import Zoom report for session 2' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-2/zoom-import');
    const anaRow = within(table).getByRole('row', { name: /^Ana Ruiz/ });
    expect(within(anaRow).getAllByTestId('attendance-cell').map((c) => c.textContent)).toEqual(['Present118 min', 'Late95 min', '—']);
    expect(within(anaRow).getByRole('progressbar', { name: 'Ana Ruiz: contact hours' })).toHaveAttribute('aria-valuenow', '88');
    expect(anaRow).toHaveTextContent('3.6 of 4 hours · 88 %Enough for a certificate');
    expect(within(table).getByRole('row', { name: /^Ben Ode/ })).toHaveTextContent('Not enough yet');
    expect(screen.getByTestId('attendance-scroll')).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('attendance-shown')).toHaveTextContent('Showing 2 of 3');

    await user.click(screen.getByRole('button', { name: 'Load more students' }));
    await waitFor(() => expect(within(table).getAllByTestId('attendance-row')).toHaveLength(3));
    expect(within(table).getByRole('row', { name: /^Cara Lind/ })).toHaveTextContent('Left early60 min');
    expect(screen.getByTestId('attendance-shown')).toHaveTextContent('Showing 3 of 3');
    expect(screen.queryByRole('button', { name: 'Load more students' })).not.toBeInTheDocument();

    // Per session (the cancelled one left out): a chart with a summary, or the table.
    expect(screen.getByRole('img', { name: /^Attendance per session, of all 3 students: Session 1, 2 attended; Session 2, 1 attended\./ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const tally = await screen.findByTestId('attendance-chart-table');
    expect(within(tally).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Session 120100', 'Session 211011']);
  }, 30_000);

  it('edits the attendance rule within its limits and reads the grid again', async () => {
    const { user } = render([
      first(page([ana, ben])),
      {
        request: { query: SetAttendanceRuleDocument, variables: { cohortId: 'cohort-1', input: { presentPercent: 80, lateAfterMinutes: 10, certificateMinPercent: 75 } } },
        result: { data: { setAttendanceRule: { __typename: 'Cohort', id: 'cohort-1', attendanceRule: rule(80) } } },
      },
      first(page([ana, ben], { presentPercent: 80 })),
    ]);
    const form = await screen.findByRole('form', { name: 'Attendance rule' });
    const save = within(form).getByRole('button', { name: 'Save rule' });
    expect(save).toBeDisabled();
    const present = within(form).getByRole('textbox', { name: 'Present from (% of a session)' });
    // Emptied: said before anything is sent (out-of-range numbers are clamped as they are typed).
    await user.clear(present);
    await user.click(save);
    expect(await within(form).findByText('Use a whole percentage, 1 to 100.')).toBeInTheDocument();
    await user.clear(present);
    await user.type(present, '80');
    await user.click(save);
    expect(await screen.findByText('Attendance rule saved.')).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Save rule' })).toBeDisabled());
    expect(present).toHaveValue('80');
  }, 30_000);

  it('is only for the cohort’s managers', async () => {
    render([{ request: { query: CohortAttendancePageDocument, variables: { id: 'cohort-1', first: 25 } }, result: { errors: [gqlError(ErrorCode.Forbidden, 'Not allowed.')] } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not your cohort' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download CSV' })).not.toBeInTheDocument();
  });
});
