import type { ReactNode } from 'react';
import { Anchor, Button, Stack, Text, Title, Typography, VisuallyHidden } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';

export const MaterialContentFragment = graphql(`
  fragment MaterialContent_material on Material {
    id
    kind
    url
    bodyHtml
  }
`);

/**
 * The item itself: a reading's text, a link to open, or a file (its preview comes from
 * the page). `bodyHtml` is rendered and sanitized by the API, so it is safe to insert.
 */
export function MaterialContent({ material: ref, filePreview }: { material: FragmentType<typeof MaterialContentFragment>; filePreview?: ReactNode }) {
  const m = getFragmentData(MaterialContentFragment, ref);
  const body = m.bodyHtml.trim() ? (
    <Typography data-testid="material-body">
      <div dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
    </Typography>
  ) : null;
  if (m.kind === 'READING') return body ?? <Text c="dimmed">This reading has no text yet.</Text>;
  return (
    <Stack gap="md">
      {m.kind === 'LINK' && m.url ? (
        <Stack gap={4} align="flex-start">
          <Button component="a" href={m.url} target="_blank" rel="noopener noreferrer">
            Open the link<VisuallyHidden> (opens in a new tab)</VisuallyHidden>
          </Button>
          <Anchor href={m.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
            {m.url}
          </Anchor>
        </Stack>
      ) : null}
      {m.kind === 'FILE' ? filePreview : null}
      {body ? (
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
