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
  {
    target: './src/content',
    from: ['./src/components', './src/features', './src/app'],
    message: 'src/content is the bottom layer: it must not import UI code.',
  },
  {
    target: './src/lib',
    from: ['./src/content', './src/components', './src/features', './src/app'],
    message: 'src/lib holds generic helpers only.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components must not depend on features or the app.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features must not import the app; the app composes features.',
  },
  {
    target: [
      './src/app',
      './src/features',
      './src/components',
      './src/lib',
      './src/config',
      './src/i18n',
      './src/content/*.ts',
    ],
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
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Without this, import-x does not read .ts/.tsx files it resolves, and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // A cycle makes module order matter and hides a layer leak; none is allowed (issue 19).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `import { type X }` stays in the output as a side-effect import (verbatimModuleSyntax),
      // which once shipped the zod schemas to every scenario page: only `import type { X }`.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
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
            {
              regex: '(^|/)content/schema[-\\w]*$|^\\./schema[-\\w]*$',
              allowTypeImports: true,
              message: 'Import values from content/vocabulary; only types from content/schemas.',
            },
            {
              group: ['zod'],
              allowTypeImports: true,
              message: 'zod is build-time only; validate content in src/content/node.',
            },
          ],
          // Declarative mode only (docs/decisions/009-declarative-routing.md): any of these would
          // bring back the data router (about 16 kB gzip) or do nothing without it.
          paths: [
            {
              name: 'react-router',
              importNames: [
                'createBrowserRouter',
                'createMemoryRouter',
                'createStaticHandler',
                'createStaticRouter',
                'RouterProvider',
                'StaticRouterProvider',
                'ScrollRestoration',
                'useLoaderData',
                'useNavigation',
                'useMatches',
                'useRouteError',
                'useFetcher',
                'Form',
                'useActionData',
                'useRevalidator',
                'useBlocker',
              ],
              message: 'The app uses declarative routing; pages resolve in src/app/router (decision 009).',
            },
            {
              name: 'react-router/dom',
              message: 'The app uses declarative routing (decision 009): import from react-router.',
            },
          ],
        },
      ],
    },
  },
  {
    // Interface text lives in src/i18n/ so the site can be translated: no words written straight
    // into JSX, nor into the attributes people read or hear (issue 19).
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-z]{2,}/]', message: 'Interface text goes in src/i18n/.' },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: 'Interface text goes in src/i18n/.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
