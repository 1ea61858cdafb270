import { graphql } from '@/gql';

export const CredentialRulesFields = graphql(`
  fragment CredentialRulesFields on CredentialRules {
    edition
    effectiveFrom
    provisional
    cycleYears
    requiredUnits
    unitsPerContactHour
    minImagingPercent
    candidateYears
    # Aliased so the cache does not normalize paths by id: editions reuse ids
    # ("bmet-associate") with different labels and years.
    paths {
      pathId: id
      label
      degree
      minYears
    }
  }
`);

export const CertificationProfileFields = graphql(`
  fragment CertificationProfileFields on CertificationProfile {
    certifiedOn
    degree
    bmetYears
    experienceAsOf
    imagingPercent
    version
  }
`);

export const CeEntryFields = graphql(`
  fragment CeEntryFields on CeEntry {
    id
    title
    provider
    completedOn
    hours
    units
    note
    version
    source
    certificateId
  }
`);

export const CeLedgerFields = graphql(`
  fragment CeLedgerFields on CeLedger {
    profile {
      ...CertificationProfileFields
    }
    rules {
      ...CredentialRulesFields
    }
    cycle {
      startsOn
      endsOn
      requiredUnits
      earnedUnits
      percent
      daysLeft
    }
    entries {
      id
      ...CeEntryFields
    }
  }
`);

/** The viewer's ledger: profile, the edition in force, the current cycle and the entries. */
export const CeLedgerQuery = graphql(`
  query CeLedger {
    myCeLedger {
      ...CeLedgerFields
    }
  }
`);

/** The viewer's certificates, to link Gantry entries to their cohort and verification page. */
export const MyCertificateLinksQuery = graphql(`
  query MyCertificateLinks {
    myCertificates {
      id
      code
      cohortId
    }
  }
`);

export const MyEligibilityQuery = graphql(`
  query MyEligibility {
    myEligibility {
      eligible
      path {
        pathId: id
        label
      }
      missing
      eligibleOn
      candidateUntil
    }
  }
`);

export const SaveCertificationProfileMutation = graphql(`
  mutation SaveCertificationProfile($input: CertificationProfileInput!) {
    saveCertificationProfile(input: $input) {
      ...CeLedgerFields
    }
  }
`);

export const AddCeEntryMutation = graphql(`
  mutation AddCeEntry($input: CeEntryInput!) {
    addCeEntry(input: $input) {
      id
      ...CeEntryFields
    }
  }
`);

export const UpdateCeEntryMutation = graphql(`
  mutation UpdateCeEntry($id: ID!, $input: UpdateCeEntryInput!) {
    updateCeEntry(id: $id, input: $input) {
      id
      ...CeEntryFields
    }
  }
`);

export const DeleteCeEntryMutation = graphql(`
  mutation DeleteCeEntry($id: ID!) {
    deleteCeEntry(id: $id)
  }
`);

/** Platform admins: the edition in force and every edition ever published. */
export const CredentialRuleEditionsQuery = graphql(`
  query CredentialRuleEditions {
    credentialRules {
      ...CredentialRulesFields
    }
    credentialRuleEditions {
      ...CredentialRulesFields
    }
  }
`);

export const PublishCredentialRulesMutation = graphql(`
  mutation PublishCredentialRules($input: CredentialRulesInput!) {
    publishCredentialRules(input: $input) {
      ...CredentialRulesFields
    }
  }
`);
