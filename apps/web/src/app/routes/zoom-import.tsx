import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Group, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { NotYours } from '@/components/NotYours';
import { PageTitle } from '@/components/PageTitle';
import { SessionTime } from '@/components/SessionTime';
import { graphql } from '@/gql';
import { ZoomImport } from '@/features/attendance/components/ZoomImport';
import { errorCode } from '@/lib/errors';
import { useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const ZoomImportPageQuery = graphql(`
  query ZoomImportPage($id: ID!) {
    cohort(id: $id) {
      id
      title
      timeZone
      viewerCanManage
      sessions {
        id
        number
        title
        startsAt
        status
      }
    }
  }
`);


export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <ImportPage viewer={viewer} />;
}

/** Import Zoom's participants report for one session into its attendance. */
function ImportPage({ viewer }: { viewer: Viewer }) {
  const { id = '', sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(ZoomImportPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    const code = errorCode(error);
    if (code === ErrorCode.NotFound) return <NotYours title="Session not found">There is no cohort at this address.</NotYours>;
    if (code === ErrorCode.Forbidden) return <NotYours title="Not your cohort" cohortId={id}>Only this cohort’s mentors and its chapter’s admins can import attendance.</NotYours>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const cohort = data.cohort;
  if (!cohort.viewerCanManage) {
    return (
      <NotYours title="Not your cohort" cohortId={cohort.id}>
        Only this cohort’s mentors and its chapter’s admins can import attendance.
      </NotYours>
    );
  }
  const session = cohort.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return (
      <NotYours title="Session not found" cohortId={cohort.id}>
        This cohort has no such session. It may have been removed.
      </NotYours>
    );
  }
  const heading = `Import the Zoom report: session ${session.number}`;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to={paths.manageCohort.to(cohort.id)} size="sm">
              Manage {cohort.title}
            </Anchor>
            <Anchor component={Link} to={paths.sessionRoster.to(cohort.id, session.id)} size="sm">
              Session {session.number} roster
            </Anchor>
            <Text size="sm" aria-current="page">
              Zoom report
            </Text>
          </Breadcrumbs>
        </nav>
        <PageTitle documentTitle={`${heading} · ${cohort.title}`}>{heading}</PageTitle>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {session.title}
          </Text>
          <SessionTime startsAt={session.startsAt} viewerZone={viewer.timeZone} cohortZone={cohort.timeZone} cancelled={session.status === 'CANCELLED'} />
        </Group>
      </Stack>
      <ZoomImport cohortId={cohort.id} sessionId={session.id} cohortZone={cohort.timeZone} viewerZone={viewer.timeZone} />
    </Stack>
  );
}
