import { Badge, Group } from '@mantine/core';
import type { SubmissionStatus } from '@/gql/graphql';

function score(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** The words for a student's standing on an assignment. */
export function statusLabel({ status, score: s, points, overdue }: { status: SubmissionStatus; score?: number | null; points?: number | null; overdue: boolean }): string {
  switch (status) {
    case 'MISSING':
      return overdue ? 'Missing' : 'Not started';
    case 'DRAFT':
      return 'Draft saved';
    case 'SUBMITTED':
      return 'Submitted';
    case 'RETURNED':
      return s === null || s === undefined ? 'Returned' : `Returned: ${score(s)}${points ? ` / ${points}` : ''}`;
  }
}

const COLOR: Record<SubmissionStatus, string> = { MISSING: 'gray', DRAFT: 'yellow', SUBMITTED: 'blue', RETURNED: 'green' };

/**
 * Missing / not started, draft, submitted, returned (with the score), plus "Late" or
 * "Overdue" beside it. The word carries the meaning; the colour is decoration.
 */
export function HomeworkStatusBadge({
  status,
  late,
  score: s,
  points,
  overdue,
}: {
  status: SubmissionStatus;
  late: boolean;
  score?: number | null;
  points?: number | null;
  /** The due time has passed. */
  overdue: boolean;
}) {
  const handedIn = status === 'SUBMITTED' || status === 'RETURNED';
  return (
    <Group gap={4} wrap="wrap" data-testid="homework-status">
      <Badge variant="dot" color={status === 'MISSING' && overdue ? 'red' : COLOR[status]}>
        {statusLabel({ status, score: s, points, overdue })}
      </Badge>
      {handedIn && late ? (
        <Badge variant="outline" color="grape.9">
          Late
        </Badge>
      ) : null}
      {status === 'DRAFT' && overdue ? (
        <Badge variant="outline" color="red.9">
          Overdue
        </Badge>
      ) : null}
    </Group>
  );
}
