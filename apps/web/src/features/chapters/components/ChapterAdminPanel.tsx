import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Anchor, Box, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatInstant, zoneLabel } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { ChapterEditForm } from './ChapterEditForm';
import { ChapterInvitationsList } from './ChapterInvitationsList';
import { ChapterMembersList } from './ChapterMembersList';
import { InviteMentorForm } from './InviteMentorForm';

export const ChapterAdminPanelFragment = graphql(`
  fragment ChapterAdminPanel_chapter on Chapter {
    id
    name
    slug
    regionName
    timeZone
    description
    createdAt
    version
    ...ChapterEditForm_chapter
  }
`);

/** Everything a chapter admin does for one chapter: details, cohorts, members, invitations. */
export function ChapterAdminPanel({
  chapter: ref,
  viewerZone,
  viewerId,
  onReload,
  cohorts,
}: {
  chapter: FragmentType<typeof ChapterAdminPanelFragment>;
  viewerZone: string;
  viewerId: string;
  onReload: () => void;
  /** The chapter's cohorts (composed by the page, from the cohorts feature). */
  cohorts?: ReactNode;
}) {
  const chapter = getFragmentData(ChapterAdminPanelFragment, ref);
  const [editing, setEditing] = useState(false);
  const headingId = `admin-chapter-${chapter.id}`;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId}>
              {chapter.name}
            </Title>
            <Text size="sm">
              {chapter.regionName} · {zoneLabel(chapter.timeZone)}
            </Text>
          </Stack>
          <Anchor component={Link} to={paths.chapter.to(chapter.slug)} size="sm">
            View public page
          </Anchor>
        </Group>

        <Stack gap="xs" component="section" aria-labelledby={`${headingId}-details`}>
          <Group justify="space-between">
            <Title order={3} size="h4" id={`${headingId}-details`}>
              Details
            </Title>
            {!editing ? (
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                Edit details
              </Button>
            ) : null}
          </Group>
          {editing ? (
            <ChapterEditForm key={chapter.version} chapter={chapter} onDone={() => setEditing(false)} onReload={onReload} />
          ) : (
            <>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{chapter.description || 'No description yet.'}</Text>
              <Text size="sm" c="dimmed">
                On Gantry since {formatInstant(chapter.createdAt, viewerZone)}
              </Text>
            </>
          )}
        </Stack>

        {cohorts ? (
          <>
            <Divider />
            <Stack gap="xs" component="section" aria-labelledby={`${headingId}-cohorts`}>
              <Title order={3} size="h4" id={`${headingId}-cohorts`}>
                Cohorts
              </Title>
              {cohorts}
            </Stack>
          </>
        ) : null}

        <Divider />
        <Stack gap="xs" component="section" aria-labelledby={`${headingId}-members`}>
          <Title order={3} size="h4" id={`${headingId}-members`}>
            Members
          </Title>
          <ChapterMembersList chapterId={chapter.id} chapterName={chapter.name} viewerZone={viewerZone} viewerId={viewerId} />
        </Stack>

        <Divider />
        <Stack gap="lg">
          <Stack gap="xs" component="section" aria-labelledby={`${headingId}-invite`}>
            <Title order={3} size="h4" id={`${headingId}-invite`}>
              Invite a mentor
            </Title>
            <Box maw={520}>
              <InviteMentorForm chapterId={chapter.id} chapterName={chapter.name} />
            </Box>
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby={`${headingId}-invitations`}>
            <Title order={3} size="h4" id={`${headingId}-invitations`}>
              Invitations
            </Title>
            <ChapterInvitationsList chapterId={chapter.id} chapterName={chapter.name} viewerZone={viewerZone} />
          </Stack>
        </Stack>
      </Stack>
    </Paper>
  );
}
