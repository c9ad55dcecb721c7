// Lint rules: typescript-eslint's recommended set, plus the project's money rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '.build/**', '.build.*/**', 'data/**', 'coverage/**', 'test/.tmp/**', 'bot/public/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Money is never a JavaScript number: parseFloat has no business in this code base.
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'Money is a Decimal; parse with money.ts.' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
