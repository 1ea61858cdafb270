import { graphql } from '@/gql';

/** Everything the question page shows and edits; every mutation answers with it, so the page updates in place. */
export const QuestionPageFragment = graphql(`
  fragment QuestionPage_question on Question {
    id
    version
    status
    scope
    chapterId
    difficulty
    author
    reviewedBy
    reviewedAt
    source
    createdAt
    updatedAt
    usedInAttempts
    viewerCanEdit
    rationaleMarkdown
    domain {
      id
      code
      name
    }
    modality {
      id
      code
      name
    }
    ...QuestionForm_question
    ...StudentPreview_question
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: QuestionInput!) {
    createQuestion(input: $input) {
      id
      version
      ...QuestionPage_question
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($id: ID!, $input: QuestionInput!, $expectedVersion: Int!) {
    updateQuestion(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      ...QuestionPage_question
    }
  }
`);

export const SetQuestionStatusMutation = graphql(`
  mutation SetQuestionStatus($id: ID!, $status: QuestionStatus!, $expectedVersion: Int!) {
    setQuestionStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {
      id
      version
      ...QuestionPage_question
    }
  }
`);

export const ImportPreviewFields = graphql(`
  fragment ImportPreviewFields on QuestionImportPreview {
    ok
    questions {
      line
      stem
      options
      correctIndex
      rationale
      domainCode
      modalityCode
      difficulty
    }
    errors {
      line
      message
    }
  }
`);

export const PreviewQuestionImportMutation = graphql(`
  mutation PreviewQuestionImport($input: QuestionImportInput!) {
    previewQuestionImport(input: $input) {
      ...ImportPreviewFields
    }
  }
`);

export const ImportQuestionsMutation = graphql(`
  mutation ImportQuestions($input: QuestionImportInput!) {
    importQuestions(input: $input) {
      imported
      questions {
        id
        stemMarkdown
        status
      }
    }
  }
`);

/** How many questions match a filter: one domain's bar in the counts chart. */
export const QuestionCountQuery = graphql(`
  query QuestionCount($filter: QuestionFilter) {
    questions(filter: $filter, first: 1) {
      totalCount
    }
  }
`);
