/**
 * The CE ledger's mutations, each with its cache update and the message the user sees.
 * Components pass plain values and handle thrown errors (field errors, CONFLICT) themselves.
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { CeEntryInput, CredentialRulesInput, CertificationProfileInput, UpdateCeEntryInput } from '@/gql/graphql';
import {
  AddCeEntryMutation,
  CeLedgerQuery,
  CredentialRuleEditionsQuery,
  DeleteCeEntryMutation,
  PublishCredentialRulesMutation,
  SaveCertificationProfileMutation,
  UpdateCeEntryMutation,
} from '../api/documents';

/** The eligibility answer follows from the profile and the rules: ask again next time. */
function forgetEligibility(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myEligibility' });
  cache.gc();
}

/** Entries change the cycle's units: the ledger is read again (awaited, so the page never shows a stale total). */
const refetchLedger = () => ({ refetchQueries: [{ query: CeLedgerQuery }], awaitRefetchQueries: true });

export function useSaveCertificationProfile() {
  const [mutate, { loading }] = useMutation(SaveCertificationProfileMutation);
  const save = async (input: CertificationProfileInput) => {
    await mutate({
      variables: { input },
      update: (cache, { data }) => {
        if (data) cache.writeQuery({ query: CeLedgerQuery, data: { myCeLedger: data.saveCertificationProfile } });
        forgetEligibility(cache);
      },
    });
    notifications.show({ color: 'green', message: 'Certification profile saved.' });
  };
  return { save, loading };
}

export function useAddCeEntry() {
  const [mutate, { loading }] = useMutation(AddCeEntryMutation, refetchLedger());
  const add = async (input: CeEntryInput) => {
    await mutate({ variables: { input } });
    notifications.show({ color: 'green', message: `Added “${input.title}”.` });
  };
  return { add, loading };
}

export function useUpdateCeEntry() {
  const [mutate, { loading }] = useMutation(UpdateCeEntryMutation, refetchLedger());
  const update = async (id: string, input: UpdateCeEntryInput) => {
    await mutate({ variables: { id, input } });
    notifications.show({ color: 'green', message: `Saved “${input.title}”.` });
  };
  return { update, loading };
}

export function useDeleteCeEntry() {
  const [mutate] = useMutation(DeleteCeEntryMutation, refetchLedger());
  return async (id: string, title: string) => {
    await mutate({
      variables: { id },
      update: (cache) => {
        const ref = cache.identify({ __typename: 'CeEntry', id });
        if (ref) cache.evict({ id: ref });
      },
    });
    notifications.show({ color: 'green', message: `Deleted “${title}”.` });
  };
}

export function usePublishCredentialRules() {
  const [mutate, { loading }] = useMutation(PublishCredentialRulesMutation, {
    refetchQueries: [{ query: CredentialRuleEditionsQuery }],
    awaitRefetchQueries: true,
  });
  const publish = async (input: CredentialRulesInput) => {
    await mutate({
      variables: { input },
      update: (cache) => {
        // Every ledger and self-check is computed under the edition in force.
        for (const fieldName of ['myCeLedger', 'myEligibility', 'credentialRules']) cache.evict({ id: 'ROOT_QUERY', fieldName });
        cache.gc();
      },
    });
    notifications.show({ color: 'green', message: `Published edition ${input.edition}.` });
  };
  return { publish, loading };
}
