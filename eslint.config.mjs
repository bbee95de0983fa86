import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Functions passed to page.evaluate() run in the workbench page, where the DOM is the global scope.
    files: ['test/ui/**/*.ts', 'test/harness/browser.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Webview code runs in the browser.
    files: ['src/webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The core must stay free of the editor, the DOM and Node I/O so that it runs anywhere.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vscode', 'fs', 'path', 'node:*', 'child_process', 'worker_threads'] }],
    },
  },
);
