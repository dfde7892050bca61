// @ts-check
import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: data → src/content → src/components → src/features → src/app.
 * Features never import each other. See docs/decisions/001-architecture.md.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layerZones = [
  { target: './src/content', from: ['./src/components', './src/features', './src/app'], message: 'src/content is the bottom layer: it must not import UI code.' },
  { target: './src/lib', from: ['./src/content', './src/components', './src/features', './src/app'], message: 'src/lib holds generic helpers only.' },
  { target: './src/components', from: ['./src/features', './src/app'], message: 'Shared components must not depend on features or the app.' },
  { target: './src/features', from: ['./src/app'], message: 'Features must not import the app; the app composes features.' },
  {
    target: ['./src/app', './src/features', './src/components', './src/lib', './src/config', './src/i18n', './src/content/*.ts'],
    from: './src/content/node',
    message: 'src/content/node is build-time code (Node APIs); the browser bundle must not import it.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other; move shared code to src/components or src/content.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', '.bench'] },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // `import { type X }` stays in the output as a side-effect import (verbatimModuleSyntax),
      // which once shipped the zod schemas to every scenario page: only `import type { X }`.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Browser code may take only types from the zod schemas: importing values would ship zod.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/node/**', 'src/content/schema*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)content/schema[-\\w]*$|^\\./schema[-\\w]*$', allowTypeImports: true, message: 'Import values from content/vocabulary; only types from content/schemas.' },
            { group: ['zod'], allowTypeImports: true, message: 'zod is build-time only; validate content in src/content/node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
