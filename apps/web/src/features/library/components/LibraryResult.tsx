import { Link } from 'react-router';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { Headline } from './Headline';
import { MaterialBadges } from './MaterialBadges';

export const LibraryResultFragment = graphql(`
  fragment LibraryResult_hit on MaterialSearchHit {
    headline
    material {
      id
      title
      summary
      ...MaterialBadges_material
    }
  }
`);

/** One search result: title (a link to the item), badges, summary, and where the search matched. */
export function LibraryResult({ hit: ref, chapters }: { hit: FragmentType<typeof LibraryResultFragment>; chapters: readonly { id: string; name: string }[] }) {
  const hit = getFragmentData(LibraryResultFragment, ref);
  const m = hit.material;
  const headingId = `material-${m.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="library-result">
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          <Anchor component={Link} to={paths.material.to(m.id)} inherit>
            {m.title}
          </Anchor>
        </Title>
        <MaterialBadges material={m} chapters={chapters} />
        {m.summary ? <Text size="sm">{m.summary}</Text> : null}
        {hit.headline ? <Headline text={hit.headline} /> : null}
      </Stack>
    </Card>
  );
}
