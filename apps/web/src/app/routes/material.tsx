import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, formatInstant, Permission, Role, rolesGrant } from '@gantry/shared';
import { ConfirmDialog, focusSoon } from '@/components/ConfirmDialog';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData, graphql } from '@/gql';
import { FileField } from '@/features/files/components/FileField';
import { FilePreview } from '@/features/files/components/FilePreview';
import { MaterialPageFragment } from '@/features/library/api/documents';
import { useArchiveMaterial } from '@/features/library/hooks/useMaterialMutations';
import { MaterialBadges } from '@/features/library/components/MaterialBadges';
import { MaterialContent } from '@/features/library/components/MaterialContent';
import { MaterialForm } from '@/features/library/components/MaterialForm';
import { MaterialHistory } from '@/features/library/components/MaterialHistory';
import { NoLibraryAccess } from '@/features/library/components/NoLibraryAccess';
import { errorCode } from '@/lib/errors';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const MaterialPageQuery = graphql(`
  query MaterialPage($id: ID!) {
    material(id: $id) {
      id
      ...MaterialPage_material
      file {
        id
        ...FilePreview_file
      }
    }
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

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id} tabIndex={-1} className="page-title">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** One library item: read it, edit it (a new version each time), archive it, and its history. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)) return <NoLibraryAccess />;
  return <MaterialPage viewer={viewer} />;
}

function MaterialPage({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  // Always from the network: a file's signed links are only good for minutes.
  const { data, error, refetch } = useQuery(MaterialPageQuery, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [editing, setEditingState] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Focus follows the switch: into the form when it opens, back to "Edit" when it closes.
  const setEditing = (on: boolean) => {
    setEditingState(on);
    focusSoon(() => (on ? document.getElementById('edit-heading') : editButton.current));
  };
  const [archiveOpen, setArchiveOpen] = useState(false);
  const { setArchived } = useArchiveMaterial();
  // When the file's signed links were fetched: they expire, so old ones are refreshed on use.
  const fileUrl = data ? getFragmentData(MaterialPageFragment, data.material).file?.url : undefined;
  const [linksAt, setLinksAt] = useState(() => Date.now());
  useEffect(() => {
    if (fileUrl) setLinksAt(Date.now());
  }, [fileUrl]);

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) {
      return (
        <Stack maw={640}>
          <PageTitle>Item not found</PageTitle>
          <Text>There is no library item at this address that you can use. It may be someone’s draft, or in another chapter’s library.</Text>
          <Anchor component={Link} to={paths.library.to()}>
            Search the library
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const material = getFragmentData(MaterialPageFragment, data.material);
  const archived = !!material.archivedAt;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.library.to()} size="sm">
        ← Library
      </Anchor>
      <Stack gap="xs">
        <PageTitle documentTitle={material.title}>{material.title}</PageTitle>
        <MaterialBadges material={material} chapters={data.myChapters} />
        <Text size="sm" c="dimmed">
          Version {material.version}, saved <time dateTime={material.updatedAt}>{formatInstant(material.updatedAt, viewer.timeZone)}</time>
        </Text>
        {material.viewerCanEdit && !editing ? (
          <Group gap="sm" mt="xs">
            <Button ref={editButton} onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button variant="default" onClick={() => setArchiveOpen(true)}>
              {archived ? 'Unarchive' : 'Archive'}
            </Button>
          </Group>
        ) : null}
      </Stack>

      {editing ? (
        <Section id="edit-heading" title="Edit">
          <MaterialForm
            material={material}
            modalities={data.modalities}
            domains={data.examDomains}
            chapters={data.myChapters}
            canSharePlatform={sharedRoles(viewer.roles).includes(Role.PlatformAdmin)}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
            onConflict={() => refetch()}
            renderFileField={(field) => <FileField purpose="MATERIAL" {...field} />}
          />
        </Section>
      ) : (
        <Stack gap="md" component="article" aria-label={material.title}>
          {material.summary ? (
            <Text fz="lg" data-testid="material-summary">
              {material.summary}
            </Text>
          ) : null}
          <MaterialContent
            material={material}
            filePreview={
              data.material.file ? (
                <FilePreview
                  file={data.material.file}
                  title={material.title}
                  loadedAt={linksAt}
                  onRefresh={async () => (await refetch()).data?.material.file}
                />
              ) : (
                <Text c="dimmed">This item’s file is missing.</Text>
              )
            }
          />
        </Stack>
      )}

      <Section id="history-heading" title="History">
        <MaterialHistory material={material} viewerZone={viewer.timeZone} canRestore={material.viewerCanEdit && !editing} onConflict={() => refetch()} />
      </Section>

      <ConfirmDialog
        opened={archiveOpen}
        title={archived ? 'Unarchive this item?' : 'Archive this item?'}
        confirmLabel={archived ? 'Unarchive' : 'Archive'}
        danger={!archived}
        cancelLabel="Cancel"
        onClose={() => setArchiveOpen(false)}
        onConfirm={() => setArchived(material.id, !archived)}
      >
        <Text size="sm">
          {archived
            ? 'It shows in library searches again and can be added to agendas.'
            : 'It leaves library searches and cannot be added to agendas; sessions that already list it keep it. You can unarchive it here at any time.'}
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
