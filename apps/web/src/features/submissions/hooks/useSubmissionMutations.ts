/**
 * The student's two mutations: saving the draft (autosave) and handing it in. Components
 * get plain results and thrown errors (`describeError`: CONFLICT, BAD_USER_INPUT…).
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { SaveSubmissionDraftMutation, SubmitAssignmentMutation } from '../api/documents';

export interface DraftSaveInput {
  assignmentId: string;
  bodyMarkdown: string;
  fileIds: string[];
  expectedRevision: number;
}

/** The to-do lists (page and home card) change with a submit: they are read again where shown next. */
function forgetHomework(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myHomework' });
  cache.gc();
}

export function useSaveSubmissionDraft() {
  const [mutate] = useMutation(SaveSubmissionDraftMutation);
  /**
   * `keepalive` lets the request finish while the page is being closed (a save on
   * `visibilitychange` / `pagehide`).
   */
  const save = async (input: DraftSaveInput, { keepalive = false }: { keepalive?: boolean } = {}) => {
    const { data } = await mutate({ variables: { input }, context: keepalive ? { fetchOptions: { keepalive: true } } : undefined });
    if (!data) throw new Error('The draft was not saved.');
    return data.saveSubmissionDraft;
  };
  return { save };
}

export function useSubmitAssignment() {
  const [mutate, { loading }] = useMutation(SubmitAssignmentMutation, { update: forgetHomework });
  const submit = async (assignmentId: string, idempotencyKey: string) => {
    const { data } = await mutate({ variables: { assignmentId, idempotencyKey } });
    if (!data) throw new Error('Not submitted.');
    const submission = data.submitAssignment;
    const number = submission.versions[0]?.number ?? 1;
    notifications.show({ color: 'green', message: `Submitted: version ${number}${submission.late ? ', marked late' : ''}.` });
    return submission;
  };
  return { submit, loading };
}
