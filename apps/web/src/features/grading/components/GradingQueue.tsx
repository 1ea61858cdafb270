import { Link } from 'react-router';
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { formatScore, statusColor, statusLabel, type SubmissionStatus } from '../model';

export const GradingQueueSubmissionFragment = graphql(`
  fragment GradingQueueSubmission_submission on Submission {
    id
    status
    late
    score
    gradedAt
    returnedAt
  }
`);

export const GradingQueueEntryFragment = graphql(`
  fragment GradingQueue_entry on GradingQueueEntry {
    status
    late
    extensionDueAt
    student {
      id
      displayName
      email
    }
    submission {
      id
      ...GradingQueueSubmission_submission
    }
  }
`);

export type QueueEntryRef = FragmentType<typeof GradingQueueEntryFragment>;

/**
 * Where one student stands, read from their submission when there is one (it changes in
 * the cache as soon as it is graded or returned), else from the queue's entry.
 */
export function standing(ref: QueueEntryRef) {
  const entry = getFragmentData(GradingQueueEntryFragment, ref);
  const sub = entry.submission ? getFragmentData(GradingQueueSubmissionFragment, entry.submission) : null;
  const status = (sub?.status ?? entry.status) as SubmissionStatus;
  const late = sub ? sub.late || entry.late : entry.late;
  return {
    student: entry.student,
    status,
    late,
    score: sub?.score ?? null,
    graded: !!sub?.gradedAt,
    extensionDueAt: entry.extensionDueAt ?? null,
    label: statusLabel(status, late),
    color: statusColor(status, late),
  };
}

export function StatusBadge({ status, late }: { status: SubmissionStatus; late: boolean }) {
  return (
    <Badge variant="dot" color={statusColor(status, late)} data-testid="status-badge">
      {statusLabel(status, late)}
    </Badge>
  );
}

interface Props {
  assignmentId: string;
  entries: readonly QueueEntryRef[];
  selectedId: string | null;
  points: number | null;
}

/**
 * Every enrolled student of the assignment, by name: their status, an extension marker
 * and the score once graded. Each is a link to `?student=` so the URL says who is open.
 */
export function GradingQueue({ assignmentId, entries, selectedId, points }: Props) {
  const rows = entries.map(standing);
  const waiting = rows.filter((r) => r.status === 'SUBMITTED' && !r.graded).length;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="queue-summary">
        {rows.length === 0
          ? 'No students are enrolled yet.'
          : waiting
            ? `${waiting} of ${rows.length} waiting to be graded.`
            : `Nothing waiting to be graded (${rows.length} students).`}
      </Text>
      {rows.length ? (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Students">
          {rows.map((r) => {
            const current = r.student.id === selectedId;
            return (
              <li key={r.student.id}>
                <UnstyledButton
                  component={Link}
                  to={paths.gradeAssignment.to(assignmentId, r.student.id)}
                  aria-current={current ? 'true' : undefined}
                  data-testid="queue-entry"
                  display="block"
                  p="xs"
                  style={{
                    borderRadius: 'var(--mantine-radius-md)',
                    border: `1px solid ${current ? 'var(--mantine-color-blue-8)' : 'var(--mantine-color-gray-3)'}`,
                    background: current ? 'var(--mantine-color-blue-0)' : undefined,
                  }}
                >
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" fw={current ? 700 : 500} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                      {r.student.displayName}
                    </Text>
                    <Group gap={4} wrap="nowrap">
                      {r.score !== null ? (
                        <Text size="sm" fw={600}>
                          {formatScore(r.score)}
                          {points !== null ? `/${points}` : ''}
                        </Text>
                      ) : null}
                      <StatusBadge status={r.status} late={r.late} />
                    </Group>
                  </Group>
                  {r.extensionDueAt ? (
                    <Badge variant="outline" color="violet.9" size="sm" mt={4}>
                      Extension
                    </Badge>
                  ) : null}
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
