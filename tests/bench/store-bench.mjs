// Store benchmark: where the time of opening a large network and of one acknowledged edit goes, and how
// much memory the undo history holds after 100 edits.
//
//   npm run bench:store [-- --contacts 30000 --interactions 10 --edits 30 --json FILE]
//   (run with node --expose-gc for the undo-history heap figures; the npm script does)
//
// A generated format-2 store is opened once (the migration is timed on its own), then everything else is
// measured on the upgraded file: the phases of an open, the phases of an edit done by hand, and the same
// edit end to end through the backend (`contacts:update`, as a host dispatches it). Numbers on a shared
// machine are noisy: compare the rows of one run with each other. Never used in timed tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { generateNetwork } from './generate-network.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function parseArgs(argv) {
  const options = { contacts: 30000, interactions: 10, edits: 30, json: null }
  for (let i = 0; i < argv.length; i += 2) {
    const [name, raw] = [argv[i], argv[i + 1]]
    if (name === '--json') options.json = raw
    else if (['--contacts', '--interactions', '--edits'].includes(name)) {
      const n = Number(raw)
      if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole positive number.`)
      options[name.slice(2)] = n
    } else throw new Error(`Unknown option ${name}.`)
  }
  return options
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const ms = (n) => `${n.toFixed(n < 10 ? 1 : 0)} ms`
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`

async function timed(fn) {
  const start = performance.now()
  const result = await fn()
  return { ms: performance.now() - start, result }
}

/** Median of `runs` timings of fn. */
async function medianOf(runs, fn) {
  const times = []
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms)
  return median(times)
}

const gc = () => globalThis.gc?.()
const heapUsed = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { runnerImport } = await import('vite')
  const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent', root: ROOT })).module
  const { DurableStore, STORE_FILE } = await load('electron/backend/durable-store.ts')
  const { openBackend } = await load('electron/backend/open-backend.ts')
  const { writeFileAtomic } = await load('electron/backend/atomic-write.ts')
  const { serializeNetwork } = await load('src/core/network-text.ts')
  const { changeIntegrityProblems } = await load('electron/backend/change-integrity.ts')
  const { loadNetworkFile } = await load('src/core/migrations.ts')
  const { integrityProblems, NetworkFile } = await load('src/core/network-file.ts')
  const { computeInsights, recordSnapshot } = await load('src/core/insights.ts')
  const { diffNetwork } = await load('src/core/network-delta.ts')
  const ops = await load('src/core/network-ops.ts')
  const { localIsoDate } = await load('src/core/dates.ts')

  const today = localIsoDate(new Date())
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-store-bench-'))
  const file = path.join(dataDir, STORE_FILE)
  const rows = []
  const row = (measure, value, note = '') => {
    rows.push({ measure, value, note })
    console.log(`${measure.padEnd(58)} ${String(value).padStart(10)}  ${note}`)
  }
  const quietly = async (fn) => {
    const original = console.error
    console.error = () => undefined
    try {
      return await fn()
    } finally {
      console.error = original
    }
  }

  try {
    const generated = generateNetwork({ contacts: options.contacts, interactionsPerContact: options.interactions, today })
    writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`)
    console.log(`${options.contacts} contacts, ${generated.interactions.length} interactions, ${generated.ties.length} ties; node ${process.version}\n`)

    const migrated = await timed(() => quietly(() => DurableStore.open({ dataDir, today: () => today })))
    row('open with migration from format 2 (store only)', ms(migrated.ms))
    await migrated.result.close?.()

    // --- open, phase by phase, on the upgraded file
    const bytes = readFileSync(file)
    row('kith.json size', mb(bytes.length))
    const text = bytes.toString('utf8')
    row('open: read file', ms(await medianOf(3, () => readFileSync(file))))
    row('open: sha-256 of the bytes', ms(await medianOf(3, () => createHash('sha256').update(bytes).digest('hex'))))
    row('open: JSON.parse', ms(await medianOf(3, () => JSON.parse(text))))
    const raw = JSON.parse(text)
    row('open: zod validation (NetworkFile.safeParse)', ms(await medianOf(3, () => NetworkFile.safeParse(raw))))
    row('open: loadNetworkFile (parse + validate)', ms(await medianOf(3, () => loadNetworkFile(text))))
    const network = loadNetworkFile(text).file
    row('integrity check (integrityProblems)', ms(await medianOf(5, () => integrityProblems(network))))
    const storeOpen = await timed(() => quietly(() => DurableStore.open({ dataDir, today: () => today })))
    row('open: DurableStore.open, no migration', ms(storeOpen.ms))
    await storeOpen.result.close?.()
    const backendOpen = await timed(() => openBackend({ dataDir, hostName: 'bench', host: { revealFolder: async () => false } }))
    row('host open: openBackend (lock, store, first snapshot)', ms(backendOpen.ms), 'target ≤ 1500 ms')
    await backendOpen.result.close()

    // --- one edit, phase by phase
    let ids = 0
    const context = { now: new Date().toISOString(), today, newId: () => `bench-${ids++}` }
    const target = network.contacts[Math.floor(network.contacts.length / 2)].id
    let n = 0
    const edit = (f) => ops.updateContact(f, target, { notes: `edit ${n++}` }, context)
    row('edit: the change itself (updateContact)', ms(await medianOf(9, () => edit(network))))
    const changed = edit(network).value.file
    row('edit: day snapshot (recordSnapshot → computeInsights)', ms(await medianOf(5, () => recordSnapshot(changed, today))))
    row('edit: computeInsights alone', ms(await medianOf(5, () => computeInsights(changed, today))))
    row('edit: delta of the change (diffNetwork)', ms(await medianOf(9, () => diffNetwork(network, changed))))
    row('edit: JSON.stringify, pretty (2 spaces)', ms(await medianOf(3, () => JSON.stringify(changed, null, 2))))
    row('edit: JSON.stringify, compact', ms(await medianOf(3, () => JSON.stringify(changed))))
    row('edit: kith.json text, one record per line (src/core/network-text.ts)', ms(await medianOf(3, () => serializeNetwork(changed))))
    const delta = diffNetwork(network, changed)
    row('edit: integrity check of the change only (change-integrity.ts)', ms(await medianOf(5, () => changeIntegrityProblems(changed, delta))))
    row('edit: delta as a journal line', `${Buffer.byteLength(JSON.stringify({ delta }))} bytes`)
    const pretty = `${JSON.stringify(changed, null, 2)}\n`
    const compact = `${JSON.stringify(changed)}\n`
    row('size pretty / compact / record per line', `${mb(Buffer.byteLength(pretty))} / ${mb(Buffer.byteLength(compact))} / ${mb(Buffer.byteLength(serializeNetwork(changed)))}`)
    const scratch = path.join(dataDir, 'scratch.json')
    row('edit: atomic write + fsync, pretty text', ms(await medianOf(3, () => writeFileAtomic(scratch, pretty))))
    row('edit: atomic write + fsync, compact text', ms(await medianOf(3, () => writeFileAtomic(scratch, compact))))
    rmSync(scratch, { force: true })

    // --- the same edit end to end, as a host sends it
    const backend = await openBackend({ dataDir, hostName: 'bench', host: { revealFolder: async () => false } })
    const acks = []
    for (let i = 0; i < options.edits; i++) {
      const answer = await timed(() => backend.dispatch('contacts:update', { id: target, patch: { notes: `end to end ${i}` } }))
      if (!answer.result.ok) throw new Error(answer.result.error.message)
      acks.push(answer.ms)
    }
    row(`edit acknowledged: contacts:update, median of ${options.edits}`, ms(median(acks)), 'target ≤ 150 ms')
    row('edit acknowledged: slowest', ms(Math.max(...acks)))
    const closing = await timed(() => backend.close())
    row('close (saves what is pending, folds the journal into kith.json)', ms(closing.ms))

    // --- undo history after 100 edits, edits of different contacts (the worst case for sharing)
    if (globalThis.gc) {
      const store = await quietly(() => DurableStore.open({ dataDir, today: () => today }))
      const before = heapUsed()
      const ids = store.data.contacts.slice(0, 100).map((c) => c.id)
      for (const [i, id] of ids.entries()) {
        await store.update((f) => {
          const changedFile = ops.updateContact(f, id, { notes: `heap ${i}` }, context)
          return changedFile.ok ? { ok: true, value: { file: recordSnapshot(changedFile.value.file, today), value: null } } : changedFile
        }, `edit ${i}`)
      }
      await store.flush()
      const after = heapUsed()
      row('undo history: heap growth after 100 edits', mb(after - before), 'node --expose-gc')
      await store.close?.()
    } else row('undo history: heap growth after 100 edits', 'skipped', 'run with node --expose-gc')

    if (options.json) writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), options, rows }, null, 2)}\n`)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
