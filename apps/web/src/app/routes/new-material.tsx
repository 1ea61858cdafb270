import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { Permission, Role, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { FileField } from '@/features/files/components/FileField';
import { MaterialForm } from '@/features/library/components/MaterialForm';
import { NoLibraryAccess } from '@/features/library/components/NoLibraryAccess';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const NewMaterialPageQuery = graphql(`
  query NewMaterialPage {
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

/** Write a reading, save a link or upload a file into the library. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)) return <NoLibraryAccess title="New library item" />;
  return <NewMaterial viewer={viewer} />;
}

function NewMaterial({ viewer }: { viewer: Viewer }) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(NewMaterialPageQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="md" maw={880}>
      <Anchor component={Link} to={paths.library.to()} size="sm">
        ← Library
      </Anchor>
      <Stack gap={4}>
        <PageTitle>New library item</PageTitle>
        <Text>A reading you write here, a link to something on the web, or a file. Every later edit is kept as a version you can go back to.</Text>
      </Stack>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <MaterialForm
          modalities={data.modalities}
          domains={data.examDomains}
          chapters={data.myChapters}
          canSharePlatform={sharedRoles(viewer.roles).includes(Role.PlatformAdmin)}
          onSaved={(id) => navigate(paths.material.to(id))}
          onCancel={() => navigate(paths.library.to())}
          renderFileField={(field) => <FileField purpose="MATERIAL" {...field} />}
        />
      ) : null}
    </Stack>
  );
}
