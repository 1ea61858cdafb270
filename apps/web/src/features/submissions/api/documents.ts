import { graphql } from '@/gql';

/**
 * Everything the assignment page shows about the viewer's own submission. Both mutations
 * answer with it, so the page (draft, versions, status) updates in place; the assignment's
 * `viewerSubmission` is linked too, for the first save of a new submission.
 */
export const SubmissionStateFragment = graphql(`
  fragment SubmissionState_submission on Submission {
    id
    assignmentId
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
      bodyHtml
      submittedAt
      late
      files {
        id
        filename
        contentType
        sizeBytes
        preview
        url
        downloadUrl
      }
    }
    score
    rubricScores {
      criterionId
      points
    }
    feedbackHtml
    gradedAt
    returnedAt
    assignment {
      id
      viewerSubmission {
        id
      }
    }
  }
`);

export const SaveSubmissionDraftMutation = graphql(`
  mutation SaveSubmissionDraft($input: SubmissionDraftInput!) {
    saveSubmissionDraft(input: $input) {
      id
      draftRevision
      draftSavedAt
      ...SubmissionState_submission
    }
  }
`);

export const SubmitAssignmentMutation = graphql(`
  mutation SubmitAssignment($assignmentId: ID!, $idempotencyKey: String!) {
    submitAssignment(assignmentId: $assignmentId, idempotencyKey: $idempotencyKey) {
      id
      submittedAt
      late
      versions {
        id
        number
      }
      ...SubmissionState_submission
    }
  }
`);
