/**
 * Certificate mutations for a cohort's managers, each with its cache update and the
 * message the user sees. Errors are thrown to the caller (the dialogs show them).
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { CohortCertificatesQuery, IssueCertificatesMutation, ReissueCertificateMutation, RevokeCertificateMutation } from '../api/documents';

/** Students' own views (their card, their ledger) are read again next time they are shown. */
function forgetStudentViews(cache: ApolloCache, cohortId: string) {
  const cohort = cache.identify({ __typename: 'Cohort', id: cohortId });
  if (cohort) cache.evict({ id: cohort, fieldName: 'myCertificate' });
  for (const fieldName of ['myCertificates', 'myCeLedger']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export function useIssueCertificates(cohortId: string) {
  const [mutate, { loading }] = useMutation(IssueCertificatesMutation, {
    refetchQueries: [{ query: CohortCertificatesQuery, variables: { cohortId } }],
    awaitRefetchQueries: true,
  });
  /** `known`: ids of the certificates already shown; the API answers every active one. */
  const issue = async (known: ReadonlySet<string>) => {
    const { data } = await mutate({ variables: { cohortId }, update: (cache) => forgetStudentViews(cache, cohortId) });
    const active = data?.issueCertificates ?? [];
    const n = active.filter((c) => !known.has(c.id)).length;
    notifications.show({
      color: 'green',
      message:
        n === 0
          ? 'No new certificates: everyone who attended enough already has one.'
          : `Issued ${n} new certificate${n === 1 ? '' : 's'}; ${active.length} valid in all.`,
    });
    return n;
  };
  return { issue, loading };
}

export function useRevokeCertificate(cohortId: string) {
  const [mutate] = useMutation(RevokeCertificateMutation);
  return async (id: string, reason: string, studentName: string) => {
    await mutate({ variables: { id, reason }, update: (cache) => forgetStudentViews(cache, cohortId) });
    notifications.show({ color: 'green', message: `Revoked ${studentName}’s certificate. Its verification page now says so.` });
  };
}

export function useReissueCertificate(cohortId: string) {
  const [mutate] = useMutation(ReissueCertificateMutation, {
    refetchQueries: [{ query: CohortCertificatesQuery, variables: { cohortId } }],
    awaitRefetchQueries: true,
  });
  return async (id: string, studentName: string) => {
    const { data } = await mutate({ variables: { id }, update: (cache) => forgetStudentViews(cache, cohortId) });
    notifications.show({ color: 'green', message: `Issued ${studentName} a new certificate${data ? ` with code ${data.reissueCertificate.code}` : ''}. The old code shows as revoked.` });
  };
}
