import { graphql } from '@/gql';

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      title
      status
    }
  }
`);

export const UpdateCohortMutation = graphql(`
  mutation UpdateCohort($input: UpdateCohortInput!) {
    updateCohort(input: $input) {
      id
      version
      ...CohortSettings_cohort
      seats {
        capacity
        enrolled
        left
        pending
        waitlisted
      }
    }
  }
`);

export const SetCohortStatusMutation = graphql(`
  mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {
    setCohortStatus(id: $id, status: $status) {
      id
      status
      version
      sessions {
        id
        status
        sequence
      }
    }
  }
`);

export const ScheduleSessionFields = graphql(`
  fragment ScheduleEditorSession_session on CohortSession {
    id
    number
    title
    startsAt
    endsAt
    durationMinutes
    status
    isMakeup
    version
  }
`);

export const RescheduleSessionMutation = graphql(`
  mutation RescheduleSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      id
      ...ScheduleEditorSession_session
    }
  }
`);

export const CancelSessionMutation = graphql(`
  mutation CancelSession($sessionId: ID!, $reason: String) {
    cancelSession(sessionId: $sessionId, reason: $reason) {
      id
      ...ScheduleEditorSession_session
    }
  }
`);

export const AddMakeupSessionMutation = graphql(`
  mutation AddMakeupSession($input: MakeupSessionInput!) {
    addMakeupSession(input: $input) {
      id
      cohortId
      ...ScheduleEditorSession_session
    }
  }
`);

export const ShiftSessionsMutation = graphql(`
  mutation ShiftSessions($input: ShiftSessionsInput!) {
    shiftSessions(input: $input) {
      id
      cohortId
      ...ScheduleEditorSession_session
    }
  }
`);

export const RegenerateInviteCodeMutation = graphql(`
  mutation RegenerateInviteCode($cohortId: ID!) {
    regenerateInviteCode(cohortId: $cohortId) {
      id
      inviteCode
    }
  }
`);

export const AddCoMentorMutation = graphql(`
  mutation AddCoMentor($cohortId: ID!, $email: String!) {
    addCoMentor(cohortId: $cohortId, email: $email) {
      id
      mentors {
        userId
        displayName
        isLead
      }
    }
  }
`);

export const RemoveCoMentorMutation = graphql(`
  mutation RemoveCoMentor($cohortId: ID!, $userId: ID!) {
    removeCoMentor(cohortId: $cohortId, userId: $userId) {
      id
      mentors {
        userId
        displayName
        isLead
      }
    }
  }
`);

export const SaveCohortTemplateMutation = graphql(`
  mutation SaveCohortTemplate($cohortId: ID!, $name: String!) {
    saveCohortTemplate(cohortId: $cohortId, name: $name) {
      id
      ...WizardTemplate_template
    }
  }
`);

/** Every cohort of one chapter, newest first (its admins). */
export const ChapterCohortsQuery = graphql(`
  query ChapterCohorts($chapterId: ID!, $first: Int, $after: String) {
    chapterCohorts(chapterId: $chapterId, first: $first, after: $after) {
      nodes {
        id
        ...ChapterCohortRow_cohort
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CHAPTER_COHORTS_PAGE_SIZE = 20;
