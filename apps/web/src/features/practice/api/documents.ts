import { graphql } from '@/gql';

/** The most items an attempt has (a quiz at most 200, the mock exam 165): the page reads them all at once. */
export const ALL_ITEMS = 200;

/** An attempt's state and the server's clock. Every answer that carries these re-syncs the timer. */
export const AttemptStateFields = graphql(`
  fragment AttemptStateFields on Attempt {
    id
    kind
    status
    title
    feedback
    assignmentId
    cohortId
    startedAt
    deadlineAt
    secondsLeft
    serverNow
    submittedAt
    autoSubmitted
    currentPosition
    itemCount
    answeredCount
    flaggedCount
  }
`);

/** One question of an attempt. `correct`, `correctOptionId` and `rationaleHtml` stay null until the server reveals them. */
export const AttemptItemFields = graphql(`
  fragment AttemptItemFields on AttemptItem {
    id
    position
    flagged
    answered
    selectedOptionId
    correct
    question {
      id
      stemHtml
      options {
        id
        textHtml
      }
      domain {
        id
        name
      }
      modality {
        id
        name
      }
      correctOptionId
      rationaleHtml
    }
  }
`);

export const AttemptResultFields = graphql(`
  fragment AttemptResultFields on AttemptResult {
    correct
    total
    percent
    byDomain {
      domain {
        id
        name
      }
      correct
      total
      percent
    }
    byModality {
      modality {
        id
        name
      }
      correct
      total
      percent
    }
  }
`);

export const AttemptPageQuery = graphql(`
  query AttemptPage($id: ID!, $count: Int!) {
    attempt(id: $id) {
      id
      ...AttemptStateFields
      items(from: 0, count: $count) {
        ...AttemptItemFields
      }
      result {
        ...AttemptResultFields
      }
    }
  }
`);

export const AnswerItemMutation = graphql(`
  mutation AnswerItem($attemptId: ID!, $position: Int!, $optionId: ID, $flagged: Boolean) {
    answerItem(attemptId: $attemptId, position: $position, optionId: $optionId, flagged: $flagged) {
      ...AttemptItemFields
      attempt {
        id
        ...AttemptStateFields
      }
    }
  }
`);

export const MoveToMutation = graphql(`
  mutation MoveTo($attemptId: ID!, $position: Int!) {
    moveTo(attemptId: $attemptId, position: $position) {
      id
      ...AttemptStateFields
    }
  }
`);

export const SubmitAttemptMutation = graphql(`
  mutation SubmitAttempt($attemptId: ID!, $count: Int!) {
    submitAttempt(attemptId: $attemptId) {
      id
      ...AttemptStateFields
      items(from: 0, count: $count) {
        ...AttemptItemFields
      }
      result {
        ...AttemptResultFields
      }
    }
  }
`);

export const AttemptSummaryFields = graphql(`
  fragment AttemptSummaryFields on AttemptSummary {
    id
    kind
    status
    title
    startedAt
    submittedAt
    deadlineAt
    percent
    assignmentId
  }
`);

export const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($assignmentId: ID!) {
    startQuizAttempt(assignmentId: $assignmentId) {
      id
      ...AttemptStateFields
    }
  }
`);

export const StartMockExamMutation = graphql(`
  mutation StartMockExam($cohortId: ID) {
    startMockExam(cohortId: $cohortId) {
      id
      ...AttemptStateFields
    }
  }
`);

/** The viewer's mock exam in progress: the shell hides lesson material while there is one. */
export const ActiveMockAttemptQuery = graphql(`
  query ActiveMockAttempt {
    activeMockAttempt {
      id
      status
      deadlineAt
    }
  }
`);

export const BlueprintFields = graphql(`
  fragment BlueprintFields on ExamBlueprint {
    id
    edition
    effectiveFrom
    questionCount
    minutes
    provisional
    weights {
      domain {
        id
        code
        name
      }
      weight
      percent
      questionCount
    }
  }
`);

export const MockExamPageQuery = graphql(`
  query MockExamPage($first: Int) {
    examBlueprint {
      ...BlueprintFields
    }
    activeMockAttempt {
      id
      ...AttemptStateFields
    }
    myCohorts {
      id
      title
      status
      viewerEnrollment {
        id
        status
      }
    }
    myAttempts(first: $first) {
      nodes {
        id
        ...AttemptSummaryFields
      }
      totalCount
    }
  }
`);

export const ExamBlueprintsQuery = graphql(`
  query ExamBlueprints {
    examBlueprint {
      ...BlueprintFields
    }
    examBlueprints {
      ...BlueprintFields
    }
    examDomains {
      id
      code
      name
    }
  }
`);

export const PublishExamBlueprintMutation = graphql(`
  mutation PublishExamBlueprint($input: ExamBlueprintInput!) {
    publishExamBlueprint(input: $input) {
      ...BlueprintFields
    }
  }
`);

/** The quiz builder: reviewed questions to pick from, and the taxonomy to filter by. */
export const QuizBuilderOptionsQuery = graphql(`
  query QuizBuilderOptions {
    examDomains {
      id
      code
      name
    }
    modalities {
      id
      code
      name
    }
  }
`);

export const QuizQuestionFields = graphql(`
  fragment QuizQuestionFields on Question {
    id
    stemHtml
    stemMarkdown
    difficulty
    scope
    status
    domain {
      id
      name
    }
    modality {
      id
      name
    }
  }
`);

export const QuizQuestionSearchQuery = graphql(`
  query QuizQuestionSearch($filter: QuestionFilter, $first: Int, $after: String) {
    questions(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        ...QuizQuestionFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const QuizQuestionQuery = graphql(`
  query QuizQuestion($id: ID!) {
    question(id: $id) {
      id
      ...QuizQuestionFields
    }
  }
`);
