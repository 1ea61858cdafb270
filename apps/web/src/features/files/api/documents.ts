import { graphql } from '@/gql';

export const UploadLimitsQuery = graphql(`
  query UploadLimits($purpose: FilePurpose!) {
    uploadLimits(purpose: $purpose) {
      maxBytes
      contentTypes
      extensions
    }
  }
`);
