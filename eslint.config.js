// Lint rules for the whole repo (`npm run lint` = `eslint .`): the recommended sets, React hooks in
// the renderer, and import fences that keep each part of the code in its environment.
import Module, { builtinModules, createRequire } from 'node:module'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'

// typescript-eslint needs the TypeScript compiler's JS API, which the native TypeScript 7
// package (our `tsc`) no longer ships. Point its `require('typescript')` (and subpaths) at the
// `typescript-6` alias package instead. This must run before typescript-eslint is loaded, hence
// the dynamic import below; it affects only this ESLint process.
const typescript6 = createRequire(import.meta.url).resolve('typescript-6')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript') return typescript6
  if (request.startsWith('typescript/')) request = `typescript-6/${request.slice('typescript/'.length)}`
  return resolveFilename.call(this, request, ...rest)
}
const { default: tseslint } = await import('typescript-eslint')

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'))

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'test/e2e/screenshots/', '**/*.timestamp-*', 'electron.vite.config.ts.*.mjs'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat.recommended.rules,
  },
  {
    // The pure pipeline runs in main, the CLI, browser mode and tests alike.
    files: ['src-main/core/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', ...nodeBuiltins].map((name) => ({
            name,
            message: 'src-main/core is pure: no Electron, Node built-ins or React (the caller passes bytes and paths in).',
          })),
          patterns: [
            {
              group: ['node:*', 'electron/*', 'react/*', 'react-dom/*', ...nodeBuiltins.map((name) => `${name}/*`)],
              message: 'src-main/core is pure: no Electron, Node built-ins or React.',
            },
          ],
        },
      ],
    },
  },
  {
    // Storage serves every caller (IPC, the CLI, browser mode): it owns the views it builds and
    // depends on none of its callers' contracts.
    files: ['src-main/library/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ipc/*', '**/ipc'],
              message: 'src-main/library must not import the IPC layer: put the type in library/views.ts (or core) and let ipc/contract re-export it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer is sandboxed: it learns everything through window.galley.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer has no Node or Electron: ask the main process through window.galley.',
          })),
          patterns: [
            {
              group: ['node:*', 'electron/*', ...nodeBuiltins.map((name) => `${name}/*`)],
              message: 'The renderer has no Node or Electron: ask the main process through window.galley.',
            },
            {
              group: ['**/src-main/**'],
              allowTypeImports: true,
              message: 'The renderer may import only types from src-main (`import type`, e.g. from src-main/ipc/contract).',
            },
          ],
        },
      ],
    },
  },
)
