import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { graphql } from '@/gql';
import { paths } from '@/paths';

const ChapterAttendanceExportQuery = graphql(`
  query ChapterAttendanceExport {
    viewer {
      id
      isPlatformAdmin
      memberships {
        id
        chapterId
        role
      }
    }
  }
`);

/**
 * For the chapter's admins (and platform admins): the chapter's attendance, every cohort
 * and session, as one CSV. Nothing for anyone else (the API refuses them too).
 */
export function ChapterAttendanceExport({ chapterId, chapterName }: { chapterId: string; chapterName: string }) {
  const { data } = useQuery(ChapterAttendanceExportQuery, { fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer;
  const admin = !!viewer && (viewer.isPlatformAdmin || viewer.memberships.some((m) => m.chapterId === chapterId && m.role === 'CHAPTER_ADMIN'));
  if (!admin) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="chapter-reports-heading">
      <Stack gap={4}>
        <Title order={2} size="h4" id="chapter-reports-heading">
          Reports
        </Title>
        <Anchor href={paths.chapterAttendanceCsv.to(chapterId)} download fw={600} size="sm">
          Download attendance CSV
        </Anchor>
        <Text size="xs" c="dimmed">
          Every cohort of {chapterName}: each student’s status and minutes per session, for a spreadsheet.
        </Text>
      </Stack>
    </Paper>
  );
}
