import { graphql } from '@/gql';

export const CertificateFields = graphql(`
  fragment CertificateFields on Certificate {
    id
    code
    cohortId
    cohortName
    chapterName
    studentName
    mentorNames
    firstSessionOn
    lastSessionOn
    minutes
    hours
    issuedAt
    revokedAt
    revokeReason
    replacedBy
    pdfUrl
    verifyUrl
  }
`);

/** The enrolled student's own certificate for one cohort, with what decides whether there is one. */
export const MyCohortCertificateQuery = graphql(`
  query MyCohortCertificate($cohortId: ID!) {
    cohort(id: $cohortId) {
      id
      status
      attendanceRule {
        certificateMinPercent
      }
      myContactHours {
        hours
        percent
        certificateEligible
      }
      myCertificate {
        id
        ...CertificateFields
      }
    }
  }
`);

/** Every certificate of a cohort, revoked ones included (cohort managers). */
export const CohortCertificatesQuery = graphql(`
  query CohortCertificates($cohortId: ID!) {
    cohortCertificates(cohortId: $cohortId) {
      id
      ...CertificateFields
    }
  }
`);

export const IssueCertificatesMutation = graphql(`
  mutation IssueCertificates($cohortId: ID!) {
    issueCertificates(cohortId: $cohortId) {
      id
      ...CertificateFields
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($id: ID!, $reason: String!) {
    revokeCertificate(id: $id, reason: $reason) {
      id
      ...CertificateFields
    }
  }
`);

export const ReissueCertificateMutation = graphql(`
  mutation ReissueCertificate($id: ID!) {
    reissueCertificate(id: $id) {
      id
      code
      ...CertificateFields
    }
  }
`);

/** Public: what a verification code stands for (null when no certificate has it). */
export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      valid
      revoked
      revokedAt
      studentName
      cohortName
      chapterName
      hours
      firstSessionOn
      lastSessionOn
      issuedAt
    }
  }
`);
