import js from '@eslint/js';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HTML_SINK = 'Network text must never reach an HTML sink; use textContent or Preact.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Mozilla's maintained rules for unsafe DOM writes (innerHTML, outerHTML, insertAdjacentHTML,
  // document.write, createContextualFragment, setHTMLUnsafe...).
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Leaving keys out of an object by destructuring: the rest is what is used.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
      // Code from strings: never (MV3 forbids it anyway; this keeps it out of the source too).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: HTML_SINK,
      }, {
        selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|write|writeln)$/]",
        message: HTML_SINK,
      }, {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_SINK,
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
          { group: ['webextension-polyfill', '**/shared/browser', 'preact', 'preact/*'], message: 'src/core must stay pure.' },
          { group: ['**/background/**', '**/popup/**', '**/options/**', '**/shared/**', '**/content/**'], message: 'src/core imports only src/core.' },
        ],
      }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window', 'fetch', 'navigator', 'localStorage'],
    },
  },
);
