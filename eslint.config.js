// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const uiOnlyPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'i18next',
  'react-i18next',
  'react-hook-form',
  '@hookform/*',
  '@xstate/react',
];

/** Layers may import only downwards: ui -> flows -> engine -> domain. */
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/engine', './flows', './src/ui', './src/i18n'],
    message: 'domain is the bottom layer',
  },
  {
    target: './src/engine',
    from: ['./flows', './src/ui', './src/i18n'],
    message: 'engine may import only domain',
  },
  { target: './flows', from: ['./src/ui', './src/i18n'], message: 'flows may import only engine and domain' },
  {
    target: './src/i18n',
    from: ['./src/ui', './flows', './src/engine'],
    message: 'i18n setup stays below the UI',
  },
  {
    target: ['./src', './flows'],
    from: ['./data'],
    except: [],
    message: 'read data/ only through src/domain loaders',
  },
];

/**
 * Feature folders in src/ui: a feature never imports another, except that the two sessions
 * (planning, practice) compose the question steps and the results' parts. Everything shared
 * lives in src/ui/shared, which imports no feature.
 */
const ui = (name) => `./src/ui/${name}`;
const featureZones = [
  {
    target: ui('shared'),
    from: ['questions', 'planning', 'results', 'practice', 'catalogue', 'shell'].map(ui),
    message: 'shared components import no feature',
  },
  {
    target: ui('questions'),
    from: ['planning', 'results', 'practice', 'catalogue'].map(ui),
    message: 'a question step imports only shared code',
  },
  {
    target: ui('results'),
    from: ['questions', 'planning', 'practice', 'catalogue'].map(ui),
    message: 'the results import only shared code',
  },
  {
    target: ui('catalogue'),
    from: ['questions', 'planning', 'results', 'practice'].map(ui),
    message: 'the catalogue imports only shared code',
  },
  {
    target: ui('planning'),
    from: ['practice', 'catalogue'].map(ui),
    message: 'planning composes questions and results, never practice or the catalogue',
  },
  {
    target: ui('practice'),
    from: ['planning', 'catalogue'].map(ui),
    message: 'practice composes questions and results, never planning or the catalogue',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain loaders are the one door to data/.
    files: ['src/domain/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones.slice(0, 1) }] },
  },
  {
    files: ['src/domain/**', 'src/engine/**', 'flows/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiOnlyPackages,
              message: 'domain, engine and flows stay free of React, i18next and the DOM',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'location',
        'history',
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiOnlyPackages, message: 'domain and engine stay free of React, i18next and the DOM' },
            {
              group: ['xstate', '@xstate/*'],
              message: 'the engine is plain functions; statecharts live in flows/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
);
