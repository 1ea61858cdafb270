/**
 * The Zoom report import: a preview (parsed, matched, proposed statuses; nothing written)
 * and applying it. Applying changes records, so the roster and the grid are read again.
 */
import { useMutation } from '@apollo/client/react';
import { getFragmentData } from '@/gql';
import type { ApplyZoomImportInput, PreviewZoomImportInput } from '@/gql/graphql';
import { ApplyZoomImportMutation, PreviewZoomImportMutation, ZoomPreviewFields } from '../api/documents';
import { forgetAttendanceViews } from './useAttendanceMutations';

export function usePreviewZoomImport() {
  const [mutate, { loading }] = useMutation(PreviewZoomImportMutation);
  const preview = async (input: PreviewZoomImportInput) => {
    const { data } = await mutate({ variables: { input } });
    return data ? getFragmentData(ZoomPreviewFields, data.previewZoomImport) : null;
  };
  return { preview, loading };
}

export function useApplyZoomImport() {
  const [mutate, { loading }] = useMutation(ApplyZoomImportMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'sessionRoster' });
      forgetAttendanceViews(cache);
    },
  });
  const apply = async (input: ApplyZoomImportInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    const r = data.applyZoomImport;
    return { changed: r.changed, unchanged: r.unchanged, preview: getFragmentData(ZoomPreviewFields, r.preview) };
  };
  return { apply, loading };
}
