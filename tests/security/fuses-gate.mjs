// Fails unless electron-builder.yml flips the Electron fuses Kith relies on in the packaged app, naming each
// one that is missing or wrong. electron-builder ignores keys it does not know, so a misspelt fuse would
// otherwise ship silently; the names are checked against app-builder-lib's own FuseOptionsV1 as well.
//
// Usage: node tests/security/fuses-gate.mjs [path/to/electron-builder.yml]
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parse } from 'yaml'

/** Fuse → the value it must have, and why, in words for the failure message. */
const REQUIRED = {
  runAsNode: [false, 'ELECTRON_RUN_AS_NODE would turn Kith into a plain Node.js that runs any script'],
  enableNodeOptionsEnvironmentVariable: [false, 'NODE_OPTIONS would let the environment inject code'],
  enableNodeCliInspectArguments: [false, '--inspect would open a debugger into the main process'],
  enableEmbeddedAsarIntegrityValidation: [true, 'app.asar must be checked against its hash when loaded'],
  onlyLoadAppFromAsar: [true, 'the app must load only from the checked app.asar'],
}

const configFile = path.resolve(process.argv[2] ?? 'electron-builder.yml')
const problems = []

let config
try {
  config = parse(readFileSync(configFile, 'utf8')) ?? {}
} catch (error) {
  console.error(`fuses: cannot read ${configFile}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const fuses = config.electronFuses
if (fuses === undefined || fuses === null || typeof fuses !== 'object') {
  problems.push('electronFuses is missing')
} else {
  for (const [name, [wanted, why]] of Object.entries(REQUIRED)) {
    if (!Object.hasOwn(fuses, name)) problems.push(`electronFuses.${name} is missing (must be ${wanted}: ${why})`)
    else if (fuses[name] !== wanted) problems.push(`electronFuses.${name} is ${JSON.stringify(fuses[name])}, must be ${wanted}: ${why}`)
  }
  const known = knownFuseNames()
  for (const name of Object.keys(fuses)) {
    if (!known.has(name)) problems.push(`electronFuses.${name} is not a fuse electron-builder knows (it would be ignored)`)
  }
}
// Loading only from app.asar needs an app.asar.
if (config.asar === false) problems.push('asar is false, but onlyLoadAppFromAsar needs the app packed in app.asar')

if (problems.length > 0) {
  console.error(`fuses: ${path.relative(process.cwd(), configFile)} does not lock down the packaged app:`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log(`fuses: ${Object.keys(REQUIRED).length} Electron fuses set as required in ${path.relative(process.cwd(), configFile)}.`)

/** The option names of FuseOptionsV1 in the installed electron-builder. */
function knownFuseNames() {
  const require = createRequire(import.meta.url)
  const typings = readFileSync(path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'out', 'configuration.d.ts'), 'utf8')
  const body = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(typings)?.[1]
  if (!body) {
    console.error('fuses: FuseOptionsV1 not found in app-builder-lib; check the fuse names against the installed electron-builder.')
    process.exit(1)
  }
  return new Set([...body.matchAll(/^\s+(\w+)\?:/gm)].map((m) => m[1]))
}
