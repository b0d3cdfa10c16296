// Lint: TypeScript rules everywhere, Office.js rules where Office.js is called, and a wall
// around src/core so it stays pure (no Office, no DOM, no Node I/O).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    // Hooks called in the same order every render, and effects that name what they read.
    files: ['**/*.tsx', 'src/taskpane/state/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/core is pure: Office.js belongs in src/excel.' },
        { name: 'Excel', message: 'src/core is pure: Office.js belongs in src/excel.' },
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'navigator', message: 'src/core is pure: no DOM.' },
        { name: 'localStorage', message: 'src/core is pure: no DOM.' },
        { name: 'fetch', message: 'src/core is pure: no network.' },
        { name: 'process', message: 'src/core is pure: no Node globals.' },
        { name: 'require', message: 'src/core is pure: use imports of core modules.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'fs/*', 'node:*', 'path', 'child_process', 'os', 'http', 'https', 'net', 'worker_threads'],
              message: 'src/core is pure: no Node APIs.',
            },
            {
              group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'office-addin-*'],
              message: 'src/core is pure: no I/O or UI libraries.',
            },
            { group: ['**/excel/**', '**/taskpane/**', '**/cli/**'], message: 'src/core must not depend on the adapters.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
