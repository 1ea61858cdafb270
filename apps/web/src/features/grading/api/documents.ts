import { graphql } from '@/gql';

/** Grading answers with what the grade form and the queue show, so they update in place. */
export const GradeSubmissionMutation = graphql(`
  mutation GradeSubmission($input: GradeInput!) {
    gradeSubmission(input: $input) {
      id
      version
      ...GradeForm_submission
      ...GradingQueueSubmission_submission
    }
  }
`);

export const ReturnSubmissionMutation = graphql(`
  mutation ReturnSubmission($submissionId: ID!, $expectedVersion: Int!) {
    returnSubmission(submissionId: $submissionId, expectedVersion: $expectedVersion) {
      id
      version
      ...GradeForm_submission
      ...GradingQueueSubmission_submission
    }
  }
`);

export const GrantExtensionMutation = graphql(`
  mutation GrantExtension($assignmentId: ID!, $studentId: ID!, $dueAt: DateTime!) {
    grantExtension(assignmentId: $assignmentId, studentId: $studentId, dueAt: $dueAt) {
      assignmentId
      studentId
      dueAt
    }
  }
`);

export const RevokeExtensionMutation = graphql(`
  mutation RevokeExtension($assignmentId: ID!, $studentId: ID!) {
    revokeExtension(assignmentId: $assignmentId, studentId: $studentId)
  }
`);
