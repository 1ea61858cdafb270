import { graphql } from '@/gql';

/** One attendance record as every attendance view shows it (the roster, the check-in panel, events). */
export const AttendanceRecordFields = graphql(`
  fragment AttendanceRecordFields on AttendanceRecord {
    id
    sessionId
    userId
    status
    minutes
    source
    joinedAt
    leftAt
    note
    version
    updatedAt
    updatedBy {
      id
      displayName
    }
  }
`);

/** A person on an attendance list. */
export const AttendanceStudentFields = graphql(`
  fragment AttendanceStudentFields on AttendanceStudent {
    id
    displayName
    email
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($sessionId: ID!) {
    checkIn(sessionId: $sessionId) {
      id
      ...AttendanceRecordFields
    }
  }
`);

export const SetAttendanceMutation = graphql(`
  mutation SetAttendance($input: SetAttendanceInput!) {
    setAttendance(input: $input) {
      id
      ...AttendanceRecordFields
    }
  }
`);

export const MarkMissingAbsentMutation = graphql(`
  mutation MarkMissingAbsent($sessionId: ID!) {
    markMissingAbsent(sessionId: $sessionId) {
      rows {
        student {
          id
          ...AttendanceStudentFields
        }
        record {
          id
          ...AttendanceRecordFields
        }
      }
    }
  }
`);

/** Every change to a session's records, as it happens (cohort managers only). */
export const RosterChangedSubscription = graphql(`
  subscription RosterChanged($sessionId: ID!) {
    rosterChanged(sessionId: $sessionId) {
      sessionId
      row {
        student {
          id
          ...AttendanceStudentFields
        }
        record {
          id
          ...AttendanceRecordFields
        }
      }
    }
  }
`);

export const SetAttendanceRuleMutation = graphql(`
  mutation SetAttendanceRule($cohortId: ID!, $input: AttendanceRuleInput!) {
    setAttendanceRule(cohortId: $cohortId, input: $input) {
      id
      attendanceRule {
        presentPercent
        lateAfterMinutes
        certificateMinPercent
      }
    }
  }
`);

/** A participant of a Zoom report, as the import preview lists them. */
export const ZoomParticipantFields = graphql(`
  fragment ZoomParticipantFields on ZoomParticipant {
    key
    name
    originalName
    email
    firstJoin
    lastLeave
    minutes
    rows
    guest
  }
`);

export const ZoomPreviewFields = graphql(`
  fragment ZoomPreviewFields on ZoomImportPreview {
    id
    sessionId
    filename
    zone
    alreadyApplied
    appliedAt
    matched {
      kind
      proposedStatus
      proposedMinutes
      participant {
        ...ZoomParticipantFields
      }
      student {
        id
        ...AttendanceStudentFields
      }
      current {
        id
        status
        minutes
        source
      }
    }
    unmatched {
      ...ZoomParticipantFields
    }
    absent {
      id
      ...AttendanceStudentFields
    }
    warnings
  }
`);

export const PreviewZoomImportMutation = graphql(`
  mutation PreviewZoomImport($input: PreviewZoomImportInput!) {
    previewZoomImport(input: $input) {
      id
      ...ZoomPreviewFields
    }
  }
`);

export const ApplyZoomImportMutation = graphql(`
  mutation ApplyZoomImport($input: ApplyZoomImportInput!) {
    applyZoomImport(input: $input) {
      changed
      unchanged
      preview {
        id
        ...ZoomPreviewFields
      }
    }
  }
`);
