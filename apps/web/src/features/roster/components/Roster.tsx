import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { ConfirmDialog, focusSoon } from '@/components/ConfirmDialog';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { getFragmentData, graphql } from '@/gql';
import type { EnrollmentStatus, RosterRow_EntryFragment } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { notifications } from '@mantine/notifications';
import { CohortRosterQuery, ROSTER_PAGE_SIZE } from '../api/documents';
import { useApproveEnrollment, useDeclineEnrollment, useMoveEnrollment, useRemoveEnrollment } from '../hooks/useRosterMutations';

export const RosterRowFragment = graphql(`
  fragment RosterRow_entry on RosterEntry {
    enrollmentId
    userId
    displayName
    email
    timeZone
    status
    source
    waitlistPosition
    since
  }
`);

type Entry = RosterRow_EntryFragment;

export interface MoveTarget {
  id: string;
  title: string;
}

const GROUPS: { status: EnrollmentStatus; title: string; empty: string; sinceLabel: string }[] = [
  { status: 'ENROLLED', title: 'Enrolled', empty: 'No one is enrolled yet.', sinceLabel: 'Enrolled' },
  { status: 'PENDING', title: 'Waiting for your approval', empty: 'No requests waiting.', sinceLabel: 'Asked' },
  { status: 'WAITLISTED', title: 'Waitlist', empty: 'No one is on the waitlist.', sinceLabel: 'Waiting since' },
];

const SOURCE_LABEL: Record<string, string> = { SELF: 'Enrolled themselves', INVITE: 'Invite code', MENTOR: 'Added by a mentor', MOVE: 'Moved here' };

type Action = { kind: 'remove' | 'decline' | 'move'; entry: Entry; opener: HTMLElement } | null;

/**
 * The cohort's students in three groups — enrolled, pending requests, and the waitlist
 * in the order seats will be offered — with the mentor's actions on each. Paged ("Load
 * more"); the counts are the cohort's seats, so they are right before every page loads.
 */
