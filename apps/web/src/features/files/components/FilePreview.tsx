import { useState, type MouseEvent } from 'react';
import { Anchor, Box, Button, Group, Image, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatBytes } from '../lib/limits';

export const FilePreviewFragment = graphql(`
  fragment FilePreview_file on StoredFile {
    id
    filename
    contentType
    sizeBytes
    preview
    url
    downloadUrl
  }
`);

type FileRef = FragmentType<typeof FilePreviewFragment>;
type PreviewableFile = ReturnType<typeof readFile>;
function readFile(ref: FileRef) {
  return getFragmentData(FilePreviewFragment, ref);
}

/** Links are signed for about ten minutes; after nine, a click fetches fresh ones first. */
export const LINK_FRESH_MS = 9 * 60 * 1000;

interface Props {
  file: FileRef;
  /** What the file is (the item's title), for the frame's title and the image's alt text. */
  title: string;
  /** When the links were fetched (ms since epoch). */
  loadedAt: number;
  /** Fetch the file again with fresh links; resolves to the new file (null if it is gone). */
  onRefresh: () => Promise<FileRef | null | undefined>;
  /** Tests: the clock, and going to a link in this tab. */
  now?: () => number;
  go?: (url: string) => void;
}

/**
 * A file inline where the browser can show it — a PDF in a frame, an image — and always a
 * download link with its size. Links expire, so a click on an old one fetches fresh links
 * first; "Reload the file link" does the same when a preview stops loading.
 */
export function FilePreview({ file: ref, title, loadedAt, onRefresh, now = Date.now, go = (url) => window.location.assign(url) }: Props) {
  const file = readFile(ref);
  const [refreshing, setRefreshing] = useState(false);
  const [failed, setFailed] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  const refresh = async (): Promise<PreviewableFile | null> => {
    setRefreshing(true);
    setRefreshError(null);
    try {
      const fresh = await onRefresh();
      setFailed(false);
      return fresh ? readFile(fresh) : null;
    } catch {
      setRefreshError('Could not reload the file link. Check your connection and try again.');
      return null;
    } finally {
      setRefreshing(false);
    }
  };

  /** Follow a link as usual while it is fresh; otherwise get a fresh one and go there. */
  const follow = (pick: (f: PreviewableFile) => string, newTab: boolean) => async (e: MouseEvent<HTMLAnchorElement>) => {
    if (now() - loadedAt < LINK_FRESH_MS) return;
    e.preventDefault();
    // A new tab has to be opened during the click, before the refetch; it is pointed at the link after.
    const tab = newTab ? window.open('', '_blank') : null;
    const fresh = await refresh();
    if (!fresh) {
      tab?.close();
      return;
    }
    if (tab) {
      tab.opener = null;
      tab.location.href = pick(fresh);
    } else go(pick(fresh));
  };

  const size = formatBytes(file.sizeBytes);
  return (
    <Stack gap="sm" data-testid="file-preview">
      {file.preview === 'PDF' && !failed ? (
        <Box
          component="iframe"
          src={file.url}
          title={`${title} (PDF)`}
          style={{ width: '100%', height: 'min(75vh, 56rem)', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)' }}
        />
      ) : null}
      {file.preview === 'IMAGE' && !failed ? (
        <Image src={file.url} alt={title} maw="100%" fit="contain" mah="75vh" radius="md" onError={() => setFailed(true)} />
      ) : null}
      {failed ? (
        <Text size="sm" role="alert">
          The preview did not load; its link may have expired. Reload the file link to see it.
        </Text>
      ) : null}
      <Group gap="md" wrap="wrap">
        <Anchor href={file.downloadUrl} download={file.filename} onClick={follow((f) => f.downloadUrl, false)} style={{ overflowWrap: 'anywhere' }}>
          Download {file.filename} ({size})
        </Anchor>
        {file.preview !== 'NONE' ? (
          <Anchor href={file.url} target="_blank" rel="noopener noreferrer" onClick={follow((f) => f.url, true)}>
            Open in a new tab
          </Anchor>
        ) : null}
      </Group>
      {file.preview === 'PDF' ? (
        <Text size="sm" c="dimmed">
          If your browser does not show PDFs here (many phones don’t), download the file instead.
        </Text>
      ) : null}
      <Group gap="xs">
        <Button size="xs" variant="subtle" loading={refreshing} onClick={() => void refresh()}>
          Reload the file link
        </Button>
        {refreshError ? (
          <Text size="sm" c="red.9" role="alert">
            {refreshError}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
