import { Link } from 'react-router';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { formatInstant, zoneLabel } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';

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
        <Text>
          Open CRES study groups are in the catalog.{' '}
          <Anchor component={Link} to={paths.catalog.to({ state: chapter.region })}>
            See open cohorts in {chapter.regionName}
          </Anchor>
          .
        </Text>
      </section>
      <Text size="sm" c="dimmed">
        On Gantry since {formatInstant(chapter.createdAt, viewerZone)}
      </Text>
    </Stack>
  );
}
