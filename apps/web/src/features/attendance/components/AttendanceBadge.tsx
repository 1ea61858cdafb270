import { Badge } from '@mantine/core';
import type { AttendanceStatus } from '@/gql/graphql';
import { STATUS_COLOR, STATUS_LABEL } from '../model';

/** A record's status as a small outlined badge (the word carries the meaning, not the colour). */
export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  return (
    <Badge variant="outline" color={STATUS_COLOR[status]} data-testid="attendance-status" data-status={status} style={{ textTransform: 'none' }}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}
