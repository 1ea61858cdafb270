import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { CohortWizard } from '@/features/cohorts/components/CohortWizard';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const NewCohortPageQuery = graphql(`
  query NewCohortPage {
    myChapters {
      id
      name
      timeZone
    }
    modalities {
      id
      code
      name
    }
    cohortTemplates {
      id
      ...WizardTemplate_template
    }
  }
`);

/** The new-cohort wizard, for mentors and chapter admins. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.CreateCohort)) {
    return (
      <Stack maw={640}>
        <PageTitle>New cohort</PageTitle>
        <Text>Cohorts are created by a chapter’s mentors and admins. Ask your chapter to invite you as a mentor.</Text>
        <Anchor component={Link} to={paths.catalog.to()}>
          Browse open cohorts instead
        </Anchor>
      </Stack>
    );
  }
  return <NewCohort viewer={viewer} />;
}

function NewCohort({ viewer }: { viewer: Viewer }) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(NewCohortPageQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="md" maw={960}>
      <PageTitle>New cohort</PageTitle>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        data.myChapters.length === 0 ? (
          <Text>You are not a mentor or admin of any chapter yet, so there is no chapter to run a cohort for.</Text>
        ) : (
          <CohortWizard
            chapters={data.myChapters}
            modalities={data.modalities}
            templates={data.cohortTemplates}
            viewerZone={viewer.timeZone}
            onCreated={(id) => navigate(paths.manageCohort.to(id))}
          />
        )
      ) : null}
    </Stack>
  );
}
