import { Link } from 'react-router';
import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { KIND_LABEL, LATE_LABEL } from '../model';

export const AssignmentRowFragment = graphql(`
  fragment AssignmentRow_assignment on Assignment {
    id
    cohortId
    sessionId
    position
    title
    kind
    points
    published
    version
    dueMode
    dueAt
    dueDescription
    latePolicy
    rubric {
      id
    }
    submissionCounts {
      enrolled
      submitted
      late
      returned
      missing
    }
  }
`);

export type AssignmentRowData = ReturnType<typeof readRow>;
export function readRow(ref: FragmentType<typeof AssignmentRowFragment>) {
  return getFragmentData(AssignmentRowFragment, ref);
}

function Arrow({ up }: { up: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden focusable="false">
      <path d={up ? 'M8 3 3 9h3.5v4h3V9H13z' : 'M8 13 3 7h3.5V3h3v4H13z'} fill="currentColor" />
    </svg>
  );
}

/** "3 submitted, 1 late, 2 returned, 2 missing (5 students)". */
export function countsText(c: { enrolled: number; submitted: number; late: number; returned: number; missing: number }): string {
  if (c.enrolled === 0) return 'No students enrolled yet.';
  return `${c.submitted} submitted, ${c.late} late, ${c.returned} returned, ${c.missing} missing (${plural(c.enrolled, 'student')})`;
}

interface Props {
  assignment: AssignmentRowData;
  index: number;
  count: number;
  viewerZone: string;
  cohortZone: string;
  busy: boolean;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onPublish: (published: boolean) => void;
  onDelete: () => void;
}

/**
 * One assignment on the mentor's session plan: whether students see it, when it is due
 * (viewer's zone, the cohort's beside it, and the relative rule), how the class stands,
 * and what the mentor can do with it.
 */
export function AssignmentRow({ assignment: a, index, count, viewerZone, cohortZone, busy, onEdit, onMove, onPublish, onDelete }: Props) {
  return (
    <Stack component="li" gap={6} data-testid="assignment-row" data-assignment={a.id} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {a.title}
        </Text>
        <Badge variant="dot" color={a.published ? 'green' : 'gray'}>
          {a.published ? 'Published' : 'Draft'}
        </Badge>
      </Group>
      <Text size="sm" component="div">
        Due <SessionTime startsAt={a.dueAt} viewerZone={viewerZone} cohortZone={cohortZone} />
        {a.dueMode === 'RELATIVE' && a.dueDescription ? <Text span size="sm">{` — ${a.dueDescription}`}</Text> : null}
      </Text>
      <Text size="sm" c="dimmed">
        {KIND_LABEL[a.kind]} · {a.points === null || a.points === undefined ? 'ungraded' : plural(a.points, 'point')}
        {a.rubric.length ? ` · rubric of ${plural(a.rubric.length, 'criterion', 'criteria')}` : ''} · {LATE_LABEL[a.latePolicy].toLowerCase()}
      </Text>
      {a.submissionCounts ? (
        <Text size="sm" data-testid="submission-counts">
          {countsText(a.submissionCounts)}
        </Text>
      ) : null}
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={paths.gradeAssignment.to(a.id)} size="sm" aria-label={`Grading queue for ${a.title}`}>
          Grading queue
        </Anchor>
        <Anchor component={Link} to={paths.assignment.to(a.id)} size="sm" aria-label={`Open ${a.title}`}>
          Open
        </Anchor>
        <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit ${a.title}`} data-action="edit">
          Edit
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => onPublish(!a.published)} aria-label={`${a.published ? 'Unpublish' : 'Publish'} ${a.title}`}>
          {a.published ? 'Unpublish' : 'Publish'}
        </Button>
        <ActionIcon variant="default" size="lg" aria-label={`Move ${a.title} up`} disabled={index === 0} onClick={() => onMove(-1)} data-action="up">
          <Arrow up />
        </ActionIcon>
        <ActionIcon variant="default" size="lg" aria-label={`Move ${a.title} down`} disabled={index === count - 1} onClick={() => onMove(1)} data-action="down">
          <Arrow up={false} />
        </ActionIcon>
        <Button size="xs" variant="default" c="red.9" onClick={onDelete} aria-label={`Delete ${a.title}`}>
          Delete
        </Button>
      </Group>
    </Stack>
  );
}
