import { useState } from 'react';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorCode } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { CopyField } from '@/components/CopyField';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { useRegenerateInviteCode, useUpdateCohort } from '../hooks/useCohortMutations';
import { readSettings, toUpdateInput } from './cohortSettings';

export const EnrollmentControlsFragment = graphql(`
  fragment EnrollmentControls_cohort on Cohort {
    id
    title
    status
    inviteCode
    enrollmentClosed
    seats {
      capacity
      enrolled
      left
      pending
      waitlisted
    }
    ...CohortSettings_cohort
  }
`);

/** Seats, closing and reopening enrollment, and the invite code (copy, or replace it). */
export function EnrollmentControls({ cohort: ref, onReload }: { cohort: FragmentType<typeof EnrollmentControlsFragment>; onReload: () => void }) {
  const cohort = getFragmentData(EnrollmentControlsFragment, ref);
  const settings = readSettings(cohort);
  const { update, loading } = useUpdateCohort();
  const { regenerate } = useRegenerateInviteCode();
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const { seats } = cohort;
  const pct = seats.capacity ? Math.round((seats.enrolled / seats.capacity) * 100) : 0;

  const toggle = async () => {
    setConflict(null);
    const closing = !cohort.enrollmentClosed;
    try {
      await update(toUpdateInput(settings, { enrollmentClosed: closing }), closing ? 'Enrollment is closed. The invite code still works.' : 'Enrollment is open again.');
    } catch (e) {
      const info = describeError(e);
      if (info.code === ErrorCode.Conflict) setConflict(info.message);
      else notifications.show({ color: 'red', title: 'Could not change enrollment', message: info.message });
    }
  };

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm">
          {seats.enrolled} of {seats.capacity} seats taken ({pct}%) · {seats.left} left · {seats.pending} waiting for approval · {seats.waitlisted} on the waitlist
        </Text>
        <Progress value={Math.min(100, pct)} aria-label={`Seats filled: ${seats.enrolled} of ${seats.capacity} (${pct}%)`} size="lg" />
      </Stack>
      {conflict ? (
        <Alert color="red" variant="light" role="alert" title="Changed elsewhere">
          <Text size="sm">{conflict}</Text>
          <Button mt="xs" size="xs" variant="default" onClick={onReload}>
            Reload the cohort
          </Button>
        </Alert>
      ) : null}
      <Group gap="sm" align="center">
        <Text size="sm" fw={600} data-testid="enrollment-state">
          {cohort.enrollmentClosed ? 'Enrollment is closed.' : 'Enrollment is open.'}
        </Text>
        <Button size="xs" variant="default" loading={loading} onClick={() => void toggle()}>
          {cohort.enrollmentClosed ? 'Reopen enrollment' : 'Close enrollment'}
        </Button>
      </Group>
      {cohort.inviteCode ? (
        <Stack gap="xs">
          <CopyField label="Invite code" value={cohort.inviteCode} description="Students enter it under “Have an invite code?” on any cohort page. It enrolls them directly, even when enrollment is closed." />
          <Group>
            <Button size="xs" variant="subtle" onClick={() => setConfirmRegenerate(true)}>
              Make a new code
            </Button>
          </Group>
        </Stack>
      ) : null}
      <ConfirmDialog
        opened={confirmRegenerate}
        title="Replace the invite code?"
        confirmLabel="Make a new code"
        onClose={() => setConfirmRegenerate(false)}
        onConfirm={() => regenerate(cohort.id)}
      >
        <Text>The current code stops working at once. Students who already joined keep their place.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
