import { Badge, Group, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength } from '@/lib/format';
import { KIND_COLOR, KIND_LABEL, scopeLabel } from './labels';

export const MaterialBadgesFragment = graphql(`
  fragment MaterialBadges_material on Material {
    id
    kind
    scope
    chapterId
    minutes
    archivedAt
    modalities {
      id
      code
      name
    }
    domains {
      id
      code
      name
    }
  }
`);

/**
 * What an item is at a glance: kind, where it lives, how long it takes, and its tags.
 * Badge text is the accessible name; the tags' full names are in their titles.
 */
export function MaterialBadges({
  material: ref,
  chapters,
  withTags = true,
}: {
  material: FragmentType<typeof MaterialBadgesFragment>;
  chapters: readonly { id: string; name: string }[];
  withTags?: boolean;
}) {
  const m = getFragmentData(MaterialBadgesFragment, ref);
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={KIND_COLOR[m.kind]} variant="outline" data-testid="kind-badge">
        {KIND_LABEL[m.kind]}
      </Badge>
      <Badge color="gray.8" variant="outline" data-testid="scope-badge" tt="none" maw="100%" title={scopeLabel(m.scope, m.chapterId, chapters)}>
        {scopeLabel(m.scope, m.chapterId, chapters)}
      </Badge>
      {m.archivedAt ? (
        <Badge color="red.9" variant="outline">
          Archived
        </Badge>
      ) : null}
      <Text size="sm" c="dimmed" component="span">
        {formatLength(m.minutes)}
      </Text>
      {withTags ? (
        <>
          {m.modalities.map((x) => (
            <Badge key={x.id} color="indigo" variant="dot" title={x.name}>
              {x.code}
            </Badge>
          ))}
          {m.domains.map((x) => (
            <Badge key={x.id} color="orange" variant="dot" title={x.name} tt="none">
              {x.name}
            </Badge>
          ))}
        </>
      ) : null}
    </Group>
  );
}
