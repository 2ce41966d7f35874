// Type-aware ESLint for the whole monorepo; formatting is Prettier's job.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      '**/*.mjs',
      '**/*.js',
      '**/*.cjs',
      'apps/web/src/gql/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The web app (its own tsconfig with DOM types): the rules of hooks on top.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Handlers passed to onClick/onSubmit may return promises React ignores.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // One way to PostgreSQL: the TransactionalConnection, whose repositories and queries follow the
    // transaction of the current call. A DataSource or EntityManager held by a service could take a
    // second pool connection in the middle of a transaction, which is how a burst freezes the pool.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: ['libs/database/**', 'libs/data-access/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/typeorm',
              message: 'Inject TransactionalConnection from @crowdcomms/data-access instead.',
            },
            {
              name: 'typeorm',
              importNames: ['DataSource', 'EntityManager', 'QueryRunner'],
              message: 'Use TransactionalConnection from @crowdcomms/data-access: it follows the current transaction.',
            },
          ],
        },
      ],
    },
  },
  {
    // A job's RequestContext comes from forOrganisation(id): hand-made ones drift (placeholder ids that
    // are not uuids, roles picked ad hoc). Only authentication builds one, from a verified session or API token.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: [
      'libs/request-context/**',
      'libs/identity/src/auth/auth.service.ts',
      'libs/identity/src/auth/api-tokens.service.ts',
      '**/*.spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression:has(> Property[key.name="sessionId"]):has(> Property[key.name="roles"])',
          message:
            'Build a job context with forOrganisation(organisationId, options) from @crowdcomms/request-context.',
        },
      ],
    },
  },
  {
    // Tests read GraphQL responses as loosely typed JSON.
    files: ['test/**/*.ts', '**/*.spec.ts', 'apps/web/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
