// Runs Electronegativity over the built app (out/: what ships) and fails on any finding above
// INFORMATIONAL. Electronegativity itself always exits 0, hence this gate.
//
// A few checks only ask for a human review of a feature every Electron app with a preload has
// (severity MEDIUM, `manualReview: true`). Each reviewed use is listed below with its reason; a new or
// changed use of those features fails the gate until someone reviews it and adds it here.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity/dist/runner.js')

const REVIEWED = [
  {
    id: 'PRELOAD_JS_CHECK',
    sample: 'preload/index.cjs',
    why: 'The preload is sandboxed and exposes one function per contract channel via contextBridge, never ipcRenderer (electron/preload/index.ts).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    sample: 'shell.openExternal(target)',
    why: 'openExternal is reached only through openExternalSafely, which opens only what externalLinkTarget allows: the web links the schema keeps (http:, https:) and mailto: (electron/host-common/external-links.ts).',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    sample: "script-src 'self';",
    why: "script-src 'self' is flagged in case the origin hosts JSONP or user uploads; app:// and the browser host serve only the built bundle.",
  },
]

const input = path.resolve('out')
if (!existsSync(path.join(input, 'main', 'index.js'))) {
  console.error('security: out/ is not built; run `npm run build` first.')
  process.exit(1)
}
const electronVersion = require('electron/package.json').version

// Electronegativity logs progress and a translation warning; keep only our verdict.
const log = console.log
console.log = () => {}
let result
try {
  result = await run({ input, electronVersionOverride: electronVersion, isRelative: true, isVerbose: false })
} finally {
  console.log = log
}

const findings = result.issues.filter((issue) => issue.severity.name !== 'INFORMATIONAL')
const isReviewed = (issue) => issue.manualReview && REVIEWED.some((r) => r.id === issue.id && String(issue.sample).includes(r.sample))
const failing = findings.filter((issue) => !isReviewed(issue))

if (result.errors?.length) {
  console.error(`security: Electronegativity could not parse ${result.errors.length} file(s):`)
  for (const error of result.errors) console.error(`  ${error.file}: ${error.message ?? error.error ?? ''}`)
  process.exit(1)
}
for (const issue of findings.filter(isReviewed)) console.log(`security: reviewed ${issue.id} in ${issue.file}:${issue.location.line}`)
if (failing.length > 0) {
  console.error(`security: ${failing.length} Electronegativity finding(s) above INFORMATIONAL:`)
  for (const issue of failing) {
    console.error(`  ${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${issue.file}:${issue.location.line} ${issue.description}`)
    console.error(`    ${String(issue.sample).trim().slice(0, 160)}`)
  }
  process.exit(1)
}
console.log(`security: Electronegativity ${result.atomicChecks} + ${result.globalChecks} checks, no unreviewed finding above INFORMATIONAL.`)
