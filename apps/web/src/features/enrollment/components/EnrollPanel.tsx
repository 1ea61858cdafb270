import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { DateTime, formatInstant } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { outcomeText, useEnroll, useLeaveCohort, type EnrollmentOutcome } from '../hooks/useEnrollment';

export const EnrollPanelFragment = graphql(`
  fragment EnrollPanel_cohort on Cohort {
    id
    title
    status
    requiresApproval
    enrollmentClosed
    enrollmentOpensAt
    enrollmentClosesAt
    viewerCanManage
    seats {
      left
      capacity
      enrolled
      waitlisted
    }
    viewerEnrollment {
      id
      status
      waitlistPosition
    }
  }
`);

type Cohort = ReturnType<typeof read>;
function read(ref: FragmentType<typeof EnrollPanelFragment>) {
  return getFragmentData(EnrollPanelFragment, ref);
}

/** Why self-enrollment is not possible right now, or null when it is. */
function closedReason(c: Cohort, now: DateTime, zone: string): string | null {
  if (c.status !== 'OPEN' && c.status !== 'RUNNING') return c.status === 'DRAFT' ? 'This cohort is not published yet.' : `This cohort is ${c.status.toLowerCase()}.`;
  if (c.enrollmentClosed) return 'The mentor has closed enrollment. An invite code from the mentor still works.';
  if (c.enrollmentOpensAt && DateTime.fromISO(c.enrollmentOpensAt) > now) return `Enrollment opens ${formatInstant(c.enrollmentOpensAt, zone)}.`;
  if (c.enrollmentClosesAt && DateTime.fromISO(c.enrollmentClosesAt) <= now) return 'Enrollment has closed. An invite code from the mentor still works.';
  return null;
}

/**
 * The viewer's place in a cohort and what they can do: enroll, ask to join, join the
 * waitlist, or leave. Signed-out visitors are sent to sign in and brought back.
 */
export function EnrollPanel({ cohort: ref, signedIn, viewerZone, now }: { cohort: FragmentType<typeof EnrollPanelFragment>; signedIn: boolean; viewerZone: string; now: DateTime }) {
  const cohort = read(ref);
  const { enroll, loading } = useEnroll();
  const { leave } = useLeaveCohort();
  const [result, setResult] = useState<EnrollmentOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const here = paths.cohort.to(cohort.id);
  const mine = cohort.viewerEnrollment;
  const active = mine && (mine.status === 'ENROLLED' || mine.status === 'PENDING' || mine.status === 'WAITLISTED') ? mine : null;
  const seats = cohort.seats;

  const seatLine = (
    <Text size="sm" data-testid="seats">
      {seats.left > 0 ? `${plural(seats.left, 'seat')} left of ${seats.capacity}.` : `All ${seats.capacity} seats are taken.`}
      {seats.waitlisted > 0 ? ` ${seats.waitlisted} on the waitlist.` : ''}
    </Text>
  );

  if (cohort.viewerCanManage) {
    return (
      <Stack gap="xs">
        {seatLine}
        <Text>You help run this cohort.</Text>
        <Group>
          <Button component={Link} to={paths.manageCohort.to(cohort.id)}>
            Manage this cohort
          </Button>
        </Group>
      </Stack>
    );
  }

  if (!signedIn) {
    return (
      <Stack gap="xs">
        {seatLine}
        <Text>Sign in or create a free account to enroll.</Text>
        <Group>
          <Button component={Link} to={paths.signIn.to(here)}>
            Sign in to enroll
          </Button>
          <Button component={Link} to={paths.signUp.to(here)} variant="default">
            Create an account
          </Button>
        </Group>
      </Stack>
    );
  }

  const resultAlert = result ? (
    <Alert color={result.status === 'ENROLLED' ? 'green' : 'blue'} variant="light" role="status" title={result.status === 'ENROLLED' ? 'Enrolled' : result.status === 'PENDING' ? 'Request sent' : 'On the waitlist'}>
      <Text size="sm">{outcomeText(result)}</Text>
    </Alert>
  ) : null;

  if (active) {
    const where =
      active.status === 'ENROLLED'
        ? 'You are enrolled.'
        : active.status === 'PENDING'
          ? 'Your request is waiting for the mentor’s approval.'
          : `You are on the waitlist${active.waitlistPosition ? `, number ${active.waitlistPosition}` : ''}. You get an email when a seat frees up.`;
    const leaveLabel = active.status === 'ENROLLED' ? 'Leave this cohort' : active.status === 'PENDING' ? 'Withdraw my request' : 'Leave the waitlist';
    return (
      <Stack gap="xs">
        {resultAlert}
        {seatLine}
        <Text fw={600} data-testid="enrollment-status">
          {where}
        </Text>
        <Group>
          <Button variant="outline" color="red.9" onClick={() => setLeaving(true)}>
            {leaveLabel}
          </Button>
        </Group>
        <ConfirmDialog
          opened={leaving}
          title={`${leaveLabel}?`}
          confirmLabel={leaveLabel}
          danger
          onClose={() => setLeaving(false)}
          onConfirm={async () => {
            await leave(cohort.id, cohort.title);
            setResult(null);
          }}
        >
          <Text>
            {active.status === 'ENROLLED'
              ? `Your seat in ${cohort.title} goes to the next person on the waitlist. To come back later you would enroll again, if there is room.`
              : `You give up your place in ${cohort.title}.`}
          </Text>
        </ConfirmDialog>
      </Stack>
    );
  }

  const reason = closedReason(cohort, now, viewerZone);
  const label = seats.left > 0 ? (cohort.requiresApproval ? 'Request to join' : 'Enroll') : 'Join the waitlist';
  return (
    <Stack gap="xs">
      {resultAlert}
      {seatLine}
      {cohort.requiresApproval && seats.left > 0 ? <Text size="sm">The mentor approves each student.</Text> : null}
      {mine?.status === 'DECLINED' ? <Text size="sm">The mentor declined your earlier request.</Text> : null}
      {mine?.status === 'REMOVED' ? <Text size="sm">The mentor removed you from this cohort.</Text> : null}
      {error ? (
        <Alert color="red" variant="light" role="alert" title="Could not enroll">
          <Text size="sm">{error}</Text>
        </Alert>
      ) : null}
      {reason ? (
        <Text>{reason}</Text>
      ) : (
        <Group>
          <Button
            loading={loading}
            onClick={async () => {
              setError(null);
              try {
                setResult(await enroll(cohort.id));
              } catch (e) {
                setError(describeError(e).message);
              }
            }}
          >
            {label}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
