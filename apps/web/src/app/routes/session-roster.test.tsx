import { act, screen, waitFor, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import { ErrorCode } from '@gantry/shared';
import { MarkMissingAbsentDocument, SessionRosterPageDocument, SetAttendanceDocument } from '@/gql/graphql';
import { attendanceStudent, record, renderWithSubscriptions, rosterRow } from '@/features/attendance/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import type { Mocks } from '@/testing/render';
import { Component as SessionRosterRoute } from './session-roster';

// A mentor in New York taking attendance of a Denver cohort's session that started 20 minutes ago.
const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/New_York', roles: ['MENTOR'] });
const startsAt = DateTime.utc().minus({ minutes: 20 }).startOf('minute');
const at = (minutes: number) => startsAt.plus({ minutes }).toISO()!;
const ny = (minutes: number) => startsAt.plus({ minutes }).setZone('America/New_York').setLocale('en-US').toFormat('h:mm a');

const ana = attendanceStudent('stu-1', 'Ana Ruiz');
const ben = attendanceStudent('stu-2', 'Ben Ode');
const cara = attendanceStudent('stu-3', 'Cara Lind');
const benPresent = record('rec-2', 'stu-2', 'PRESENT', { joinedAt: at(-3), updatedAt: at(-3), minutes: 0 });
const caraLate = record('rec-3', 'stu-3', 'LATE', { joinedAt: at(14), updatedAt: at(14), minutes: 0 });

function roster(rows: unknown[], viewerCanManage = true) {
  return {
    cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver', viewerCanManage },
    sessionRoster: {
      __typename: 'SessionRoster',
      session: { __typename: 'CohortSession', id: 'session-1', number: 2, title: 'MRI: magnets and coils', startsAt: startsAt.toISO(), endsAt: at(120), durationMinutes: 120, status: 'SCHEDULED' },
      rows,
    },
  };
}

const pageMock = (data: Record<string, unknown>): Mocks[number] => ({ request: { query: SessionRosterPageDocument, variables: { id: 'cohort-1', sessionId: 'session-1' } }, result: { data } });

function render(mocks: Mocks) {
  return renderWithSubscriptions([{ path: '/cohorts/:id/sessions/:sessionId/roster', element: <SessionRosterRoute /> }], {
    path: '/cohorts/cohort-1/sessions/session-1/roster',
    mocks: [viewerMock(mentor), ...mocks],
  });
}

const row = (name: RegExp) => screen.getByRole('row', { name });
const count = (id: string) => screen.getByTestId(`count-${id}`).textContent;

describe('live session roster', () => {
  it('shows who is in, late and missing, and a check-in arriving over the socket moves the row and the counts and is announced', async () => {
    const { subscriptions } = render([pageMock(roster([rosterRow(ana, null), rosterRow(ben, benPresent), rosterRow(cara, caraLate)]))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Roster: session 2' })).toBeInTheDocument();
    expect(screen.getByTestId('live-indicator')).toHaveTextContent('Live: check-ins appear as they happen');
    expect([count('in'), count('late'), count('missing'), count('absent')]).toEqual(['2In', '1Late', '1Missing', '0Absent']);

    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Student', 'Status', 'Joined at', 'Minutes', 'Source', 'Last changed by', 'Actions']);
    expect(row(/^Ana Ruiz/)).toHaveTextContent('Not checked in');
    // Join times in the mentor's zone (New York).
    expect(row(/^Cara Lind/)).toHaveTextContent(`Late${ny(14)}`);
    expect(row(/^Ben Ode/)).toHaveTextContent('Checked in');
    expect(screen.getByRole('link', { name: 'Import the Zoom report' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-1/zoom-import');

    // Ana checks in (on another device): the event lands in the cache.
    act(() =>
      subscriptions.simulateResult({
        result: {
          data: {
            rosterChanged: {
              __typename: 'RosterEvent',
              sessionId: 'session-1',
              row: rosterRow(ana, record('rec-1', 'stu-1', 'LATE', { joinedAt: at(19), updatedAt: at(19), minutes: 0 })),
            },
          },
        },
      }),
    );
    await waitFor(() => expect(row(/^Ana Ruiz/)).toHaveAttribute('data-status', 'LATE'));
    expect(row(/^Ana Ruiz/)).toHaveTextContent(`Late${ny(19)}`);
    expect([count('in'), count('late'), count('missing')]).toEqual(['3In', '2Late', '0Missing']);
    // The announcement is the hook's own state, the row the cache's: they render separately.
    await waitFor(() => expect(screen.getByTestId('roster-announcer')).toHaveTextContent('Ana Ruiz checked in (late)'));
    expect(screen.getByRole('button', { name: 'Mark everyone missing absent' })).toBeDisabled();

    // A mentor elsewhere excuses Ben.
    act(() =>
      subscriptions.simulateResult({
        result: {
          data: {
            rosterChanged: {
              __typename: 'RosterEvent',
              sessionId: 'session-1',
              row: rosterRow(ben, record('rec-2', 'stu-2', 'EXCUSED', { joinedAt: at(-3), updatedAt: at(20), minutes: 0, source: 'MENTOR', version: 2, updatedBy: { id: 'user-4', displayName: 'Erin Co' } })),
            },
          },
        },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('roster-announcer')).toHaveTextContent('Ben Ode: Excused (Erin Co)'));
    // The cache write reaches the table on a later tick than the announcement.
    await waitFor(() => expect(row(/^Ben Ode/)).toHaveTextContent('Erin Co'));
    await waitFor(() => expect(count('excused')).toBe('1Excused'));

    // The socket fails: the page says so and offers to reconnect.
    act(() => subscriptions.simulateResult({ error: new Error('socket closed') }));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-live', 'false'));
    expect(screen.getByTestId('live-indicator')).toHaveTextContent('Live updates paused');
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
  }, 30_000);

  it('overrides a student; when someone changed them meanwhile (CONFLICT) it keeps the mentor’s entry, shows theirs, and saves on top of it', async () => {
    const benLate = record('rec-2', 'stu-2', 'LATE', { joinedAt: at(-3), updatedAt: at(18), minutes: 95, source: 'MENTOR', version: 2, updatedBy: { id: 'user-4', displayName: 'Erin Co' } });
    const saved = record('rec-2', 'stu-2', 'EXCUSED', { joinedAt: at(-3), updatedAt: at(20), minutes: 0, source: 'MENTOR', version: 3, note: 'Doctor’s appointment', updatedBy: { id: 'user-3', displayName: 'Dale Okafor' } });
    const input = { sessionId: 'session-1', userId: 'stu-2', status: 'EXCUSED', minutes: 0, note: 'Doctor’s appointment' };
    const { user } = render([
      pageMock(roster([rosterRow(ana, null), rosterRow(ben, benPresent)])),
      { request: { query: SetAttendanceDocument, variables: { input: { ...input, expectedVersion: 1 } } }, result: { errors: [gqlError(ErrorCode.Conflict, 'The record changed.')] } },
      // Read again after the conflict: Erin had marked Ben late.
      pageMock(roster([rosterRow(ana, null), rosterRow(ben, benLate)])),
      { request: { query: SetAttendanceDocument, variables: { input: { ...input, expectedVersion: 2 } } }, result: { data: { setAttendance: saved } } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Roster: session 2' });
    await user.click(screen.getByRole('button', { name: 'Change attendance: Ben Ode' }));
    const form = await screen.findByRole('form', { name: 'Attendance for Ben Ode' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'ABSENT');
    expect(within(form).getByRole('textbox', { name: 'Minutes attended' })).toHaveValue('0');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'EXCUSED');
    await user.type(within(form).getByRole('textbox', { name: 'Note (optional)' }), 'Doctor’s appointment');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const conflict = await within(form).findByTestId('attendance-conflict');
    await waitFor(() => expect(conflict).toHaveTextContent('It is now: Late, 95 min (Erin Co).'));
    // The mentor's entry is still there.
    expect(within(form).getByRole('combobox', { name: 'Status' })).toHaveValue('EXCUSED');
    expect(within(form).getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('Doctor’s appointment');
    await user.click(within(form).getByRole('button', { name: 'Save anyway' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Attendance for Ben Ode' })).not.toBeInTheDocument());
    await waitFor(() => expect(row(/^Ben Ode/)).toHaveAttribute('data-status', 'EXCUSED'));
    expect(row(/^Ben Ode/)).toHaveTextContent('Dale Okafor');
    expect(await screen.findByText('Attendance saved for Ben Ode.')).toBeInTheDocument();
  }, 30_000);

  it('marks a missing student with the whole session by default, and marks everyone still missing absent after confirming', async () => {
    const anaPresent = record('rec-1', 'stu-1', 'PRESENT', { joinedAt: null, updatedAt: at(20), minutes: 120, source: 'MENTOR', updatedBy: { id: 'user-3', displayName: 'Dale Okafor' } });
    const caraAbsent = record('rec-3', 'stu-3', 'ABSENT', { joinedAt: null, updatedAt: at(21), minutes: 0, source: 'MENTOR', updatedBy: { id: 'user-3', displayName: 'Dale Okafor' } });
    const { user } = render([
      pageMock(roster([rosterRow(ana, null), rosterRow(ben, benPresent), rosterRow(cara, null)])),
      {
        request: { query: SetAttendanceDocument, variables: { input: { sessionId: 'session-1', userId: 'stu-1', status: 'PRESENT', minutes: 120, note: null, expectedVersion: 0 } } },
        result: { data: { setAttendance: anaPresent } },
      },
      {
        request: { query: MarkMissingAbsentDocument, variables: { sessionId: 'session-1' } },
        result: { data: { markMissingAbsent: { __typename: 'SessionRoster', rows: [rosterRow(ana, anaPresent), rosterRow(ben, benPresent), rosterRow(cara, caraAbsent)] } } },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Roster: session 2' });
    expect(count('missing')).toBe('2Missing');
    await user.click(screen.getByRole('button', { name: 'Mark attendance: Ana Ruiz' }));
    const form = await screen.findByRole('form', { name: 'Attendance for Ana Ruiz' });
    expect(within(form).getByRole('combobox', { name: 'Status' })).toHaveValue('PRESENT');
    expect(within(form).getByRole('textbox', { name: 'Minutes attended' })).toHaveValue('120');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(row(/^Ana Ruiz/)).toHaveAttribute('data-status', 'PRESENT'));
    expect(count('missing')).toBe('1Missing');

    await user.click(screen.getByRole('button', { name: 'Mark everyone missing absent' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark everyone missing absent?' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark 1 student absent' }));
    await waitFor(() => expect(row(/^Cara Lind/)).toHaveAttribute('data-status', 'ABSENT'));
    expect([count('missing'), count('absent')]).toEqual(['0Missing', '1Absent']);
    expect(screen.getByRole('button', { name: 'Mark everyone missing absent' })).toBeDisabled();
  }, 30_000);

  it('is for the cohort’s managers only', async () => {
    render([{ request: { query: SessionRosterPageDocument, variables: { id: 'cohort-1', sessionId: 'session-1' } }, result: { errors: [gqlError(ErrorCode.Forbidden, 'Not allowed.')] } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not your cohort' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
