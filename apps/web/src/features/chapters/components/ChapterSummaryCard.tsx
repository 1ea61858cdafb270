import { Link } from 'react-router';
import { Anchor, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';

export const ChapterSummaryFragment = graphql(`
  fragment ChapterSummary_chapter on Chapter {
    id
    name
    slug
    regionName
    timeZone
  }
`);

export function ChapterSummaryCard({ chapter: ref, role }: { chapter: FragmentType<typeof ChapterSummaryFragment>; role?: string }) {
  const chapter = getFragmentData(ChapterSummaryFragment, ref);
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`chapter-${chapter.id}`}>
      <Stack gap={4}>
        <Title order={3} size="h4" id={`chapter-${chapter.id}`}>
          {chapter.name}
        </Title>
        <Text size="sm">
          {chapter.regionName} · {chapter.timeZone.replace(/_/g, ' ')}
          {role ? ` · You are a ${role.toLowerCase()}` : ''}
        </Text>
        <Group>
          <Anchor component={Link} to={paths.chapter.to(chapter.slug)} size="sm">
            Public page<VisuallyHidden> of {chapter.name}</VisuallyHidden>
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
