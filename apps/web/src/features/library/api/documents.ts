import { graphql } from '@/gql';

/** Everything the item page shows and edits; every mutation answers with it, so the page updates in place. */
export const MaterialPageFragment = graphql(`
  fragment MaterialPage_material on Material {
    id
    title
    summary
    kind
    version
    updatedAt
    archivedAt
    viewerCanEdit
    # Fresh signed links with every answer (they expire in minutes).
    file {
      id
      filename
      contentType
      sizeBytes
      preview
      url
      downloadUrl
    }
    ...MaterialBadges_material
    ...MaterialContent_material
    ...MaterialForm_material
    ...MaterialHistory_material
  }
`);

export const CreateMaterialMutation = graphql(`
  mutation CreateMaterial($input: MaterialInput!) {
    createMaterial(input: $input) {
      id
      title
      version
    }
  }
`);

export const UpdateMaterialMutation = graphql(`
  mutation UpdateMaterial($input: UpdateMaterialInput!) {
    updateMaterial(input: $input) {
      id
      version
      ...MaterialPage_material
    }
  }
`);

export const RestoreMaterialVersionMutation = graphql(`
  mutation RestoreMaterialVersion($id: ID!, $version: Int!, $expectedVersion: Int!) {
    restoreMaterialVersion(id: $id, version: $version, expectedVersion: $expectedVersion) {
      id
      version
      ...MaterialPage_material
    }
  }
`);

export const ArchiveMaterialMutation = graphql(`
  mutation ArchiveMaterial($id: ID!, $archived: Boolean!) {
    archiveMaterial(id: $id, archived: $archived) {
      id
      archivedAt
      version
      updatedAt
    }
  }
`);