export function Roster({
  cohortId,
  cohortTitle,
  viewerZone,
  moveTargets,
}: {
  cohortId: string;
  cohortTitle: string;
  viewerZone: string;
  moveTargets: readonly MoveTarget[];
}) {
  const { data, error, loading, fetchMore, refetch } = useQuery(CohortRosterQuery, {
    variables: { cohortId, first: ROSTER_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { approve } = useApproveEnrollment();
  const { decline } = useDeclineEnrollment();
  const { remove } = useRemoveEnrollment();
  const { move } = useMoveEnrollment();
  const [action, setAction] = useState<Action>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (!data && error) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load the roster" />;
  if (!data) return <Loading label="Loading the roster…" />;
  const page = data.cohortRoster;
  const entries = page.nodes.map((n) => getFragmentData(RosterRowFragment, n));
  const { seats } = data.cohort;
  const count: Record<string, number> = { ENROLLED: seats.enrolled, PENDING: seats.pending, WAITLISTED: seats.waitlisted };

  // After a dialog: back to its button, or, when the row it was on is gone (removed,
  // declined, moved), to the heading of the group the student was in.
  const opened = action;
  const returnFocus = (confirmed: boolean) =>
    !confirmed && opened?.opener.isConnected ? opened.opener : document.getElementById(`roster-${(opened?.entry.status ?? 'ENROLLED').toLowerCase()}`);

  const approveNow = async (e: Entry) => {
    setBusy(e.enrollmentId);
    try {
      await approve(e.enrollmentId, e.displayName);
      // The row moved to another group: keep the keyboard user in the requests group.
      focusSoon(() => document.getElementById('roster-pending'));
    } catch (err) {
      notifications.show({ color: 'red', title: `Could not approve ${e.displayName}`, message: describeError(err).message });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="lg">
      {GROUPS.map((g) => {
        const rows = entries.filter((e) => e.status === g.status);
        const headingId = `roster-${g.status.toLowerCase()}`;
        return (
          <Stack key={g.status} gap="xs" component="section" aria-labelledby={headingId}>
            <Title order={3} size="h4" id={headingId} tabIndex={-1} className="page-title">
              {g.title} ({count[g.status]})
            </Title>
            {rows.length === 0 ? (
              <EmptyState>{count[g.status]! > 0 ? 'Load more students to see them.' : g.empty}</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table striped aria-labelledby={headingId} data-testid={`roster-${g.status.toLowerCase()}`}>
                  <Table.Thead>
                    <Table.Tr>
                      {g.status === 'WAITLISTED' ? <Table.Th scope="col">Place</Table.Th> : null}
                      <Table.Th scope="col">Student</Table.Th>
                      <Table.Th scope="col">{g.sinceLabel}</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((e) => (
                      <Table.Tr key={e.enrollmentId}>
                        {g.status === 'WAITLISTED' ? (
                          <Table.Td>
                            <Badge variant="outline" color="blue.9" aria-label={`Waitlist place ${e.waitlistPosition}`}>
                              #{e.waitlistPosition}
                            </Badge>
                          </Table.Td>
                        ) : null}
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {e.displayName}
                          </Text>
                          <Text size="sm">{e.email}</Text>
                          <Text size="xs" c="dimmed">
                            {SOURCE_LABEL[e.source] ?? e.source} · {e.timeZone.replace(/_/g, ' ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatInstant(e.since, viewerZone)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} justify="flex-end" wrap="wrap">
                            {e.status === 'PENDING' ? (
                              <Button size="xs" loading={busy === e.enrollmentId} onClick={() => void approveNow(e)} aria-label={`Approve ${e.displayName}`}>
                                Approve
                              </Button>
                            ) : null}
                            {e.status !== 'ENROLLED' ? (
                              <Button size="xs" variant="default" onClick={(ev) => setAction({ kind: 'decline', entry: e, opener: ev.currentTarget })} aria-label={`Decline ${e.displayName}`}>
                                Decline
                              </Button>
                            ) : null}
                            {moveTargets.length ? (
                              <Button
                                size="xs"
                                variant="default"
                                onClick={(ev) => {
                                  setTarget(null);
                                  setAction({ kind: 'move', entry: e, opener: ev.currentTarget });
                                }}
                                aria-label={`Move ${e.displayName}`}
                              >
                                Move
                              </Button>
                            ) : null}
                            <Button size="xs" variant="outline" color="red.9" onClick={(ev) => setAction({ kind: 'remove', entry: e, opener: ev.currentTarget })} aria-label={`Remove ${e.displayName}`}>
                              Remove
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        );
      })}
      {page.pageInfo.hasNextPage ? (
        <Group>
          <Button variant="default" size="sm" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            Load more students
          </Button>
        </Group>
      ) : null}

      <ConfirmDialog
        opened={action?.kind === 'remove'}
        title="Remove this student?"
        confirmLabel={action ? `Remove ${action.entry.displayName}` : 'Remove'}
        danger
        onClose={() => setAction(null)}
        returnFocusTo={returnFocus}
        onConfirm={() => remove(action!.entry.enrollmentId, action!.entry.displayName)}
      >
        {action ? (
          <Text>
            Remove <strong>{action.entry.displayName}</strong> ({action.entry.email}) from {cohortTitle}? They are told by email.
            {action.entry.status === 'ENROLLED' ? ' Their seat goes to the first person on the waitlist.' : ''}
          </Text>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        opened={action?.kind === 'decline'}
        title="Decline this student?"
        confirmLabel={action ? `Decline ${action.entry.displayName}` : 'Decline'}
        danger
        onClose={() => setAction(null)}
        returnFocusTo={returnFocus}
        onConfirm={() => decline(action!.entry.enrollmentId, action!.entry.displayName)}
      >
        {action ? (
          <Text>
            Decline <strong>{action.entry.displayName}</strong>’s place in {cohortTitle}? They are told by email.
          </Text>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        opened={action?.kind === 'move'}
        title="Move to another cohort"
        confirmLabel="Move"
        cancelLabel="Cancel"
        confirmDisabled={!target}
        onClose={() => setAction(null)}
        returnFocusTo={returnFocus}
        onConfirm={() => move(action!.entry.enrollmentId, target!, action!.entry.displayName)}
      >
        {action ? (
          <Stack gap="xs">
            <Text>
              Move <strong>{action.entry.displayName}</strong> to another cohort you run. They take a seat there if one is free, or join its waitlist.
            </Text>
            <Select
              label="Cohort"
              placeholder="Choose a cohort"
              data={moveTargets.map((t) => ({ value: t.id, label: t.title }))}
              value={target}
              onChange={setTarget}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
          </Stack>
        ) : null}
      </ConfirmDialog>
    </Stack>
  );
}
