import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every GraphQL document in the web app, from the API's schema (the contract).
 * The generated src/gql/ is committed; CI checks it is up to date.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Named so it is not confused with Apollo's own `useFragment` hook.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTime: 'string' },
        strictScalars: true,
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
