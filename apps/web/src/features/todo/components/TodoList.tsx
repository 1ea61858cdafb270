import { Link } from 'react-router';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { DateTime, describeForViewer } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { groupHomework } from '../lib/group';
import { HomeworkStatusBadge } from './HomeworkStatusBadge';

export const TodoItemFragment = graphql(`
  fragment TodoItem_item on HomeworkItem {
    dueAt
    status
    late
    score
    cohortTitle
    assignment {
      id
      title
      points
      session {
        id
        number
      }
    }
  }
`);

export type TodoItemRef = FragmentType<typeof TodoItemFragment>;
type Item = ReturnType<typeof readItem>;
function readItem(ref: TodoItemRef) {
  return getFragmentData(TodoItemFragment, ref);
}

/** "Due Tue, Mar 10, 8:00 PM CDT", always in the viewer's zone. */
function dueText(item: Item, zone: string): string {
  return `Due ${describeForViewer(item.dueAt, zone, zone).viewer}`;
}

/** One assignment on the list: its title (the link), cohort and session, due time and status. */
export function TodoRow({ item, viewerZone, now, headingLevel = 3 }: { item: Item; viewerZone: string; now: DateTime; headingLevel?: 3 | 4 }) {
  const overdue = DateTime.fromISO(item.dueAt) <= now;
  const titleId = `todo-${item.assignment.id}`;
  return (
    <Card withBorder padding="sm" component="li" aria-labelledby={titleId} data-testid="todo-item">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={headingLevel} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={paths.assignment.to(item.assignment.id)} inherit>
              {item.assignment.title}
            </Anchor>
          </Title>
          <HomeworkStatusBadge status={item.status} late={item.late} score={item.score} points={item.assignment.points} overdue={overdue} />
        </Group>
        <Text size="sm">
          <time dateTime={item.dueAt}>{dueText(item, viewerZone)}</time>
        </Text>
        <Text size="sm" c="dimmed">
          {item.cohortTitle} · session {item.assignment.session.number}
        </Text>
      </Stack>
    </Card>
  );
}

/** The viewer's homework across cohorts, grouped (Overdue, This week, Later, Done) by due time in their zone. */
export function TodoList({ items: refs, viewerZone, now }: { items: readonly TodoItemRef[]; viewerZone: string; now: DateTime }) {
  const items = refs.map(readItem);
  const groups = groupHomework(items, viewerZone, now);
  return (
    <Stack gap="lg">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`todo-group-${g.key}`} data-testid={`todo-group-${g.key}`}>
          <Title order={2} size="h3" id={`todo-group-${g.key}`} mb="xs">
            {g.title}{' '}
            <Text span c="dimmed" inherit fw={400}>
              ({g.items.length})
            </Text>
          </Title>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {g.items.map((item) => (
              <TodoRow key={item.assignment.id} item={item} viewerZone={viewerZone} now={now} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
