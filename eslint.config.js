// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The three layers of the app, enforced here and by per-folder tsconfig
 * `lib`/`types` (see docs/architecture.md):
 *   shared/    runs anywhere: no Electron, Node, DOM or React, nothing from the other layers
 *   electron/  Node + Electron: nothing from renderer/
 *   renderer/  DOM + React: no Electron, Node or better-sqlite3, nothing from electron/
 * and, inside electron/, the boundaries between what the folders own:
 *   services/           application services over the library: no Electron, nothing from a shell (main/, cli/);
 *                       what a shell does comes in through a port (services/ports.ts)
 *   export/, import/    format code: nothing from services/, storage/, a shell (main/) or Electron
 *   files/              file writing: likewise
 *   storage/            the library: no Electron, nothing from services/ or a shell (main/, cli/)
 */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'util', 'stream', 'events', 'module'];
/** @param {string} layer */
const importFromLayer = (layer) => ({
  regex: `(^|/)${layer}(/|$)`,
  message: `This layer may not import from ${layer}/ (see docs/architecture.md).`,
});
/** @param {string} folder @param {string} why */
const importFromFolder = (folder, why) => ({ regex: `(^|/)${folder}(/|$)`, message: `${why} (see docs/architecture.md).` });
/** @param {string[]} names @param {string} message */
const banned = (names, message) => ({ group: names, message });

export const layerRules = {
  shared: [
    importFromLayer('electron'),
    importFromLayer('renderer'),
    banned(['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins], 'shared/ runs anywhere: no Electron, Node or SQLite.'),
    banned(['react', 'react/*', 'react-dom', 'react-dom/*', 'slate-react', 'slate-dom'], 'shared/ has no DOM or React.'),
  ],
  electron: [importFromLayer('renderer'), banned(['react', 'react/*', 'react-dom', 'react-dom/*', 'slate-react', 'slate-dom'], 'The main process has no DOM or React.')],
  /** Extra to `electron` for electron/services/. */
  services: [
    banned(['electron', 'electron/*'], 'A service runs in every shell: no Electron; take a port from services/ports.ts.'),
    importFromFolder('main', 'A service may not import the desktop shell (main/); take a port from services/ports.ts'),
    importFromFolder('cli', 'A service may not import the command line (cli/); take a port from services/ports.ts'),
  ],
  /** Extra to `electron` for the format code in electron/export/ and electron/import/. */
  format: [
    banned(['electron', 'electron/*'], 'Format code runs in every shell and in workers: no Electron.'),
    importFromFolder('services', 'Format code may not import the services; a service calls the format code'),
    importFromFolder('storage', 'Format code may not import the library storage; it takes a document and returns bytes'),
    importFromFolder('main', 'Format code may not import the desktop shell (main/)'),
  ],
  /** Extra to `electron` for electron/storage/ (its tests may drive it through the services). */
  storage: [
    banned(['electron', 'electron/*'], 'The library storage runs in every shell: no Electron.'),
    importFromFolder('services', 'The library storage may not import the services; the services call the storage'),
    importFromFolder('main', 'The library storage may not import the desktop shell (main/)'),
    importFromFolder('cli', 'The library storage may not import the command line (cli/)'),
  ],
  renderer: [
    importFromLayer('electron'),
    banned(['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins], 'The renderer reaches the main process only through window.api.'),
  ],
};

/**
 * Inside the renderer (a block of its own): renderer/app is the root that mounts the window and wires the features
 * together; renderer/ui is the kit they all share (dialogs, buttons, menus, status, hooks, the command registry).
 * The editor and the features may import the kit but never the root; the kit imports neither.
 * These blocks repeat `layerRules.renderer` because a later `no-restricted-imports` replaces an earlier one.
 */
/** @param {string} folder @param {string} why */
const importFromRendererFolder = (folder, why) => ({ regex: `(^|/)${folder}(/|$)`, message: `${why} (see docs/renderer.md).` });
export const rendererFolderRules = {
  inner: [...layerRules.renderer, importFromRendererFolder('app', 'The editor and the features may not import renderer/app, the root; shared UI lives in renderer/ui')],
  ui: [
    ...layerRules.renderer,
    importFromRendererFolder('app', 'renderer/ui is the shared kit: it may not import the root renderer/app'),
    importFromRendererFolder('features', 'renderer/ui is the shared kit: it may not import a feature'),
    importFromRendererFolder('editor', 'renderer/ui is the shared kit: it may not import the editor'),
  ],
};
/** @type {import('eslint').Linter.Config[]} */
const rendererFolderBlocks = [
  { files: ['renderer/editor/**/*.{ts,tsx}', 'renderer/features/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: rendererFolderRules.inner }] } },
  { files: ['renderer/ui/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: rendererFolderRules.ui }] } },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/lint/fixtures/**', 'tests/fixtures/dompurify/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // Service methods are async so that a synchronous SQLite throw becomes a rejection; they need not await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: layerRules.shared }] } },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: layerRules.electron }] } },
  { files: ['electron/services/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...layerRules.electron, ...layerRules.services] }] } },
  {
    files: ['electron/export/**/*.ts', 'electron/import/**/*.ts', 'electron/files/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layerRules.electron, ...layerRules.format] }] },
  },
  {
    files: ['electron/storage/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layerRules.electron, ...layerRules.storage] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: layerRules.renderer }],
    },
  },
  ...rendererFolderBlocks,
);
