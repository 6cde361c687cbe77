import type { CodegenConfig } from '@graphql-codegen/cli';

// Every GraphQL document of the web app is checked against the committed schema: a schema
// change that breaks a page fails the build and `npm test`.
const config: CodegenConfig = {
  schema: '../../schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', ID: 'string', JSON: 'unknown' },
        documentMode: 'string',
      },
    },
  },
  silent: true,
};

export default config;
