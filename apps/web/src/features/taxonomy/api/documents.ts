import { graphql } from '@/gql';

export const TaxonomyEntryFields = graphql(`
  fragment TaxonomyEntryFields on TaxonomyEntry {
    id
    kind
    code
    name
    description
    sortOrder
    retiredAt
    version
    usage
  }
`);

export const TaxonomyQuery = graphql(`
  query Taxonomy($kind: TaxonomyKind!) {
    taxonomy(kind: $kind) {
      id
      ...TaxonomyEntryFields
    }
  }
`);

export const CreateTaxonomyEntryMutation = graphql(`
  mutation CreateTaxonomyEntry($input: CreateTaxonomyEntryInput!) {
    createTaxonomyEntry(input: $input) {
      id
      ...TaxonomyEntryFields
    }
  }
`);

export const UpdateTaxonomyEntryMutation = graphql(`
  mutation UpdateTaxonomyEntry($input: UpdateTaxonomyEntryInput!) {
    updateTaxonomyEntry(input: $input) {
      id
      ...TaxonomyEntryFields
    }
  }
`);

export const SetTaxonomyEntryRetiredMutation = graphql(`
  mutation SetTaxonomyEntryRetired($kind: TaxonomyKind!, $id: ID!, $retired: Boolean!, $expectedVersion: Int!) {
    setTaxonomyEntryRetired(kind: $kind, id: $id, retired: $retired, expectedVersion: $expectedVersion) {
      id
      ...TaxonomyEntryFields
    }
  }
`);
