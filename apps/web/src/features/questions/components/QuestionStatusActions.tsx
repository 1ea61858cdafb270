import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { QuestionScope, QuestionStatus } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { useSetQuestionStatus } from '../hooks/useQuestionMutations';

interface Props {
  question: { id: string; version: number; status: QuestionStatus; scope: QuestionScope; rationaleMarkdown?: string | null; usedInAttempts: number };
  /** The form holds unsaved edits: reviewing would review the saved text, not them. */
  dirty: boolean;
  /** After the viewer's own change: the question's new version. */
  onChanged: (version: number) => void;
  /** Someone else changed the question first: load theirs. */
  onConflict: () => Promise<unknown>;
}

/** Why "Mark reviewed" can't be used right now, in the API's terms; null when it can. */
export function reviewBlocker(q: Props['question'], dirty: boolean): string | null {
  if (q.scope === 'DRAFT') return 'Drafts are yours alone: share the question with your chapter’s bank (and save) before marking it reviewed.';
  if (!q.rationaleMarkdown?.trim()) return 'Write the rationale (and save) before marking the question reviewed.';
  if (dirty) return 'Save your changes first: reviewing applies to the saved question.';
  return null;
}

/**
 * The review workflow: a draft is marked reviewed (then quizzes and mock exams may draw
 * it), retired (kept in past attempts, never drawn again) or sent back to draft. Each
 * change carries the version seen, so a stale page gets CONFLICT rather than undoing
 * someone's work.
 */
export function QuestionStatusActions({ question: q, dirty, onChanged, onConflict }: Props) {
  const { setStatus, loading } = useSetQuestionStatus();
  const [error, setError] = useState<string | null>(null);
  const [retireOpen, setRetireOpen] = useState(false);
  const blocker = reviewBlocker(q, dirty);

  const change = async (status: QuestionStatus) => {
    setError(null);
    try {
      const saved = await setStatus(q.id, status, q.version);
      if (saved) onChanged(saved.version);
    } catch (e) {
      const info = describeError(e);
      const fieldMessages = Object.values(info.fields).flat();
      setError(fieldMessages.length ? fieldMessages.join(' ') : info.message);
      if (info.code === ErrorCode.Conflict) await onConflict();
    }
  };

  return (
    <Stack gap="xs" data-testid="status-actions">
      <Group gap="sm" wrap="wrap">
        {q.status === 'DRAFT' ? (
          <Button color="teal.9" onClick={() => void change('REVIEWED')} disabled={!!blocker} loading={loading} aria-describedby={blocker ? 'review-blocker' : undefined}>
            Mark reviewed
          </Button>
        ) : null}
        {q.status !== 'DRAFT' ? (
          <Button variant="default" onClick={() => void change('DRAFT')} loading={loading}>
            Back to draft
          </Button>
        ) : null}
        {q.status !== 'RETIRED' ? (
          <Button variant="default" color="red.9" onClick={() => setRetireOpen(true)}>
            Retire
          </Button>
        ) : null}
      </Group>
      {q.status === 'DRAFT' && blocker ? (
        <Text size="sm" c="dimmed" id="review-blocker">
          {blocker}
        </Text>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" role="alert" title="Status not changed" p="xs">
          <Text size="sm">{error}</Text>
        </Alert>
      ) : null}
      <ConfirmDialog
        opened={retireOpen}
        title="Retire this question?"
        confirmLabel="Retire"
        danger
        cancelLabel="Keep it"
        onClose={() => setRetireOpen(false)}
        onConfirm={async () => {
          setError(null);
          try {
            const saved = await setStatus(q.id, 'RETIRED', q.version);
            if (saved) onChanged(saved.version);
          } catch (e) {
            // The dialog shows the message; a stale page loads the latest version.
            if (describeError(e).code === ErrorCode.Conflict) await onConflict();
            throw e;
          }
        }}
      >
        <Text size="sm">
          Quizzes and mock exams stop drawing it.{' '}
          {q.usedInAttempts ? `The ${plural(q.usedInAttempts, 'attempt')} that used it keep it as it was. ` : ''}You can send it back to draft later.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
