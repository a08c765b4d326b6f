// Lint rules, including the direction of dependencies: renderer → API contract ← services → database.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['node:*', 'better-sqlite3', 'kysely', 'electron', 'fs', 'path', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // Chinese text uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'react', 'react-dom', 'better-sqlite3', 'kysely'],
              message: 'shared/ is the platform-free domain.',
            },
            {
              group: ['**/services/**', '**/host/**', '**/cli/**', '**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing else of the project.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer runs in the browser: it talks to the register only through the API contract.' },
            {
              group: ['**/services/**', '**/host/**', '**/cli/**', '**/electron/**'],
              message: 'The renderer uses shared/ and the API client only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/renderer/**', '**/electron/**', '**/cli/**', 'react'],
              message: 'Services run in plain Node, under the shell, the host and the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The district hub: shared/ and the pure batch and key modules of the sync, never the register's services.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', '**/renderer/**', '**/electron/**', '**/cli/**', '**/host/**'],
              message: 'The hub is a plain Node service.',
            },
            {
              regex: '(^|/)services/(?!sync/(batchFile|deviceKey|receiptFile|deviceRequest)\\.ts$|auth/passwords\\.ts$|logger\\.ts$)',
              message:
                'The hub uses the register only through the sync formats (services/sync/batchFile.ts, deviceKey.ts, receiptFile.ts, deviceRequest.ts) and the password hashing (services/auth/passwords.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['services/db/migrations/**/*.ts', 'server/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*', '../../../*'], message: 'Migrations are frozen in time: they import no app code.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'bench/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
