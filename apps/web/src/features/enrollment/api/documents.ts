import { graphql } from '@/gql';

/** What the cohort page shows about the viewer's place, re-read with every change. */
export const EnrollmentResultFields = graphql(`
  fragment EnrollmentResult_enrollment on Enrollment {
    id
    status
    waitlistPosition
    cohort {
      id
      title
      meeting {
        url
        passcode
      }
      ...EnrollPanel_cohort
    }
  }
`);

export const EnrollMutation = graphql(`
  mutation Enroll($cohortId: ID!) {
    enroll(cohortId: $cohortId) {
      id
      ...EnrollmentResult_enrollment
    }
  }
`);

export const LeaveCohortMutation = graphql(`
  mutation LeaveCohort($cohortId: ID!) {
    leaveCohort(cohortId: $cohortId) {
      id
      ...EnrollmentResult_enrollment
    }
  }
`);

export const JoinCohortByCodeMutation = graphql(`
  mutation JoinCohortByCode($code: String!) {
    joinCohortByCode(code: $code) {
      id
      ...EnrollmentResult_enrollment
    }
  }
`);
