// Introduction paths benchmark: building the who-knows-whom graph (introductionGraph, once per network in the
// renderer) and one search (introductionPaths) for a person and for an organization, on generated networks.
//
//   node tests/bench/paths-bench.mjs [-- --sizes 1000,5000,30000 --runs 11]
//
// The person is the last contact (nothing special about them); the organization is the first contact's.
// Medians after warm-up runs, and each size's times as a multiple of the smallest size's, so growth that is
// worse than linear shows in the same run. Performance is measured only here, never in timed tests.
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateNetwork, localIsoDate } from './generate-network.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function parseArgs(argv) {
  const options = { sizes: [1000, 5000, 30000], runs: 11 }
  for (let i = 0; i < argv.length; i += 2) {
    const [name, raw] = [argv[i], argv[i + 1]]
    if (name === '--sizes') options.sizes = String(raw).split(',').map(Number)
    else if (name === '--runs') options.runs = Number(raw)
    else throw new Error(`Unknown option ${name}.`)
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--sizes needs whole numbers of at least 2, e.g. 1000,5000.')
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
  const { introductionGraph, introductionPaths } = await load('src/core/outreach/introduction-paths.ts')
  const { loadNetworkFile } = await load('src/core/migrations.ts')
  const today = localIsoDate(new Date())

  console.log(`Introduction paths (median of ${options.runs} runs; ×: against the first size)`)
  console.log('| contacts | ties | graph (ms) | person (ms) | paths | organization (ms) | paths | graph × | person × | organization × |')
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  let base = null
  for (const size of options.sizes) {
    const outcome = loadNetworkFile(JSON.stringify(generateNetwork({ contacts: size, interactionsPerContact: 0, today })))
    if (!outcome.ok) throw new Error(`The generated network does not open: ${outcome.message}`)
    const { contacts, ties } = outcome.file
    const graph = timed(() => introductionGraph(contacts, ties), options.runs)
    const person = timed(() => introductionPaths(graph.result, { kind: 'person', contactId: contacts.at(-1).id }), options.runs)
    const organization = timed(() => introductionPaths(graph.result, { kind: 'organization', name: contacts.find((c) => c.organization).organization }), options.runs)
    base ??= { graph: graph.ms, person: person.ms, organization: organization.ms }
    const times = (ms, of) => `${(ms / of).toFixed(1)}`
    console.log(
      `| ${size.toLocaleString('en')} | ${ties.length.toLocaleString('en')} | ${graph.ms.toFixed(1)} | ${person.ms.toFixed(2)} | ${person.result.paths.length} | ` +
        `${organization.ms.toFixed(2)} | ${organization.result.paths.length} | ${times(graph.ms, base.graph)} | ${times(person.ms, base.person)} | ${times(organization.ms, base.organization)} |`,
    )
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
