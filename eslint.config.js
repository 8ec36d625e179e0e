import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', '.neo4j', '.neo4j-test', 'client/src/gql', 'server/api/generated', 'bench/.venv'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The client speaks GraphQL only: never import server, Cypher or seed code.
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/cypher/**', '**/seed/**'] }],
    },
  },
  {
    // Layers point down: domain and db never import the HTTP or GraphQL layers.
    files: [
      'server/shared/**/*.ts',
      'server/graph/**/*.ts',
      'server/features/**/*.ts',
      'server/db/**/*.ts',
      'cypher/**/*.ts',
      'seed/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/graphql/**', '**/http/**', '**/client/**'] }],
    },
  },
);
