import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { ApplyZoomImportDocument, PreviewZoomImportDocument, ZoomImportPageDocument } from '@/gql/graphql';
import { attendanceStudent } from '@/features/attendance/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as ZoomImportRoute } from './zoom-import';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/Denver', roles: ['MENTOR'] });
const CSV = [
  'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
  'Ana Ruiz,stu-1@example.org,01/08/2030 07:01:10 PM,01/08/2030 08:59:00 PM,117,No',
  'Cell phone (BK),,01/08/2030 07:20:00 PM,01/08/2030 08:30:00 PM,70,Yes',
].join('\r\n');

const ana = attendanceStudent('stu-1', 'Ana Ruiz');
const ben = attendanceStudent('stu-2', 'Ben Ode');
const cara = attendanceStudent('stu-3', 'Cara Lind');

function participant(key: string, name: string, email: string | null, minutes: number, opts: { rows?: number; guest?: boolean; originalName?: string | null } = {}) {
  return {
    __typename: 'ZoomParticipant',
    key,
    name,
    originalName: opts.originalName ?? null,
    email,
    firstJoin: '2030-01-09T02:01:10.000Z',
    lastLeave: '2030-01-09T03:59:00.000Z',
    minutes,
    rows: opts.rows ?? 1,
    guest: opts.guest ?? false,
  };
}
const anaP = participant('email:stu-1@example.org', 'Ana Ruiz', 'stu-1@example.org', 117, { rows: 2 });
const phone = participant('name:Cell phone', 'Cell phone', null, 70, { guest: true, originalName: 'BK' });

function match(p: unknown, student: unknown, kind: string, proposedStatus: string, proposedMinutes: number, current: unknown = null) {
  return { __typename: 'ZoomMatch', participant: p, student, kind, proposedStatus, proposedMinutes, current };
}

function preview(opts: { matched?: unknown[]; unmatched?: unknown[]; absent?: unknown[]; alreadyApplied?: boolean; appliedAt?: string | null; warnings?: string[] } = {}) {
  return {
    __typename: 'ZoomImportPreview',
    id: 'imp-1',
    sessionId: 'session-2',
    filename: 'participants.csv',
    zone: 'America/Denver',
    alreadyApplied: opts.alreadyApplied ?? false,
    appliedAt: opts.appliedAt ?? null,
    matched: opts.matched ?? [match(anaP, ana, 'EMAIL', 'PRESENT', 117)],
    unmatched: opts.unmatched ?? [phone],
    absent: opts.absent ?? [ben, cara],
    warnings: opts.warnings ?? ['2 rows of Ana Ruiz overlap (two devices); counted once.'],
  };
}

const pageMock: Mocks[number] = {
  request: { query: ZoomImportPageDocument, variables: { id: 'cohort-1' } },
  result: {
    data: {
      cohort: {
        __typename: 'Cohort',
        id: 'cohort-1',
        title: 'CRES study group — CT and MRI',
        timeZone: 'America/Denver',
        viewerCanManage: true,
        sessions: [{ __typename: 'CohortSession', id: 'session-2', number: 2, title: 'MRI: magnets and coils', startsAt: '2030-01-09T02:00:00.000Z', status: 'SCHEDULED' }],
      },
    },
  },
};
const previewRequest = { query: PreviewZoomImportDocument, variables: { input: { sessionId: 'session-2', filename: 'participants.csv', csv: CSV, zone: 'America/Denver' } } };

function render(mocks: Mocks) {
  return renderRoutes([{ path: '/cohorts/:id/sessions/:sessionId/zoom-import', element: <ZoomImportRoute /> }], {
    path: '/cohorts/cohort-1/sessions/session-2/zoom-import',
    mocks: [viewerMock(mentor), pageMock, ...mocks],
  });
}

const csvFile = (text = CSV, name = 'participants.csv') => new File([text], name, { type: 'text/csv' });

