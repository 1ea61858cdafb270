import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { formatInstant, zoneLabel } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';

export const ChapterPublicFragment = graphql(`
  fragment ChapterPublic_chapter on Chapter {
    id
    name
    slug
    region
    regionName
    timeZone
    description
    createdAt
  }
`);

/** What anyone may see about a chapter. Times are in `viewerZone`. */
export function ChapterPublicView({ chapter: ref, viewerZone }: { chapter: FragmentType<typeof ChapterPublicFragment>; viewerZone: string }) {
  const chapter = getFragmentData(ChapterPublicFragment, ref);
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="outline" color="blue.9">
          {chapter.regionName}
        </Badge>
        <Badge variant="outline" color="gray.8">
          {zoneLabel(chapter.timeZone)}
        </Badge>
      </Group>
      <section aria-labelledby="chapter-about">
        <Title order={2} size="h3" id="chapter-about" mb="xs">
          About
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{chapter.description || 'This chapter has not written a description yet.'}</Text>
      </section>
      <section aria-labelledby="chapter-cohorts">
        <Title order={2} size="h3" id="chapter-cohorts" mb="xs">
          Study groups
        </Title>
        <Text>This chapter’s CRES cohorts will be listed here once cohort scheduling opens.</Text>
      </section>
      <Text size="sm" c="dimmed">
        On Gantry since {formatInstant(chapter.createdAt, viewerZone)}
      </Text>
    </Stack>
  );
}
