// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ESLint's and typescript-eslint's recommended rules, and eslint-plugin-astro's for .astro files. Formatting is
// Prettier's (.prettierrc.json), so no rule here is about layout.
export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'test/fixtures/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not (it.each rows, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' },
      ],
      // The style guide's "no non-null `!`", and "no empty catch".
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
);
