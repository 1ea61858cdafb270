/**
 * The library's mutations, each with its cache update and the message the user sees.
 * Components pass form values and handle thrown errors (`applyServerErrors`, CONFLICT).
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { MaterialInput, UpdateMaterialInput } from '@/gql/graphql';
import { ArchiveMaterialMutation, CreateMaterialMutation, RestoreMaterialVersionMutation, UpdateMaterialMutation } from '../api/documents';

/** Search results (and agendas' pickers) are re-read where they are shown next. */
function forgetSearches(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'materials' });
  cache.gc();
}

export function useCreateMaterial() {
  const [mutate, { loading }] = useMutation(CreateMaterialMutation, { update: forgetSearches });
  const create = async (input: MaterialInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    // No title: a titled notification's text is Mantine's gray 6, below AA contrast.
    notifications.show({ color: 'green', message: `Saved to the library: “${data.createMaterial.title}”, version 1.` });
    return data.createMaterial;
  };
  return { create, loading };
}

export function useUpdateMaterial() {
  const [mutate, { loading }] = useMutation(UpdateMaterialMutation, { update: forgetSearches });
  const update = async (input: UpdateMaterialInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    const saved = data.updateMaterial;
    notifications.show({
      color: 'green',
      message: saved.version === input.expectedVersion ? 'Nothing changed, so no new version was saved.' : `Saved as version ${saved.version}. Earlier versions are in the history.`,
    });
    return saved;
  };
  return { update, loading };
}

export function useRestoreMaterialVersion() {
  const [mutate, { loading }] = useMutation(RestoreMaterialVersionMutation, { update: forgetSearches });
  const restore = async (id: string, version: number, expectedVersion: number) => {
    const { data } = await mutate({ variables: { id, version, expectedVersion } });
    if (!data) return null;
    const saved = data.restoreMaterialVersion;
    notifications.show({
      color: 'green',
      message: saved.version === expectedVersion ? `Version ${version} is the same as the current one; nothing changed.` : `Version ${version} restored as version ${saved.version}.`,
    });
    return saved;
  };
  return { restore, loading };
}

export function useArchiveMaterial() {
  const [mutate, { loading }] = useMutation(ArchiveMaterialMutation, { update: forgetSearches });
  const setArchived = async (id: string, archived: boolean) => {
    await mutate({ variables: { id, archived } });
    notifications.show({
      color: 'green',
      message: archived ? 'Archived: it no longer shows in library searches and cannot be added to agendas. Sessions that already list it keep it.' : 'Unarchived: it shows in library searches again.',
    });
  };
  return { setArchived, loading };
}
