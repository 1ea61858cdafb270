import { parse, type DocumentNode } from 'graphql';
import { useQuery } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import type { FragmentType } from '@/gql';
import { gqlError } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { CancelSessionMutation, RescheduleSessionMutation } from '../api/documents';
import { ScheduleEditor, ScheduleEditorFragment } from './ScheduleEditor';

// Weekly at 7 pm Denver (MST = 02:00 UTC the next day), far enough ahead to stay editable.
const sessions = [0, 1, 2].map((i) => {
  const startsAt = new Date(Date.parse('2030-01-09T02:00:00.000Z') + i * 7 * 86_400_000).toISOString();
  return {
    __typename: 'CohortSession' as const,
    id: `session-${i + 1}`,
    number: i + 1,
    title: `Session ${i + 1}`,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
    durationMinutes: 120,
    status: 'SCHEDULED' as const,
    isMakeup: false,
    version: 4,
  };
});

const cohort = { __typename: 'Cohort', id: 'cohort-1', status: 'OPEN', timeZone: 'America/Denver', localTime: '19:00', durationMinutes: 120, sessions };

/** The editor fed from the cache, as the manage page feeds it, so mutations show. */
const HarnessQuery: DocumentNode = {
  kind: 'Document' as DocumentNode['kind'],
  definitions: [
    ...parse(`
      query ScheduleEditorHarness($id: ID!) {
        cohort(id: $id) {
          id
          ...ScheduleEditor_cohort
        }
      }
    `).definitions,
    ...ScheduleEditorFragment.definitions,
  ],
};
const harnessMock = { request: { query: HarnessQuery, variables: { id: 'cohort-1' } }, result: { data: { cohort } } };

function Harness({ viewerZone, onReload }: { viewerZone: string; onReload: () => void }) {
  const { data } = useQuery<{ cohort: FragmentType<typeof ScheduleEditorFragment> }>(HarnessQuery, { variables: { id: 'cohort-1' } });
  return data ? <ScheduleEditor cohort={data.cohort} viewerZone={viewerZone} onReload={onReload} /> : null;
}

describe('schedule editor', () => {
  it('reschedules in the cohort’s zone with the version it loaded; a CONFLICT offers a reload, and focus goes back to the session', async () => {
    const onReload = vi.fn();
    const input = { sessionId: 'session-2', expectedVersion: 4, localDate: '2030-01-15', localTime: '19:30', durationMinutes: 120, title: 'Session 2' };
    const { user } = renderAt('/', <Harness viewerZone="America/New_York" onReload={onReload} />, [
      harnessMock,
      { request: { query: RescheduleSessionMutation, variables: { input } }, result: { errors: [gqlError(ErrorCode.Conflict, 'This session was changed by someone else while you were editing. Reload to see the change.')] } },
    ]);
    const rows = await screen.findAllByTestId('editor-session');
    // The viewer's (New York) time, with the cohort's beside it.
    expect(rows[1]).toHaveTextContent('Tue, Jan 15, 9:00 PM EST (7:00 PM MST cohort time)');

    const trigger = within(rows[1]!).getByRole('button', { name: 'Change session 2' });
    await user.click(trigger);
    await user.click(await screen.findByRole('menuitem', { name: 'Reschedule' }));
    const form = await screen.findByRole('form', { name: 'Reschedule the session' });
    // Prefilled with the local date and time in Denver, not the viewer's zone.
    expect(within(form).getByLabelText(/^Date/)).toHaveValue('2030-01-15');
    const time = within(form).getByLabelText(/^Start time/);
    expect(time).toHaveValue('19:00');
    await user.clear(time);
    await user.type(time, '19:30');
    await user.click(within(form).getByRole('button', { name: 'Move the session' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('This session was changed by someone else');
    await user.click(within(alert).getByRole('button', { name: 'Reload the schedule' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Reschedule the session' })).not.toBeInTheDocument());
    await waitFor(() => expect(within(screen.getAllByTestId('editor-session')[1]!).getByRole('button', { name: 'Change session 2' })).toHaveFocus());
  });

  it('cancels a session with a reason after confirming; it stays listed, struck through', async () => {
    const { user } = renderAt('/', <Harness viewerZone="America/Denver" onReload={() => {}} />, [
      harnessMock,
      {
        request: { query: CancelSessionMutation, variables: { sessionId: 'session-3', reason: 'Mentor travelling.' } },
        result: { data: { cancelSession: { ...sessions[2], status: 'CANCELLED', version: 5 } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Change session 3' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Cancel session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this session?' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional, sent to students)' }), 'Mentor travelling.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the session' }));
    expect(await screen.findByText('Session cancelled. Students are told, and calendar feeds show it as cancelled.')).toBeInTheDocument();
    const row = screen.getAllByTestId('editor-session')[2]!;
    expect(within(row).getByText('Cancelled')).toBeInTheDocument();
    expect(within(row).getByText('Session 3')).toHaveStyle({ textDecoration: 'line-through' });
    expect(within(row).queryByRole('button', { name: 'Change session 3' })).not.toBeInTheDocument();
    // Its "Change…" button is gone: focus goes to "Add a make-up session".
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a make-up session' })).toHaveFocus());
  });
});
