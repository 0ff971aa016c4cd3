import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Reading the clock inside the core would make its rules untestable with fixed dates. */
const noClockReads = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core never reads the clock: take `now` or `today` as a parameter.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core never reads the clock: take `now` or `today` as a parameter.' },
]

export default defineConfig(
  { ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The pure domain: zod and itself only, no environment, no clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|\\./)', message: 'src/core is pure: it may import zod and its own files only.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'fetch', 'localStorage', 'sessionStorage', 'require'],
      'no-restricted-syntax': ['error', ...noClockReads],
    },
  },
  {
    // The backend and the browser host run under plain Node as well as Electron.
    files: ['electron/backend/**/*.ts', 'electron/browser-host/**/*.ts', 'electron/host-common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The backend is host-agnostic: Electron belongs in electron/main.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the backend only through client/backend-client.ts.' }],
          patterns: [{ regex: '^node:|electron/', message: 'The renderer runs in a sandboxed page: no Node or host modules.' }],
        },
      ],
    },
  },
  {
    // One module owns the bridge; everything else calls it.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/client/backend-client.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the backend through client/backend-client.ts.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='kith']", message: 'Only client/backend-client.ts touches the bridge.' },
      ],
    },
  },
)
