import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { ReadinessMap } from '@/features/readiness/components/ReadinessMap';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const ReadinessPageQuery = graphql(`
  query ReadinessPage {
    myReadiness {
      ...ReadinessMap_readiness
    }
  }
`);

export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />; // RequireAuth guarantees a viewer; this is for the type.
  return <Readiness viewer={viewer} />;
}

/**
 * Exam practice: the viewer's weak-area map (score and coverage per exam domain and
 * modality, the trend over attempts, what to study next) and the way to a mock exam.
 */
function Readiness({ viewer }: { viewer: Viewer }) {
  const { data, error, refetch } = useQuery(ReadinessPageQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <PageTitle documentTitle="Exam practice">Exam practice</PageTitle>
        <Text>Your practice quizzes and mock exams, added up by exam domain and modality: where you stand, and what to study next.</Text>
        <Group gap="sm">
          <Button component={Link} to={paths.mockExam.to()}>
            Take a mock exam
          </Button>
        </Group>
      </Stack>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading label="Loading your map…" /> : null}
      {data ? (
        <ReadinessMap readiness={data.myReadiness} viewerZone={viewer.timeZone} canUseLibrary={rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)} />
      ) : null}
    </Stack>
  );
}
