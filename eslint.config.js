import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
        message: 'Network text must never reach an HTML sink; use textContent or Preact.',
      }, {
        selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
        message: 'Network text must never reach an HTML sink; use textContent or Preact.',
      }],
    },
  },
  {
    // The core stays pure: values in, values out, testable without a browser.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill', '*/shared/browser', 'preact', 'preact/*'], message: 'src/core must stay pure.' },
          { group: ['../background/*', '../popup/*', '../shared/*', '../content/*'], message: 'src/core imports only src/core.' },
        ],
      }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window', 'fetch', 'navigator', 'localStorage'],
    },
  },
);
