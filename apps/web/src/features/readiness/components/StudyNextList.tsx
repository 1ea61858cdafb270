import { Link } from 'react-router';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength } from '@/lib/format';
import { paths } from '@/paths';
import { formatPercent } from '../model';

export const StudyNextFragment = graphql(`
  fragment StudyNextList_item on StudyNextItem {
    percent
    correct
    total
    domain {
      id
      code
      name
    }
    links {
      materialId
      title
      agendaItemId
    }
    materials {
      id
      summary
      minutes
    }
  }
`);

/**
 * The weakest domains first, each with up to three items tagged with it: a released
 * agenda item of the student's cohorts opens where they read it; otherwise a library
 * title, a link for people who use the library (mentors) and a title to ask about for a
 * student.
 */
export function StudyNextList({ items: refs, canUseLibrary }: { items: readonly FragmentType<typeof StudyNextFragment>[]; canUseLibrary: boolean }) {
  const items = getFragmentData(StudyNextFragment, refs);
  if (items.length === 0) return <Text size="sm">Nothing stands out yet: answer more questions across the domains and your weakest ones show here.</Text>;
  const titlesOnly = !canUseLibrary && items.some((item) => item.links.some((l) => !l.agendaItemId));
  return (
    <Stack gap="sm">
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="study-next">
        {items.map((item, i) => (
          <li key={item.domain.id} data-testid="study-next-item">
            <Stack gap={4}>
              <Title order={3} size="h5">
                {i + 1}. {item.domain.name}{' '}
                <Text span size="sm" fw={400}>
                  ({item.total ? `${formatPercent(item.percent)} correct, ${item.correct} of ${item.total}` : 'no answers yet'})
                </Text>
              </Title>
              {item.links.length ? (
                <List size="sm" spacing={2} aria-label={`To study for ${item.domain.name}`}>
                  {item.links.map((l) => {
                    const released = item.materials.find((m) => m.id === l.materialId);
                    const to = l.agendaItemId ? paths.agendaItem.to(l.agendaItemId) : canUseLibrary ? paths.material.to(l.materialId) : null;
                    return (
                      <List.Item key={l.materialId}>
                        {to ? (
                          <Anchor component={Link} to={to} size="sm">
                            {l.title}
                          </Anchor>
                        ) : (
                          <Text span size="sm" fw={600}>
                            {l.title}
                          </Text>
                        )}
                        <Text span size="sm">
                          {released ? ` · ${formatLength(released.minutes)}${released.summary ? ` — ${released.summary}` : ''}` : ''}
                        </Text>
                      </List.Item>
                    );
                  })}
                </List>
              ) : (
                <Text size="sm">No library material is tagged with this domain yet{canUseLibrary ? '' : '; ask your mentor what to read'}.</Text>
              )}
              {canUseLibrary ? (
                <Anchor component={Link} to={paths.library.to({ domain: item.domain.code })} size="sm">
                  Everything on {item.domain.name} in the library
                </Anchor>
              ) : null}
            </Stack>
          </li>
        ))}
      </Stack>
      {titlesOnly ? (
        <Text size="xs" c="dimmed" data-testid="study-next-note">
          Titles without a link are in the library but not on your cohort’s agendas yet: ask your mentor to share them.
        </Text>
      ) : null}
    </Stack>
  );
}
