import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { CohortStatus } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { notifications } from '@mantine/notifications';
import { useSetCohortStatus } from '../hooks/useCohortMutations';

export const CohortStatusActionsFragment = graphql(`
  fragment CohortStatusActions_cohort on Cohort {
    id
    title
    status
    seats {
      enrolled
      pending
      waitlisted
    }
  }
`);

const EXPLAIN: Record<CohortStatus, string> = {
  DRAFT: 'Draft: only you, co-mentors and chapter admins can see it. Publish it to list it in the catalog and open enrollment.',
  OPEN: 'Open: listed in the catalog; students can enroll.',
  RUNNING: 'Running: sessions are under way. Students can still join with the invite code.',
  COMPLETED: 'Completed.',
  CANCELLED: 'Cancelled.',
};

interface Action {
  to: CohortStatus;
  label: string;
  variant?: 'filled' | 'default' | 'outline';
  confirm?: { title: string; body: string };
}

function actionsFor(status: CohortStatus, hasStudents: boolean): Action[] {
  const cancel: Action = {
    to: 'CANCELLED',
    label: 'Cancel cohort',
    variant: 'outline',
    confirm: {
      title: 'Cancel this cohort?',
      body: 'Its remaining sessions are cancelled, students are told by email and calendar feeds show the sessions as cancelled. This cannot be undone.',
    },
  };
  switch (status) {
    case 'DRAFT':
      return [{ to: 'OPEN', label: 'Publish and open enrollment' }, cancel];
    case 'OPEN':
      return [
        { to: 'RUNNING', label: 'Start the cohort', variant: 'default' },
        ...(hasStudents ? [] : [{ to: 'DRAFT' as const, label: 'Back to draft', variant: 'default' as const }]),
        cancel,
      ];
    case 'RUNNING':
      return [
        {
          to: 'COMPLETED',
          label: 'Mark completed',
          variant: 'default',
          confirm: { title: 'Mark this cohort completed?', body: 'It leaves students’ schedules as finished. This cannot be undone.' },
        },
        cancel,
      ];
    default:
      return [];
  }
}

/** Publish, start, complete or cancel (after confirming) a cohort. */
export function CohortStatusActions({ cohort: ref }: { cohort: FragmentType<typeof CohortStatusActionsFragment> }) {
  const cohort = getFragmentData(CohortStatusActionsFragment, ref);
  const { setStatus, loading } = useSetCohortStatus();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [busy, setBusy] = useState<CohortStatus | null>(null);
  const hasStudents = cohort.seats.enrolled + cohort.seats.pending + cohort.seats.waitlisted > 0;
  const actions = actionsFor(cohort.status, hasStudents);

  const run = async (a: Action) => {
    setBusy(a.to);
    try {
      await setStatus(cohort.id, a.to);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not change the status', message: describeError(e).message });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      <Text data-testid="status-explain">{EXPLAIN[cohort.status]}</Text>
      {actions.length ? (
        <Group gap="sm">
          {actions.map((a) => (
            <Button
              key={a.to}
              variant={a.variant ?? 'filled'}
              color={a.to === 'CANCELLED' ? 'red.9' : undefined}
              loading={busy === a.to || (loading && busy === a.to)}
              onClick={() => (a.confirm ? setConfirming(a) : void run(a))}
            >
              {a.label}
            </Button>
          ))}
        </Group>
      ) : null}
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming?.confirm?.title ?? ''}
        confirmLabel={confirming?.label ?? ''}
        danger={confirming?.to === 'CANCELLED'}
        onClose={() => setConfirming(null)}
        onConfirm={() => setStatus(cohort.id, confirming!.to)}
      >
        <Text>{confirming?.confirm?.body}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
