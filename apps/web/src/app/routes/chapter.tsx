import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { ErrorCode, runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { ChapterAttendanceExport } from '@/features/attendance/components/ChapterAttendanceExport';
import { ChapterPublicView } from '@/features/chapters/components/ChapterPublicView';
import { ChapterReadinessSection } from '@/features/readiness/components/ChapterReadinessSection';
import { errorCode } from '@/lib/errors';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const ChapterPageQuery = graphql(`
  query ChapterPage($slug: String!) {
    chapter(slug: $slug) {
      id
      name
      ...ChapterPublic_chapter
    }
  }
`);

/** A chapter's public page: anyone may read it, signed in or not. */
export function Component() {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(ChapterPageQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const zone = viewer?.timeZone ?? runtimeTimeZone();

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) {
      return (
        <Stack maw={640}>
          <PageTitle>Chapter not found</PageTitle>
          <Text>There is no chapter at this address. Check the link, or ask the chapter for its page.</Text>
          <Anchor component={Link} to={paths.home.to()}>
            Go to the home page
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  return (
    <Stack maw={800}>
      <PageTitle>{data.chapter.name}</PageTitle>
      <ChapterPublicView chapter={data.chapter} viewerZone={zone} />
      {viewer ? <ChapterAttendanceExport chapterId={data.chapter.id} chapterName={data.chapter.name} /> : null}
      {viewer ? <ChapterReadinessSection chapterId={data.chapter.id} /> : null}
    </Stack>
  );
}
