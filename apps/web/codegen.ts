import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema: every `graphql(`…`)` document in
 * src/ gets its result and variable types in src/gql/ (regenerate with
 * `npm run codegen` from the repository root; a test fails when they are stale).
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
