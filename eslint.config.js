import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Reading the clock inside the core would make its rules untestable with fixed dates. */
const noClockReads = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core never reads the clock: take `now` or `today` as a parameter.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core never reads the clock: take `now` or `today` as a parameter.' },
]

/**
 * The renderer's feature folders. A feature may use the core, the shared floor (`shared/`) and the bridge
 * (`client/`), but never another feature: only `app/` composes them, so no feature grows into another's
 * private parts (see docs/ARCHITECTURE.md).
 */
const NOT_FEATURES = new Set(['app', 'shared', 'client', 'public'])
const FEATURES = readdirSync(new URL('./src/renderer', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_FEATURES.has(entry.name))
  .map((entry) => entry.name)

const rendererImports = {
  paths: [{ name: 'electron', message: 'The renderer reaches the backend only through client/backend-client.ts.' }],
  patterns: [{ regex: '^node:|electron/', message: 'The renderer runs in a sandboxed page: no Node or host modules.' }],
}

const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/renderer/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        ...rendererImports,
        patterns: [
          ...rendererImports.patterns,
          {
            regex: `^(\\.\\./)+(${['app', ...FEATURES.filter((f) => f !== feature)].join('|')})(/|$)`,
            message: 'A feature does not import another feature (or app/): move what both need to src/renderer/shared/, or let app/ compose them.',
          },
        ],
      },
    ],
  },
}))

export default defineConfig(
  { ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // With verbatimModuleSyntax, `import { type A }` would keep an empty import: use `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A promise nobody awaits loses its error; one passed where a void callback is expected races the caller.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
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
    // src/core/import/, export/ and outreach/ are still the core: one level up is the core's own files, never beyond.
    files: ['src/core/import/**/*.ts', 'src/core/export/**/*.ts', 'src/core/outreach/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|\\./|\\.\\./[^./]+$)', message: 'src/core is pure: it may import zod and its own files only.' }] },
      ],
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
      'no-restricted-imports': ['error', rendererImports],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/renderer/**/*.tsx'],
    // EnumSelect renders a <select>: a label around it labels it.
    rules: { 'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['EnumSelect'], depth: 3 }] },
  },
  {
    // One module owns the bridge (client/transport.ts); everything else calls it through client/backend-client.ts.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/client/transport.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the backend through client/backend-client.ts.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='kith']", message: 'Only client/transport.ts touches the bridge.' },
      ],
    },
  },
)
