import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { acceptAttribute, allowedTypesText, checkFile, formatBytes } from '../lib/limits';
import { uploadErrorMessage } from '../lib/messages';
import { UPLOAD_ABORTED, UploadError, uploadFile, type FilePurpose, type UploadedFile, type UploadHandle } from '../lib/upload';
import { useUploadLimits } from '../hooks/useUploadLimits';

type State =
  | { status: 'idle'; note?: string }
  | { status: 'uploading'; name: string; percent: number }
  | { status: 'done'; file: UploadedFile }
  | { status: 'error'; message: string };

interface Props {
  purpose: FilePurpose;
  label: string;
  /** A field error from the surrounding form (e.g. "Upload the file."). */
  error?: ReactNode;
  required?: boolean;
  onUploaded: (file: UploadedFile) => void;
  /** Tests and other hosts; the API's upload endpoint by default. */
  endpoint?: string;
}

/**
 * Pick a file (button, or drop it on the area) and upload it with a progress bar. The
 * type and size are checked here first, against the limits the API publishes, so a
 * wrong file gets a clear message at once; the API's own refusals are put in words too.
 */
export function FileUpload({ purpose, label, error, required = false, onUploaded, endpoint }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useRef<UploadHandle | null>(null);
  const { limits, error: limitsError } = useUploadLimits(purpose);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);

  // Leaving the page stops an upload in flight.
  useEffect(() => () => upload.current?.abort(), []);

  const start = (file: File) => {
    if (state.status === 'uploading') return;
    if (limits) {
      const problem = checkFile(file, limits);
      if (problem) {
        setState({ status: 'error', message: problem });
        return;
      }
    }
    setState({ status: 'uploading', name: file.name, percent: 0 });
    const handle = uploadFile(file, purpose, (fraction) => setState((s) => (s.status === 'uploading' ? { ...s, percent: Math.round(fraction * 100) } : s)), endpoint);
    upload.current = handle;
    handle.promise.then(
      (uploaded) => {
        upload.current = null;
        setState({ status: 'done', file: uploaded });
        onUploaded(uploaded);
      },
      (e: unknown) => {
        upload.current = null;
        if (e instanceof UploadError && e.code === UPLOAD_ABORTED) setState({ status: 'idle', note: 'Upload cancelled.' });
        else setState({ status: 'error', message: uploadErrorMessage(e, limits, file.name) });
      },
    );
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) start(file);
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const uploading = state.status === 'uploading';
  const message = state.status === 'error' ? state.message : null;
  const hint = limits ? `${allowedTypesText(limits)}, up to ${formatBytes(limits.maxBytes)}.` : limitsError ? 'Could not load the upload limits; the server checks the file.' : 'Loading the upload limits…';

  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`}>
      <Text component="span" id={`${id}-label`} size="sm" fw={500}>
        {label}
        {required ? (
          <Text span c="red.9" aria-hidden>
            {' '}
            *
          </Text>
        ) : null}
      </Text>
      <Paper
        withBorder
        p="md"
        data-testid="file-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          if (!uploading) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-color-blue-8)' : error || message ? 'var(--mantine-color-red-9)' : undefined,
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Stack gap={6} align="center">
          <Group gap="xs" justify="center">
            <Text size="sm">Drag a file here, or</Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => input.current?.click()}
              disabled={uploading}
              aria-describedby={[hintId, error || message ? errorId : null].filter(Boolean).join(' ')}
            >
              {state.status === 'done' ? 'Choose another file' : 'Choose a file'}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" id={hintId} ta="center">
            {hint}
          </Text>
        </Stack>
        <input
          ref={input}
          type="file"
          hidden
          data-testid="file-input"
          accept={limits ? acceptAttribute(limits) : undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // The same file can be chosen again after an error.
            e.currentTarget.value = '';
            if (file) start(file);
          }}
        />
      </Paper>

      {state.status === 'uploading' || state.status === 'done' ? (
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} aria-live="polite">
              {state.status === 'uploading' ? `Uploading ${state.name}…` : `Uploaded ${state.file.filename} (${formatBytes(state.file.sizeBytes)})`}
            </Text>
            <Text size="sm" fw={600} data-testid="upload-percent">
              {state.status === 'uploading' ? state.percent : 100}%
            </Text>
          </Group>
          <Progress
            value={state.status === 'uploading' ? state.percent : 100}
            color={state.status === 'done' ? 'green.8' : undefined}
            animated={state.status === 'uploading'}
            size="lg"
            aria-label={state.status === 'uploading' ? `Uploading ${state.name}` : `Uploaded ${state.file.filename}`}
          />
          {state.status === 'uploading' ? (
            <Group>
              <Button size="xs" variant="default" onClick={() => upload.current?.abort()}>
                Cancel upload
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      {state.status === 'idle' && state.note ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {state.note}
        </Text>
      ) : null}
      {message || error ? (
        <Text size="sm" c="red.9" role="alert" id={errorId}>
          {message ?? error}
        </Text>
      ) : null}
    </Stack>
  );
}
