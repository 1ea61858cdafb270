import { useState, type ReactNode } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { SubmissionView_SubmissionFragment } from '@/gql/graphql';

export const SubmissionViewFragment = graphql(`
  fragment SubmissionView_submission on Submission {
    id
    status
    submittedAt
    late
    versions {
      id
      number
      bodyHtml
      submittedAt
      late
      files {
        id
      }
    }
  }
`);

interface Props {
  submission: FragmentType<typeof SubmissionViewFragment>;
  studentName: string;
  viewerZone: string;
  cohortZone: string;
  /** The files of one version, previewed (composed by the page: files are another feature). */
  renderFiles: (versionId: string) => ReactNode;
}

type Version = SubmissionView_SubmissionFragment['versions'][number];

function VersionBody({ version, studentName, headingLevel, renderFiles }: { version: Version; studentName: string; headingLevel: 3 | 4; renderFiles: Props['renderFiles'] }) {
  const empty = !version.bodyHtml.trim();
  return (
    <Stack gap="sm">
      {empty ? (
        <Text size="sm" c="dimmed">
          No written answer{version.files.length ? '; see the files below.' : '.'}
        </Text>
      ) : (
        <Typography data-testid="submission-body" style={{ overflowWrap: 'anywhere' }}>
          <div dangerouslySetInnerHTML={{ __html: version.bodyHtml }} />
        </Typography>
      )}
      {version.files.length ? (
        <Stack gap="xs">
          <Title order={headingLevel} size="h5">
            {version.files.length === 1 ? 'File' : `Files (${version.files.length})`}
            <Text span size="sm" c="dimmed" fw={400}>{` from ${studentName}`}</Text>
          </Title>
          {renderFiles(version.id)}
        </Stack>
      ) : null}
    </Stack>
  );
}

/**
 * A student's handed-in work: the latest version (the answer as the server cleaned it,
 * the files previewed where the browser can), then the earlier versions on request.
 */
export function SubmissionView({ submission: ref, studentName, viewerZone, cohortZone, renderFiles }: Props) {
  const submission = getFragmentData(SubmissionViewFragment, ref);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [latest, ...earlier] = [...submission.versions].sort((a, b) => b.number - a.number);
  if (!latest) {
    return (
      <Text size="sm">
        {studentName} has not handed anything in yet{submission.status === 'DRAFT' ? ' (they have started a draft)' : ''}.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h4">
            {earlier.length ? `Version ${latest.number} (latest)` : 'Answer'}
          </Title>
          {latest.late ? (
            <Badge variant="outline" color="grape.9">
              Late
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          Handed in <SessionTime startsAt={latest.submittedAt} viewerZone={viewerZone} cohortZone={cohortZone} />
        </Text>
      </Stack>
      <VersionBody version={latest} studentName={studentName} headingLevel={4} renderFiles={renderFiles} />
      {earlier.length ? (
        <Stack gap="xs" component="section" aria-label="Earlier versions">
          <Title order={3} size="h5">
            Earlier versions
          </Title>
          {earlier.map((v) => {
            const expanded = !!open[v.id];
            const panelId = `version-${v.id}`;
            return (
              <Paper key={v.id} withBorder p="xs">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm">
                    Version {v.number}, handed in <SessionTime startsAt={v.submittedAt} viewerZone={viewerZone} cohortZone={cohortZone} />
                    {v.late ? ' (late)' : ''}
                  </Text>
                  <Button size="xs" variant="subtle" aria-expanded={expanded} aria-controls={panelId} onClick={() => setOpen((o) => ({ ...o, [v.id]: !expanded }))}>
                    {expanded ? `Hide version ${v.number}` : `Show version ${v.number}`}
                  </Button>
                </Group>
                <div id={panelId} hidden={!expanded}>
                  {expanded ? (
                    <Stack mt="xs">
                      <VersionBody version={v} studentName={studentName} headingLevel={4} renderFiles={renderFiles} />
                    </Stack>
                  ) : null}
                </div>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
