import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const FEATURES = ['account', 'assets', 'catalogue', 'data', 'explorer', 'introductions', 'matching', 'search', 'teams'];

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
      // The client never imports the server — except plain functions with no server dependencies
      // written once for both: the CSV-injection rule every CSV writer shares
      // (server/shared/spreadsheet.ts), the seeded numbers of the demo and the map layouts
      // (server/shared/seeded.ts), and the input rules the edit forms check with (field-rules.ts,
      // input-schemas.ts and their messages.ts; decision 0027).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/(?!shared/(spreadsheet|seeded|field-rules|input-schemas|messages)\\.ts$)',
              message: 'the client does not import the server',
            },
            { group: ['**/cypher/**', '**/seed/**'] },
          ],
        },
      ],
    },
  },
  {
    // No import cycles anywhere in the server (type-only ones included: they hide a missing layer).
    files: ['server/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.mjs', '.js'],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The layers below the GraphQL edge never import it, HTTP, the client, seed or test code.
    files: ['server/shared/**/*.ts', 'server/graph/**/*.ts', 'server/db/**/*.ts', 'cypher/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/api/**', '**/http/**', '**/client/**', '**/features/**', '**/seed/**', '**/test/**'] },
      ],
    },
  },
  {
    // What the browser bundles from the server stays pure: zod and other pure shared modules only.
    files: [
      'server/shared/{spreadsheet,seeded,field-rules,input-schemas,messages,model}.ts',
      'server/shared/{contact-typos,date-forms,prefecture-typos,prefectures,edit-distance}.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(node:|\\.\\./)|^\\./(?!(field-rules|messages|model|contact-typos|date-forms|prefecture-typos|prefectures|edit-distance)\\.ts$)',
              message: 'the client bundles this file: import only zod and the pure modules of shared/',
            },
          ],
        },
      ],
    },
  },
  // A feature imports server/graph, server/shared and server/db — never another feature.
  ...FEATURES.map((feature) => ({
    files: [`server/features/${feature}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...FEATURES.filter((other) => other !== feature).map((other) => `**/${other}/**`),
                '**/http/**',
                '**/client/**',
                '**/seed/**',
                '**/test/**',
              ],
              message:
                'A feature never imports another feature: move what both need into server/graph or server/shared.',
            },
          ],
        },
      ],
    },
  })),
);