describe('Zoom report import', () => {
  it('previews the matches, matches a leftover participant by hand, applies, and says what changed', async () => {
    const applied = preview({
      matched: [match(anaP, ana, 'EMAIL', 'PRESENT', 117, { __typename: 'AttendanceRecord', id: 'rec-1', status: 'PRESENT', minutes: 117, source: 'ZOOM' }), match(phone, ben, 'MANUAL', 'LATE', 70, { __typename: 'AttendanceRecord', id: 'rec-2', status: 'LATE', minutes: 70, source: 'ZOOM' })],
      unmatched: [],
      absent: [cara],
      alreadyApplied: true,
      appliedAt: '2030-01-09T05:00:00.000Z',
    });
    const { user } = render([
      { request: previewRequest, result: { data: { previewZoomImport: preview() } } },
      {
        request: { query: ApplyZoomImportDocument, variables: { input: { importId: 'imp-1', manualMatches: [{ participantKey: 'name:Cell phone', userId: 'stu-2' }] } } },
        result: { data: { applyZoomImport: { __typename: 'ZoomImportResult', changed: 3, unchanged: 0, preview: applied } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Import the Zoom report: session 2' })).toBeInTheDocument();
    expect((screen.getByRole('combobox', { name: 'Time zone of the report’s times' }) as HTMLInputElement).value).toMatch(/^America\/Denver /);
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();

    await user.upload(screen.getByTestId('zoom-file-input'), csvFile());
    await waitFor(() => expect(screen.getByTestId('zoom-file-state')).toHaveTextContent(/^participants\.csv \(\d+ bytes\)$/));
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const matched = await screen.findByTestId('zoom-matched');
    const anaRow = within(matched).getByRole('row', { name: /Ana Ruiz/ });
    expect(anaRow).toHaveTextContent('stu-1@example.org · 117 min over 2 connections');
    expect(anaRow).toHaveTextContent('By email');
    expect(anaRow).toHaveTextContent('Present117 min');
    expect(anaRow).toHaveTextContent('No record');
    expect(screen.getByTestId('zoom-warnings')).toHaveTextContent('2 rows of Ana Ruiz overlap (two devices); counted once.');
    const unmatched = screen.getByTestId('zoom-unmatched');
    expect(unmatched).toHaveTextContent('Cell phoneGuest');
    expect(unmatched).toHaveTextContent('Originally “BK”');
    expect(within(screen.getByTestId('zoom-absent')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ben Ode', 'Cara Lind']);

    // Ben was on his phone: matched by hand, so he is no longer "not in the report".
    await user.selectOptions(within(unmatched).getByRole('combobox', { name: 'Match Cell phone to' }), 'stu-2');
    expect(within(screen.getByTestId('zoom-absent')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Cara Lind']);

    await user.click(screen.getByRole('button', { name: 'Apply to the roster' }));
    await waitFor(() => expect(screen.getByTestId('zoom-result')).toHaveTextContent('3 changed, 0 unchanged.'));
    expect(within(screen.getByTestId('zoom-result')).getByRole('link', { name: 'Open the roster' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-2/roster');
    expect(within(screen.getByTestId('zoom-matched')).getByRole('row', { name: /Ben Ode/ })).toHaveTextContent('By hand');
    expect(screen.queryByRole('button', { name: 'Apply to the roster' })).not.toBeInTheDocument();
  }, 30_000);

  it('shows the error naming the line when the file is malformed', async () => {
    const { user } = render([{ request: previewRequest, result: { errors: [gqlError(ErrorCode.BadUserInput, 'Line 7: the Join Time “13/45/2026” is not a date.')] } }]);
    await screen.findByRole('heading', { level: 1, name: 'Import the Zoom report: session 2' });
    await user.upload(screen.getByTestId('zoom-file-input'), csvFile());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Preview' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const error = await screen.findByTestId('zoom-preview-error');
    expect(error).toHaveTextContent('The report could not be read');
    expect(error).toHaveTextContent('Line 7: the Join Time “13/45/2026” is not a date.');
    expect(screen.queryByRole('button', { name: 'Apply to the roster' })).not.toBeInTheDocument();
  }, 30_000);

  it('refuses a file that is too large before sending it', async () => {
    const { user } = render([]);
    await screen.findByRole('heading', { level: 1, name: 'Import the Zoom report: session 2' });
    await user.upload(screen.getByTestId('zoom-file-input'), csvFile('x'.repeat(210 * 1024), 'huge.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.csv is 210 KB; a participants report is at most 200 KB.');
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
    expect(screen.getByTestId('zoom-file-state')).toHaveTextContent('No file chosen.');
  }, 30_000);

  it('says when this file was already imported, with nothing to apply', async () => {
    const { user } = render([{ request: previewRequest, result: { data: { previewZoomImport: preview({ alreadyApplied: true, appliedAt: '2030-01-09T05:00:00.000Z', unmatched: [], warnings: [] }) } } }]);
    await screen.findByRole('heading', { level: 1, name: 'Import the Zoom report: session 2' });
    await user.upload(screen.getByTestId('zoom-file-input'), csvFile());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Preview' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const already = await screen.findByTestId('zoom-already');
    expect(already).toHaveTextContent('This file was applied to this session on Tue, Jan 8, 10:00 PM. Applying it again would change nothing');
    expect(screen.queryByRole('button', { name: 'Apply to the roster' })).not.toBeInTheDocument();
  }, 30_000);
});
