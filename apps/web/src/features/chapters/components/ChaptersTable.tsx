import { Link } from 'react-router';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';

export const ChapterRowFragment = graphql(`
  fragment ChapterRow_chapter on Chapter {
    id
    name
    slug
    region
    timeZone
    createdAt
  }
`);

/** All chapters, by name (platform admins). */
export function ChaptersTable({
  chapters,
  totalCount,
  hasMore,
  loadingMore,
  onLoadMore,
  viewerZone,
}: {
  chapters: readonly FragmentType<typeof ChapterRowFragment>[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  viewerZone: string;
}) {
  const rows = chapters.map((c) => getFragmentData(ChapterRowFragment, c));
  if (rows.length === 0) return <EmptyState>No chapters yet. Create the first one.</EmptyState>;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {totalCount === 1 ? '1 chapter' : `${totalCount} chapters`}
        {rows.length < totalCount ? `, ${rows.length} shown` : ''}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover aria-label="All chapters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Chapter</Table.Th>
              <Table.Th scope="col">Region</Table.Th>
              <Table.Th scope="col">Time zone</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.chapter.to(c.slug)}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.region}</Table.Td>
                <Table.Td>{c.timeZone.replace(/_/g, ' ')}</Table.Td>
                <Table.Td>{formatInstant(c.createdAt, viewerZone)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasMore ? (
        <Group>
          <Button variant="default" size="sm" loading={loadingMore} onClick={onLoadMore}>
            Load more chapters
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
