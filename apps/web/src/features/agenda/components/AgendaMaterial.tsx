import type { ReactNode } from 'react';
import { Badge, Button, Group, Stack, Text, Title, Typography } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatLength } from '@/lib/format';
import { KIND_LABEL } from '../model';

export const AgendaMaterialFragment = graphql(`
  fragment AgendaMaterial_material on Material {
    id
    kind
    title
    summary
    minutes
    bodyHtml
    url
    modalities {
      code
      name
    }
    domains {
      code
      name
    }
  }
`);

/**
 * A library item as a student works through it: a reading rendered in place (the API
 * sends it sanitized), a link opened in a new tab, or a file (shown by `file`, which the
 * page supplies), with the mentor's notes under a link or a file.
 */
export function AgendaMaterial({ material: ref, file }: { material: FragmentType<typeof AgendaMaterialFragment>; file?: ReactNode }) {
  const m = getFragmentData(AgendaMaterialFragment, ref);
  // Sanitized by the API (Markdown rendered on the server, then cleaned).
  const body = (
    <Typography data-testid="reading-body" style={{ overflowWrap: 'anywhere' }}>
      <div dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
    </Typography>
  );
  return (
    <Stack gap="md">
      <Group gap={6} wrap="wrap">
        <Badge variant="outline" color="gray.8">
          {KIND_LABEL[m.kind]}
        </Badge>
        <Text size="sm" c="dimmed">
          About {formatLength(m.minutes)}
        </Text>
        {m.modalities.map((x) => (
          <Badge key={x.code} variant="outline" color="blue.9" title={x.name}>
            {x.code}
          </Badge>
        ))}
        {m.domains.map((d) => (
          <Badge key={d.code} variant="outline" color="grape.9">
            {d.name}
          </Badge>
        ))}
      </Group>
      {m.summary ? <Text fs="italic">{m.summary}</Text> : null}
      {m.kind === 'READING' ? body : null}
      {m.kind === 'LINK' ? (
        m.url ? (
          <Group>
            <Button component="a" href={m.url} target="_blank" rel="noopener noreferrer">
              Open the link (new tab)
            </Button>
          </Group>
        ) : (
          <Text>The link is missing. Tell your mentor.</Text>
        )
      ) : null}
      {m.kind === 'FILE' ? (file ?? <Text>The file is not available.</Text>) : null}
      {m.kind !== 'READING' && m.bodyHtml.trim() ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            Notes
          </Title>
          {body}
        </Stack>
      ) : null}
    </Stack>
  );
}
