/**
 * The bank's mutations, each with its cache update and the message the user sees.
 * Components pass form values and handle thrown errors (`applyServerErrors`, CONFLICT).
 */
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { QuestionImportInput, QuestionInput, QuestionStatus } from '@/gql/graphql';
import { getFragmentData } from '@/gql';
import { CreateQuestionMutation, ImportPreviewFields, ImportQuestionsMutation, PreviewQuestionImportMutation, SetQuestionStatusMutation, UpdateQuestionMutation } from '../api/documents';
import { STATUS_LABEL } from '../components/labels';

/** Lists and counts are re-read where they are shown next. */
export function forgetQuestionLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'questions' });
  cache.gc();
}

export function useCreateQuestion() {
  const [mutate, { loading }] = useMutation(CreateQuestionMutation, { update: forgetQuestionLists });
  const create = async (input: QuestionInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    notifications.show({ color: 'green', message: 'Question saved as a draft.' });
    return data.createQuestion;
  };
  return { create, loading };
}

export function useUpdateQuestion() {
  const [mutate, { loading }] = useMutation(UpdateQuestionMutation, { update: forgetQuestionLists });
  const update = async (id: string, input: QuestionInput, expectedVersion: number) => {
    const { data } = await mutate({ variables: { id, input, expectedVersion } });
    if (!data) return null;
    const saved = data.updateQuestion;
    notifications.show({ color: 'green', message: saved.version === expectedVersion ? 'Nothing changed.' : 'Question saved.' });
    return saved;
  };
  return { update, loading };
}

const STATUS_MESSAGE: Record<QuestionStatus, string> = {
  REVIEWED: 'Marked reviewed: quizzes and mock exams can now use it.',
  RETIRED: 'Retired: it is no longer drawn for quizzes or mock exams. Past attempts keep it.',
  DRAFT: 'Back to draft: students won’t see it until it is reviewed again.',
};

export function useSetQuestionStatus() {
  const [mutate, { loading }] = useMutation(SetQuestionStatusMutation, { update: forgetQuestionLists });
  const setStatus = async (id: string, status: QuestionStatus, expectedVersion: number) => {
    const { data } = await mutate({ variables: { id, status, expectedVersion } });
    if (!data) return null;
    notifications.show({ color: 'green', message: STATUS_MESSAGE[status] ?? `Now ${STATUS_LABEL[status]}.` });
    return data.setQuestionStatus;
  };
  return { setStatus, loading };
}

export function usePreviewQuestionImport() {
  const [mutate, { loading }] = useMutation(PreviewQuestionImportMutation);
  const preview = async (input: QuestionImportInput) => {
    const { data } = await mutate({ variables: { input } });
    return data ? getFragmentData(ImportPreviewFields, data.previewQuestionImport) : null;
  };
  return { preview, loading };
}

export function useImportQuestions() {
  const [mutate, { loading }] = useMutation(ImportQuestionsMutation, { update: forgetQuestionLists });
  const importFile = async (input: QuestionImportInput) => {
    const { data } = await mutate({ variables: { input } });
    return data ? data.importQuestions : null;
  };
  return { importFile, loading };
}
