import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { Permission, Role, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { NoBankAccess } from '@/features/questions/components/NoBankAccess';
import { QuestionImport } from '@/features/questions/components/QuestionImport';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const QuestionImportPageQuery = graphql(`
  query QuestionImportPage {
    modalities {
      id
      code
      name
    }
    examDomains {
      id
      code
      name
    }
    myChapters {
      id
      name
    }
  }
`);

/** Import questions from a GIFT, Aiken or CSV file, with a preview and per-line errors. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)) return <NoBankAccess title="Import questions" />;
  return <ImportPage viewer={viewer} />;
}

function ImportPage({ viewer }: { viewer: Viewer }) {
  const { data, error, refetch } = useQuery(QuestionImportPageQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg" maw={1040}>
      <Anchor component={Link} to={paths.questions.to()} size="sm">
        ← Question bank
      </Anchor>
      <Stack gap={4}>
        <PageTitle>Import questions</PageTitle>
        <Text>
          From Moodle’s GIFT or Aiken text formats, or a CSV file. The preview lists every question and every line that can’t be read; nothing is imported until
          the whole file is accepted.
        </Text>
      </Stack>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <QuestionImport
          modalities={data.modalities}
          domains={data.examDomains}
          chapters={data.myChapters}
          canSharePlatform={sharedRoles(viewer.roles).includes(Role.PlatformAdmin)}
        />
      ) : null}
    </Stack>
  );
}
