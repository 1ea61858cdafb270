import { Link } from 'react-router';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getFragmentData } from '@/gql';
import { useNow } from '@/hooks/useNow';
import { paths } from '@/paths';
import { TodoItemFragment, TodoRow, type TodoItemRef } from './TodoList';

/** The home page's "To do": the next few assignments by due time, and the way to the whole list. */
export function TodoCard({ items: refs, totalCount, viewerZone }: { items: readonly TodoItemRef[]; totalCount: number; viewerZone: string }) {
  const now = useNow(60_000);
  const items = refs.map((r) => getFragmentData(TodoItemFragment, r));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="todo-card-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="todo-card-heading">
            To do
          </Title>
          <Anchor component={Link} to={paths.todo.to()}>
            {totalCount > items.length ? `See all ${totalCount}` : 'Open your to-do list'}
          </Anchor>
        </Group>
        {items.length ? (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <TodoRow key={item.assignment.id} item={item} viewerZone={viewerZone} now={now} />
            ))}
          </Stack>
        ) : (
          <Text>Nothing to hand in right now. New homework shows here when your mentors set it.</Text>
        )}
      </Stack>
    </Paper>
  );
}
