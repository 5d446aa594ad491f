// @ts-check
// typescript-eslint's type-checked recommended rules over everything we write. Formatting is
// Prettier's job (`npm run format:check`), so no stylistic rules here.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      '_site/',
      'dist/',
      '.cache/',
      'tests/fixtures/',
      'seeds/',
      'bench/results/',
      'tools/bench/results/',
      'tools/bench/corpora/',
      'src/init/template/',
      'test-results/',
      '.scratch/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'public/assets/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `const { file: _file, ...rest } = doc` is how a record drops fields it must not carry on.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Code that runs in the page, not in Node.
    files: ['src/client/**', 'public/assets/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Vitest's asymmetric matchers (expect.objectContaining, expect.any...) and JSON.parse are typed `any` by
    // design; in assertions that is what they are for, so the no-unsafe-* rules only flag the matcher idiom.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript entry points have no types to check against.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
