// Likely-duplicates and merge benchmark: how long the contacts table's duplicate hint (findLikelyDuplicates)
// and one merge (mergeContacts, what contacts:merge and its preview run) take on generated networks.
//
//   node tests/bench/duplicates-bench.mjs [-- --sizes 1000,10000,30000 --runs 11]
//
// The generated names repeat (26 first names × 25 last names), so at 30,000 contacts nearly everyone has a
// namesake: a harder case for the grouping than a real network. Medians after warm-up runs; performance is
// measured only here, never in timed tests.
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateNetwork, localIsoDate } from './generate-network.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function parseArgs(argv) {
  const options = { sizes: [1000, 10000, 30000], runs: 11 }
  for (let i = 0; i < argv.length; i += 2) {
    const [name, raw] = [argv[i], argv[i + 1]]
    if (name === '--sizes') options.sizes = String(raw).split(',').map(Number)
    else if (name === '--runs') options.runs = Number(raw)
    else throw new Error(`Unknown option ${name}.`)
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--sizes needs whole numbers of at least 2, e.g. 1000,10000.')
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a positive whole number.')
  return options
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const timed = (fn, runs) => {
  for (let i = 0; i < 3; i++) fn()
  const ms = []
  let result
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    result = fn()
    ms.push(performance.now() - start)
  }
  return { ms: median(ms), result }
}

async function main() {
  const options = parseArgs(process.argv.slice(2).filter((a) => a !== '--'))
  const { runnerImport } = await import('vite')
  const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent', root: ROOT })).module
  const { findLikelyDuplicates } = await load('src/core/likely-duplicates.ts')
  const { mergeContacts } = await load('src/core/merge-contacts.ts')
  const { loadNetworkFile } = await load('src/core/migrations.ts')
  const today = localIsoDate(new Date())
  const ctx = { now: new Date().toISOString(), today, newId: () => 'bench' }

  console.log(`Likely duplicates and one merge (median of ${options.runs} runs)`)
  console.log('| contacts | groups | people in them | find duplicates (ms) | one merge (ms) |')
  console.log('|---:|---:|---:|---:|---:|')
  for (const size of options.sizes) {
    const outcome = loadNetworkFile(JSON.stringify(generateNetwork({ contacts: size, interactionsPerContact: 10, today })))
    if (!outcome.ok) throw new Error(`The generated network does not open: ${outcome.message}`)
    const file = outcome.file
    const find = timed(() => findLikelyDuplicates(file.contacts), options.runs)
    const [keepId, mergeId] = find.result[0].ids
    const merge = timed(() => mergeContacts(file, keepId, mergeId, ctx), options.runs)
    if (!merge.result.ok) throw new Error(merge.result.error.message)
    const people = find.result.reduce((n, g) => n + g.ids.length, 0)
    console.log(`| ${size.toLocaleString('en')} | ${find.result.length.toLocaleString('en')} | ${people.toLocaleString('en')} | ${find.ms.toFixed(1)} | ${merge.ms.toFixed(1)} |`)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
