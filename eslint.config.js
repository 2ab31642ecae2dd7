import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const pure = ['src/feed/**', 'src/article/pipeline/**', 'src/lib/**', 'src/builder/**'];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-results/', 'playwright-report/', '.cache/', 'public/feed.json', 'public/feed/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Pure modules: data in, data out. The one seam to TanStack Query is feed-query.ts.
  {
    files: pure,
    ignores: ['src/feed/feed-query.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-*', 'react/*', '@tanstack/*'], message: 'Pure modules do not import React or TanStack.' },
        { group: ['**/app/*', '**/library/*', '**/article/*', '!**/article/pipeline/*'], message: 'Pure modules do not import features.' },
      ] }],
    },
  },
  // Features do not import each other; the app and the features never import the builder.
  {
    files: ['src/library/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/article/*', '**/app/*'], message: 'library may use src/feed and src/lib only.' },
      { group: ['**/builder/*'], message: 'The builder runs in Node only.' },
    ] }] },
  },
  {
    files: ['src/article/**'],
    ignores: ['src/article/pipeline/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/library/*', '**/app/*'], message: 'article may use src/feed and src/lib only.' },
      { group: ['**/builder/*'], message: 'The builder runs in Node only.' },
    ] }] },
  },
  // Shared React pieces know no feature.
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/app/*', '**/library/*', '**/article/*', '**/builder/*'], message: 'src/ui may use src/feed and src/lib only.' },
    ] }] },
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/builder/*'], message: 'The builder runs in Node only.' },
    ] }] },
  },
);
