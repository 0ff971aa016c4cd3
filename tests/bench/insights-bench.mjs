// Insights benchmark: computing the whole insights answer (metrics, twelve gap rules, reach-out queue) for
// generated networks, against a floor measured in the same run: one pass over all interactions computing
// the last contact per contact (src/core/last-contact.ts). The ratio says what the insights add on top of
// the cheapest thing any answer about staleness must do.
//
//   npm run bench:insights [-- --sizes 1000,10000,30000 --interactions 10 --runs 11 --target 4 --json FILE]
//
// Both are timed alternately, after warm-up runs, and the medians compared. Performance is measured only
// here, never in timed tests.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateNetwork, localIsoDate } from './generate-network.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function parseArgs(argv) {
  const options = { sizes: [1000, 10000, 30000], interactions: 10, runs: 11, target: 4, json: null }
  for (let i = 0; i < argv.length; i++) {
    const [name, raw] = [argv[i], argv[i + 1]]
    const number = () => {
      const n = Number(raw)
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number.`)
      i++
      return n
    }
    if (name === '--sizes') {
      options.sizes = String(raw).split(',').map(Number)
      if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes needs whole numbers, e.g. 1000,10000.')
      i++
    } else if (name === '--interactions') options.interactions = number()
    else if (name === '--runs') options.runs = number()
    else if (name === '--target') options.target = number()
    else if (name === '--json') {
      options.json = raw
      i++
    } else throw new Error(`Unknown option ${name}.`)
  }
  return options
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function time(fn) {
  const start = performance.now()
  const result = fn()
  return { ms: performance.now() - start, result }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { runnerImport } = await import('vite')
  const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent', root: ROOT })).module
  const { computeInsights } = await load('src/core/insights.ts')
  const { lastContactIndex } = await load('src/core/last-contact.ts')
  const { loadNetworkFile } = await load('src/core/migrations.ts')
  const today = localIsoDate(new Date())

  const rows = []
  for (const size of options.sizes) {
    const generated = generateNetwork({ contacts: size, interactionsPerContact: options.interactions, today })
    const outcome = loadNetworkFile(JSON.stringify(generated))
    if (!outcome.ok) throw new Error(`The generated network does not open: ${outcome.message}`)
    const file = outcome.file
    const floor = () => lastContactIndex(file.interactions)
    const insights = () => computeInsights(file, today)
    for (let i = 0; i < 3; i++) {
      floor()
      insights()
    }
    const floorMs = []
    const insightsMs = []
    let last
    for (let run = 0; run < options.runs; run++) {
      floorMs.push(time(floor).ms)
      const timed = time(insights)
      insightsMs.push(timed.ms)
      last = timed.result
    }
    const row = {
      contacts: size,
      interactions: file.interactions.length,
      ties: file.ties.length,
      floorMs: median(floorMs),
      insightsMs: median(insightsMs),
      gaps: last.gaps.length,
    }
    row.ratio = row.insightsMs / row.floorMs
    rows.push(row)
    console.error(`  ${size} contacts measured`)
  }

  console.log(`Insights vs one pass of last contact per contact (median of ${options.runs} alternating runs, ${options.interactions} interactions per contact)`)
  console.log('| contacts | interactions | ties | floor (ms) | insights (ms) | ratio |')
  console.log('|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    console.log(`| ${r.contacts.toLocaleString('en')} | ${r.interactions.toLocaleString('en')} | ${r.ties.toLocaleString('en')} | ${r.floorMs.toFixed(1)} | ${r.insightsMs.toFixed(1)} | ${r.ratio.toFixed(2)}× |`)
  }
  const largest = rows.at(-1)
  const met = largest.ratio <= options.target
  console.log(`Target: insights ≤ ${options.target}× the floor at ${largest.contacts.toLocaleString('en')} contacts: ${met ? 'met' : 'NOT met'} (${largest.ratio.toFixed(2)}×).`)
  if (options.json) writeFileSync(options.json, JSON.stringify({ today, options, rows }, null, 2))
  process.exitCode = met ? 0 : 1
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
