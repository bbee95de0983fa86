import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test-results/**', '.stryker-tmp/**', 'coverage/**', '.tmp/**'] },
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
    // The launcher of the `virtstack` command is a plain CommonJS script that npm runs as is.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The command line reaches the core through its one facade too (docs/cli.md); of the
    // extension it uses only the vscode-free modules that build the preview page and the
    // simulation's summary, so that it draws and summarises exactly as the editor does.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode'], message: 'The command line runs without VS Code.' }, { regex: '^(\\.\\./)+core/(?!languageService$)', message: 'Import the core through src/core/languageService.ts, its one facade.' }] }],
    },
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
  {
    // Hosts reach the core through its one facade, so that the core can be rearranged behind it
    // (docs/architecture.md). The worker is a host too.
    files: ['src/extension/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+core/(?!languageService$)', message: 'Import the core through src/core/languageService.ts, its one facade.' }] }],
    },
  },
  {
    // Pages draw what the host sends; of the core they use only the diagram's constants and
    // palettes, and the formatters of numbers, so that a value a page works out (a bucket's mean
    // in a tooltip) reads as the host's do; and the XML escaper, so that the SVGs pages compose
    // are escaped as the host's are.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+core/(?!diagram/(palette|types)$|format$|export/xml$)', message: 'A page uses only the diagram\'s palettes and limits, the number formatters and the XML escaper from the core; everything else comes from the host.' }] }],
    },
  },
);
