import type { ReactNode } from 'react';
import { Alert, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { SUBMISSION_MAX_FILES } from '@gantry/shared';
import type { AssignmentKind } from '@/gql/graphql';
import type { DraftAutosave, SaveState } from '../hooks/useDraftAutosave';
import type { DraftFile } from '../lib/localDraft';
import { shortTime } from '../lib/time';

/** What the page's upload slot gets (the upload itself is the files feature's component). */
export interface UploadSlotProps {
  label: string;
  onUploaded: (file: DraftFile) => void;
}

const MARKDOWN_HELP = 'Markdown works: **bold**, *italic*, - list item, 1. step, [text](https://…). Saved as you type.';

function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  if (n < 1024 * 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/** The words of the save status, read out politely as they change. */
export function saveStatusText(state: SaveState, viewerZone: string): string {
  switch (state.kind) {
    case 'clean':
      return state.savedAt ? `Saved ${shortTime(state.savedAt, viewerZone)}` : 'Your answer is saved as you type.';
    case 'saving':
      return 'Saving…';
    case 'retrying':
      return 'Not saved — retrying. Your text is kept in this browser meanwhile.';
    case 'conflict':
      return 'Not saved — this draft was changed in another tab or on another device.';
    case 'refused':
      return `Not saved: ${state.message}`;
  }
}

interface Props {
  kind: AssignmentKind;
  draft: DraftAutosave;
  viewerZone: string;
  /** The other version after a conflict, for the student to compare. */
  serverExcerpt: { bodyMarkdown: string; fileCount: number; savedAt: string | null };
  renderUpload: (slot: UploadSlotProps) => ReactNode;
  /** The submit controls, under the answer. */
  children?: ReactNode;
}

/**
 * The answer: Markdown text (the answer itself for WRITTEN work, an optional note for
 * FILE work) and attached files, autosaved, with the save status in a live region and
 * the choices a conflict or a restored copy calls for.
 */
export function AnswerEditor({ kind, draft, viewerZone, serverExcerpt, renderUpload, children }: Props) {
  const { content, state } = draft;
  const written = kind === 'WRITTEN';
  const full = content.files.length >= SUBMISSION_MAX_FILES;
  const failed = state.kind === 'retrying' || state.kind === 'refused' || state.kind === 'conflict';

  const text = (
    <Textarea
      label={written ? 'Your answer' : 'Note for your mentor (optional)'}
      description={MARKDOWN_HELP}
      autosize
      minRows={written ? 10 : 3}
      maxRows={30}
      maxLength={50_000}
      value={content.bodyMarkdown}
      onChange={(e) => draft.setBody(e.currentTarget.value)}
      onBlur={() => void draft.flush()}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );

  const files = (
    <Stack gap="xs">
      <Title order={3} size="h5" id="attachments-heading">
        {written ? 'Attachments (optional)' : 'Your files'}
      </Title>
      {content.files.length ? (
        <List spacing={6} listStyleType="none" aria-labelledby="attachments-heading" data-testid="draft-files">
          {content.files.map((f) => (
            <List.Item key={f.id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {f.filename} <Text span c="dimmed" size="sm">({formatBytes(f.sizeBytes)})</Text>
                </Text>
                <Button size="xs" variant="default" onClick={() => draft.removeFile(f.id)} aria-label={`Remove ${f.filename}`}>
                  Remove
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {written ? 'No files attached.' : 'No files attached yet.'}
        </Text>
      )}
      {full ? (
        <Text size="sm">You have attached the most files allowed ({SUBMISSION_MAX_FILES}). Remove one to add another.</Text>
      ) : (
        renderUpload({ label: content.files.length ? 'Attach another file' : 'Attach a file', onUploaded: draft.addFile })
      )}
    </Stack>
  );

  return (
    <Stack gap="md">
      {draft.restoredFrom ? (
        <Alert color="blue" variant="light" title="Restored from this browser" withCloseButton closeButtonLabel="Dismiss" onClose={draft.dismissRestored} data-testid="restored-notice">
          <Text size="sm">
            Your answer had changes from {shortTime(draft.restoredFrom, viewerZone)} that had not reached Gantry. They are back in the editor and are being saved now.
          </Text>
        </Alert>
      ) : null}

      {state.kind === 'conflict' ? (
        <Alert color="orange" variant="light" title="Changed in another tab" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              This draft was saved from another tab or device
              {serverExcerpt.savedAt ? ` at ${shortTime(serverExcerpt.savedAt, viewerZone)}` : ''} while you were writing here. Your text is still here and was not saved.
            </Text>
            {draft.reloading ? null : (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="other-version">
                The other version: {serverExcerpt.bodyMarkdown.trim() ? `“${serverExcerpt.bodyMarkdown.slice(0, 200)}${serverExcerpt.bodyMarkdown.length > 200 ? '…' : ''}”` : 'no text'}
                {serverExcerpt.fileCount ? `, ${serverExcerpt.fileCount} file${serverExcerpt.fileCount === 1 ? '' : 's'}` : ''}.
              </Text>
            )}
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={draft.loadTheirs} disabled={draft.reloading}>
                Load the other version
              </Button>
              <Button size="xs" onClick={draft.keepMine} disabled={draft.reloading}>
                Keep mine
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}

      {written ? (
        <>
          {text}
          {files}
        </>
      ) : (
        <>
          {files}
          {text}
        </>
      )}

      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="sm" role="status" aria-live="polite" c={failed ? 'red.9' : 'dimmed'} data-testid="save-status">
          {saveStatusText(state, viewerZone)}
        </Text>
        {state.kind === 'retrying' ? (
          <Button size="xs" variant="default" onClick={() => void draft.flush()}>
            Retry now
          </Button>
        ) : null}
      </Group>
      {children}
    </Stack>
  );
}
