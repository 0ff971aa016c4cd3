// Plan benchmark: suggestions for the six months the Plan view shows, on generated networks, against a
// floor measured in the same run (one pass finding each contact's last contact, src/core/last-contact.ts).
// "cold" computes what suggestions rest on for every month; "kept" computes it once and reuses it, as the
// plan:suggest handler does while only the plan changes.
//
//   npm run bench:plan [-- --sizes 1000,30000 --runs 7]
//
// Performance is measured only here, never in timed tests.
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateNetwork, localIsoDate } from './generate-network.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function parseArgs(argv) {
  const options = { sizes: [1000, 10000, 30000], runs: 7 }
  for (let i = 0; i < argv.length; i += 2) {
    const [name, raw] = [argv[i], argv[i + 1]]
    if (name === '--sizes') options.sizes = String(raw).split(',').map(Number)
    else if (name === '--runs') options.runs = Number(raw)
    else throw new Error(`Unknown option ${name}.`)
    if (options.sizes.some((n) => !Number.isInteger(n) || n < 1) || !(options.runs >= 1)) throw new Error(`${name} needs positive whole numbers.`)
  }
  return options
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const time = (fn) => {
  const start = performance.now()
  fn()
  return performance.now() - start
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { runnerImport } = await import('vite')
  const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent', root: ROOT })).module
  const { suggestPlan, suggestionBasis } = await load('src/core/plan-suggest.ts')
  const { addMonths, monthOf } = await load('src/core/plan-months.ts')
  const { lastContactIndex } = await load('src/core/last-contact.ts')
  const { loadNetworkFile } = await load('src/core/migrations.ts')
  const today = localIsoDate(new Date())
  const months = Array.from({ length: 6 }, (_, i) => addMonths(monthOf(today), i))

  console.log(`Suggestions for six months vs one last-contact pass (median of ${options.runs} alternating runs, 10 interactions per contact)`)
  console.log('| contacts | floor (ms) | six months, cold (ms) | six months, kept (ms) | cold ÷ floor | kept ÷ floor |')
  console.log('|---:|---:|---:|---:|---:|---:|')
  for (const size of options.sizes) {
    const outcome = loadNetworkFile(JSON.stringify(generateNetwork({ contacts: size, interactionsPerContact: 10, today })))
    if (!outcome.ok) throw new Error(`The generated network does not open: ${outcome.message}`)
    const file = outcome.file
    const floor = () => lastContactIndex(file.interactions)
    const cold = () => months.forEach((m) => suggestPlan(file, m, today))
    const basis = suggestionBasis(file, today)
    const kept = () => months.forEach((m) => suggestPlan(file, m, today, basis))
    for (let i = 0; i < 2; i++) [floor, cold, kept].forEach((fn) => fn())
    const runs = { floor: [], cold: [], kept: [] }
    for (let run = 0; run < options.runs; run++) {
      runs.floor.push(time(floor))
      runs.cold.push(time(cold))
      runs.kept.push(time(kept))
    }
    const [f, c, k] = [median(runs.floor), median(runs.cold), median(runs.kept)]
    console.log(`| ${size.toLocaleString('en')} | ${f.toFixed(1)} | ${c.toFixed(1)} | ${k.toFixed(1)} | ${(c / f).toFixed(1)}× | ${(k / f).toFixed(1)}× |`)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
