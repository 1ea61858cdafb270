import { useQuery } from '@apollo/client/react';
import { UploadLimitsQuery } from '../api/documents';
import type { UploadLimits } from '../lib/limits';
import type { FilePurpose } from '../lib/upload';

/** The size and types the API accepts for this purpose (the same for everyone; cached for the session). */
export function useUploadLimits(purpose: FilePurpose): { limits: UploadLimits | null; error: unknown } {
  const { data, error } = useQuery(UploadLimitsQuery, { variables: { purpose }, fetchPolicy: 'cache-first' });
  return { limits: data?.uploadLimits ?? null, error };
}
