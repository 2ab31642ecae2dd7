import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const pure = ['src/feed/**', 'src/article/pipeline/**', 'src/lib/**', 'src/builder/**', 'src/reading/read-state.ts', 'src/reading/resume-place.ts', 'src/reading/stored-pairs.ts'];

// The layers (docs/decisions.md): app -> features (library, article) -> ui -> feed -> lib;
// the article pipeline is pure; the builder runs in Node and uses feed and lib only.
// `except` paths are relative to `from`.
const zones = [
  { target: './src/lib', from: './src', except: ['./lib'], message: 'src/lib imports nothing of the app.' },
  { target: './src/feed', from: './src', except: ['./feed', './lib'], message: 'src/feed may use src/lib only.' },
  { target: './src/ui', from: './src', except: ['./ui', './feed', './lib'], message: 'src/ui may use src/feed and src/lib only.' },
  { target: './src/article/pipeline', from: './src', except: ['./article/pipeline', './feed', './lib'], message: 'The article pipeline is pure: src/feed and src/lib only.' },
  { target: './src/list', from: './src', except: ['./list', './reading', './ui', './feed', './lib'], message: 'Features do not import each other or the app.' },
  { target: './src/article', from: './src', except: ['./article', './reading', './ui', './feed', './lib'], message: 'Features do not import each other or the app.' },
  // Read marks and resume places serve the list and the article alike, as src/ui does.
  { target: './src/reading', from: './src', except: ['./reading', './ui', './feed', './lib'], message: 'src/reading may use src/ui, src/feed and src/lib only.' },
  { target: './src/offline', from: './src', except: ['./offline', './ui', './lib'], message: 'src/offline may use src/ui and src/lib only.' },
  { target: './src/settings', from: './src', except: ['./settings', './lib'], message: 'Reader settings use src/lib only.' },
  { target: './src/keys', from: './src', except: ['./keys', './ui', './feed', './lib'], message: 'Features do not import each other or the app.' },
  { target: './src/search', from: './src', except: ['./search', './ui', './feed', './lib'], message: 'Features do not import each other or the app.' },
  { target: './src/builder', from: './src', except: ['./builder', './feed', './lib'], message: 'The builder uses src/feed and src/lib only.' },
  { target: ['./src/app', './src/main.tsx'], from: './src/builder', message: 'The builder runs in Node only: the app never imports it.' },
];

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
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
    },
  },
  // Kebab-case names; middle parts (`.test`, `.spec`, `.property`) are free.
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'bench/**/': 'KEBAB_CASE' }],
      'check-file/filename-blocklist': ['error', { '**/use-*.tsx': 'use-*.ts' }],
    },
  },
  // A hook lives in a file named after it: use-*.ts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/use-*.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'ExportNamedDeclaration > FunctionDeclaration[id.name=/^use[A-Z]/]', message: 'A hook lives in its own use-*.ts file.' },
        { selector: 'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/^use[A-Z]/]', message: 'A hook lives in its own use-*.ts file.' },
      ],
    },
  },
  // Pure modules: data in, data out. The one seam to TanStack Query is feed-query.ts.
  {
    files: pure,
    ignores: ['src/feed/feed-query.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-*', 'react/*', '@tanstack/*'], message: 'Pure modules do not import React or TanStack.' },
      ] }],
    },
  },
);
