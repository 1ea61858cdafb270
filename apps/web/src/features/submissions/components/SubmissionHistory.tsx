import type { ReactNode } from 'react';
import { Accordion, Badge, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { shortTime } from '../lib/time';

export const SubmissionHistoryFragment = graphql(`
  fragment SubmissionHistory_submission on Submission {
    id
    versions {
      id
      number
      bodyHtml
      submittedAt
      late
      files {
        id
        filename
      }
    }
  }
`);

export interface VersionFile {
  id: string;
  filename: string;
}

/**
 * Every version the student handed in, newest first and open; each with its text and
 * files. How a file is shown (a preview where the browser can) is the page's slot.
 */
export function SubmissionHistory({
  submission: ref,
  viewerZone,
  renderFile,
}: {
  submission: FragmentType<typeof SubmissionHistoryFragment>;
  viewerZone: string;
  renderFile: (file: VersionFile, versionNumber: number) => ReactNode;
}) {
  const s = getFragmentData(SubmissionHistoryFragment, ref);
  if (!s.versions.length) return null;
  const newest = s.versions[0]!;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="versions-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="versions-heading">
          What you handed in
        </Title>
        <Accordion multiple defaultValue={[newest.id]} variant="separated" chevronPosition="right">
          {s.versions.map((v) => (
            <Accordion.Item key={v.id} value={v.id} data-testid="submission-version">
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    Version {v.number}
                  </Text>
                  <Text size="sm" c="dimmed">
                    submitted <time dateTime={v.submittedAt}>{shortTime(v.submittedAt, viewerZone)}</time>
                  </Text>
                  {v.late ? (
                    <Badge variant="outline" color="grape.9" size="sm">
                      Late
                    </Badge>
                  ) : null}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {v.bodyHtml.trim() ? (
                    <Typography>
                      <div dangerouslySetInnerHTML={{ __html: v.bodyHtml }} />
                    </Typography>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No text.
                    </Text>
                  )}
                  {v.files.map((f) => (
                    <div key={f.id}>{renderFile(f, v.number)}</div>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Paper>
  );
}
