import { Badge } from '@mantine/core';
import type { CohortStatus } from '@/gql/graphql';

export const COHORT_STATUS_LABEL: Record<CohortStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

const COLOR: Record<CohortStatus, string> = { DRAFT: 'gray', OPEN: 'blue', RUNNING: 'green', COMPLETED: 'gray', CANCELLED: 'red' };

/** A cohort's status as a small labelled badge (the colour is decoration; the word carries it). */
export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  return (
    <Badge variant="dot" color={COLOR[status]}>
      {COHORT_STATUS_LABEL[status]}
    </Badge>
  );
}
