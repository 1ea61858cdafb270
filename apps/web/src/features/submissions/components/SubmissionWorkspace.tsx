import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, nowUtc, submissionTiming } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useNow } from '@/hooks/useNow';
import { describeError } from '@/lib/errors';
import { useDraftAutosave, type ServerDraft } from '../hooks/useDraftAutosave';
import { useSaveSubmissionDraft, useSubmitAssignment } from '../hooks/useSubmissionMutations';
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { localDraftKey, sameContent, type DraftContent } from '../lib/localDraft';
import { shortTime } from '../lib/time';
import { AnswerEditor, type UploadSlotProps } from './AnswerEditor';

export const SubmissionWorkspaceFragment = graphql(`
  fragment SubmissionWorkspace_assignment on Assignment {
    id
    kind
    viewerDueAt
    latePolicy
    viewerSubmission {
      id
      status
      draftMarkdown
      draftSavedAt
      draftRevision
      draftFiles {
        id
        filename
        contentType
        sizeBytes
      }
      submittedAt
      late
      versions {
        id
        number
        bodyMarkdown
        files {
          id
        }
      }
    }
  }
`);

type Assignment = ReturnType<typeof read>;
function read(ref: FragmentType<typeof SubmissionWorkspaceFragment>) {
  return getFragmentData(SubmissionWorkspaceFragment, ref);
}

function serverDraftOf(a: Assignment): ServerDraft {
  const s = a.viewerSubmission;
  if (!s) return { bodyMarkdown: '', files: [], revision: 0, savedAt: null };
  return {
    bodyMarkdown: s.draftMarkdown,
    files: s.draftFiles.map(({ id, filename, contentType, sizeBytes }) => ({ id, filename, contentType, sizeBytes })),
    revision: s.draftRevision,
    savedAt: s.draftSavedAt ?? null,
  };
}

/** What the API would refuse anyway, said before the click. */
function missingPart(kind: Assignment['kind'], content: DraftContent): string | null {
  if (kind === 'FILE' && content.files.length === 0) return 'Attach at least one file before submitting.';
  if (kind === 'WRITTEN' && !content.bodyMarkdown.trim()) return 'Write your answer before submitting.';
  return null;
}

interface Props {
  assignment: FragmentType<typeof SubmissionWorkspaceFragment>;
  viewerId: string;
  viewerZone: string;
  /** Fetch the page again (the other tab's draft after a conflict). */
  onReload: () => Promise<unknown>;
  renderUpload: (slot: UploadSlotProps) => ReactNode;
}

/**
 * An enrolled student's work on an assignment: the autosaved answer and the Submit
 * button. A submit first makes sure the server has what is on screen, then hands it in
 * with one idempotency key per intent; after the due time it asks first (late work is
 * marked late), or explains that the assignment is closed.
 */
export function SubmissionWorkspace({ assignment: ref, viewerId, viewerZone, onReload, renderUpload }: Props) {
  const a = read(ref);
  const server = serverDraftOf(a);
  const submission = a.viewerSubmission;
  const { save } = useSaveSubmissionDraft();
  const { submit } = useSubmitAssignment();
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const intent = useSubmitOnce(async (key) => {
    const saved = await draft.flush();
    if (!saved) throw new DraftNotSaved();
    return submit(a.id, key);
  });
  const draft = useDraftAutosave({
    assignmentId: a.id,
    storageKey: localDraftKey(viewerId, a.id),
    server,
    saveDraft: save,
    reloadServer: onReload,
    onEdit: intent.forget,
  });

  const now = useNow(30_000, [a.viewerDueAt]);
  const timing = submissionTiming(a.viewerDueAt, a.latePolicy, now);
  const latest = submission?.versions[0] ?? null;
  const handedIn = submission?.status === 'SUBMITTED' || submission?.status === 'RETURNED';
  const changedSinceLatest = useMemo(
    () => !!latest && !sameContent(draft.content, { bodyMarkdown: latest.bodyMarkdown, files: latest.files.map((f) => ({ id: f.id, filename: '', contentType: '', sizeBytes: 0 })) }),
    [latest, draft.content],
  );

  const doSubmit = async () => {
    setError(null);
    try {
      await intent.run();
    } catch (e) {
      if (e instanceof DraftNotSaved) {
        setError({ title: 'Not submitted', message: 'Your latest changes could not be saved, so nothing was handed in. Try again once the answer shows “Saved”.' });
        return;
      }
      const info = describeError(e);
      const title = info.code === ErrorCode.BadUserInput ? 'Not submitted' : 'Could not submit';
      const message = info.code === 'NETWORK' ? `${info.message} Submitting again is safe: it will not hand in a second copy.` : info.message;
      setError({ title, message });
    }
  };

  const onSubmitClick = () => {
    if (intent.busy) return;
    setError(null);
    const missing = missingPart(a.kind, draft.content);
    if (missing) {
      setError({ title: 'Not submitted', message: missing });
      return;
    }
    const at = submissionTiming(a.viewerDueAt, a.latePolicy, nowUtc());
    if (!at.open) {
      setError({ title: 'Not submitted', message: 'The due time has passed and this assignment does not accept late work.' });
      return;
    }
    if (at.late) {
      setConfirming(true);
      return;
    }
    void doSubmit();
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="answer-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="answer-heading">
          Your answer
        </Title>
        <AnswerEditor
          kind={a.kind}
          draft={draft}
          viewerZone={viewerZone}
          serverExcerpt={{ bodyMarkdown: server.bodyMarkdown, fileCount: server.files.length, savedAt: server.savedAt }}
          renderUpload={renderUpload}
        >
          <Stack gap="xs">
            {handedIn && submission?.submittedAt ? (
              <Text fw={600} data-testid="submitted-status">
                Submitted {shortTime(submission.submittedAt, viewerZone, now)}
                {latest ? ` (version ${latest.number})` : ''}
                {submission.late ? ', marked late' : ''}
              </Text>
            ) : null}
            {handedIn && changedSinceLatest ? (
              <Text size="sm">Your answer has changed since version {latest?.number}. Submit again to hand in the new text as version {(latest?.number ?? 0) + 1}.</Text>
            ) : null}
            {!timing.open ? (
              <Text size="sm" c="red.9">
                The due time has passed and this assignment does not accept late work. Your draft is still saved.
              </Text>
            ) : timing.late ? (
              <Text size="sm">The due time has passed: work handed in now is marked late.</Text>
            ) : null}
            {error ? (
              <Alert color="red" variant="light" title={error.title} role="alert">
                <Text size="sm">{error.message}</Text>
              </Alert>
            ) : null}
            <Group>
              <Button onClick={onSubmitClick} loading={intent.busy} disabled={intent.busy || !timing.open} size="md">
                {handedIn ? 'Submit again' : 'Submit'}
              </Button>
            </Group>
          </Stack>
        </AnswerEditor>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Submit late?"
        confirmLabel="Submit late"
        cancelLabel="Not now"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          await doSubmit();
        }}
      >
        <Text>This is after the due time; it will be marked late.</Text>
      </ConfirmDialog>
    </Paper>
  );
}

class DraftNotSaved extends Error {
  constructor() {
    super('The draft could not be saved.');
    this.name = 'DraftNotSaved';
  }
}
