import { graphql } from '@/gql';

/**
 * A cohort's students: enrolled, then pending requests, then the waitlist in order, with
 * the cohort's counts (the groups' totals before every page is loaded).
 */
export const CohortRosterQuery = graphql(`
  query CohortRoster($cohortId: ID!, $first: Int, $after: String) {
    cohort(id: $cohortId) {
      id
      seats {
        enrolled
        pending
        waitlisted
      }
    }
    cohortRoster(cohortId: $cohortId, first: $first, after: $after) {
      nodes {
        enrollmentId
        ...RosterRow_entry
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const RosterEnrollmentFields = graphql(`
  fragment RosterEnrollment_enrollment on Enrollment {
    id
    status
    waitlistPosition
    cohort {
      id
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

export const ApproveEnrollmentMutation = graphql(`
  mutation ApproveEnrollment($id: ID!) {
    approveEnrollment(id: $id) {
      id
      ...RosterEnrollment_enrollment
    }
  }
`);

export const DeclineEnrollmentMutation = graphql(`
  mutation DeclineEnrollment($id: ID!) {
    declineEnrollment(id: $id) {
      id
      ...RosterEnrollment_enrollment
    }
  }
`);

export const RemoveEnrollmentMutation = graphql(`
  mutation RemoveEnrollment($id: ID!) {
    removeEnrollment(id: $id) {
      id
      ...RosterEnrollment_enrollment
    }
  }
`);

export const MoveEnrollmentMutation = graphql(`
  mutation MoveEnrollment($id: ID!, $targetCohortId: ID!) {
    moveEnrollment(id: $id, targetCohortId: $targetCohortId) {
      id
      ...RosterEnrollment_enrollment
      cohort {
        id
        title
      }
    }
  }
`);

export const ROSTER_PAGE_SIZE = 25;
