// Import benchmark: a realistic LinkedIn Connections.csv (tests/bench/generate-connections.mjs) imported through
// the built browser host over HTTP, the way the UI does it: import:preview, then import:apply. Then the same
// file again, which must answer created 0 / updated 0 and write nothing.
//
//   npm run bench:import [-- --sizes 1000,30000 --runs 5 --target 2000 --no-build --json FILE]
//
// Each run starts from an empty network: after the measured import, history:undo takes it back (one step).
// Figures are medians; the machine's load average is printed with them, since a shared machine slows
// everything alike. Performance is measured only here, never in timed tests.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateConnections } from './generate-connections.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const HOST_SCRIPT = path.join(ROOT, 'out/main/browser-host.js')

function fail(message) {
  console.error(message)
  process.exit(2)
}

function parseArgs(argv) {
  const options = { sizes: [1000, 30000], runs: 5, target: 2000, build: true, json: null }
  for (let i = 0; i < argv.length; i++) {
    const [name, raw] = [argv[i], argv[i + 1]]
    if (name === '--sizes') {
      options.sizes = String(raw).split(',').map(Number)
      if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) fail('--sizes needs whole numbers, e.g. 1000,30000.')
      i++
    } else if (name === '--runs' || name === '--target') {
      const n = Number(raw)
      if (!Number.isFinite(n) || n <= 0) fail(`${name} needs a positive number.`)
      options[name.slice(2)] = n
      i++
    } else if (name === '--no-build') options.build = false
    else if (name === '--json') {
      options.json = raw
      i++
    } else fail(`Unknown option ${name}.`)
  }
  return options
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The built browser host on `dataDir`: its base URL and token. */
async function startHost(dataDir) {
  const host = spawn(process.execPath, [HOST_SCRIPT, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const address = await new Promise((resolve, reject) => {
    let out = ''
    host.stdout.on('data', (d) => {
      out += d
      const m = /Kith is running at (\S+)\/#token=(\S+)/.exec(out)
      if (m) resolve({ base: m[1], token: m[2] })
    })
    host.on('exit', (code) => reject(new Error(`The browser host exited (${code}) before it was ready.`)))
  })
  const stop = () => {
    host.kill('SIGINT')
    return new Promise((resolve) => host.once('exit', resolve))
  }
  return { ...address, pid: host.pid, stop }
}

/**
 * CPU milliseconds the host process has used (Linux /proc, 100 ticks a second); null elsewhere. On a busy
 * machine wall time mostly measures the queue for a core, CPU time what the import itself costs.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

function client({ base, token, pid }) {
  return async (channel, input) => {
    const cpuBefore = cpuMs(pid)
    const started = performance.now()
    const response = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    })
    const answer = await response.json()
    const ms = performance.now() - started
    const cpuAfter = cpuMs(pid)
    if (!answer.ok) fail(`${channel} refused: ${answer.error.message}`)
    return { ms, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, value: answer.value }
  }
}

async function measure(size, runs) {
  const text = generateConnections({ rows: size })
  const input = { format: 'auto', text, fileName: 'Connections.csv' }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-import-bench-'))
  const host = await startHost(dataDir)
  try {
    const call = client(host)
    const preview = []
    const apply = []
    const again = []
    const cpu = []
    let counts = null
    // One warm-up run, not counted: the first call also compiles the import code.
    for (let run = 0; run <= runs; run++) {
      const p = await call('import:preview', input)
      const a = await call('import:apply', input)
      if (p.value.create.length !== size || a.value.created !== size) {
        fail(`Expected ${size} new people, got ${p.value.create.length} in the preview and ${a.value.created} applied.`)
      }
      const p2 = await call('import:preview', input)
      const a2 = await call('import:apply', input)
      counts = { create: p2.value.create.length, update: p2.value.update.length, created: a2.value.created, updated: a2.value.updated }
      const status = await call('history:status', {})
      if (status.value.undo !== `importing ${size.toLocaleString('en')} contacts from “Connections.csv”`) {
        fail(`The second import left an undo step of its own (${status.value.undo}).`)
      }
      if (run > 0) {
        preview.push(p.ms)
        apply.push(a.ms)
        again.push(p2.ms + a2.ms)
        if (p.cpu !== null && a.cpu !== null) cpu.push(p.cpu + a.cpu)
      }
      await call('history:undo', {})
    }
    return {
      rows: size,
      megabytes: Buffer.byteLength(text) / 1e6,
      previewMs: median(preview),
      applyMs: median(apply),
      totalMs: median(preview.map((ms, i) => ms + apply[i])),
      againMs: median(again),
      cpuMs: cpu.length > 0 ? median(cpu) : null,
      again: counts,
    }
  } finally {
    await host.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.build) {
    console.error('Building Kith (electron-vite build)…')
    const built = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) fail('The build failed; see above.')
  }
  if (!existsSync(HOST_SCRIPT)) fail(`${path.relative(ROOT, HOST_SCRIPT)} is missing: run without --no-build.`)
  const load = loadavg()[0]
  const results = []
  for (const size of options.sizes) {
    const runs = size > 10_000 ? Math.max(1, Math.ceil(options.runs / 2)) : options.runs
    console.error(`  ${size.toLocaleString('en')} rows: ${runs} runs…`)
    results.push({ ...(await measure(size, runs)), runs })
  }

  console.log(`LinkedIn Connections.csv through the browser host over HTTP (median of the runs after one warm-up; load average ${load.toFixed(1)} on ${cpus().length} cores)`)
  console.log('| rows | file (MB) | preview (ms) | apply (ms) | preview + apply (ms) | host CPU for both (ms) | ms per 1,000 rows | same file again (ms) | again: create / update |')
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of results) {
    console.log(
      `| ${r.rows.toLocaleString('en')} | ${r.megabytes.toFixed(2)} | ${r.previewMs.toFixed(0)} | ${r.applyMs.toFixed(0)} | ${r.totalMs.toFixed(0)} | ${r.cpuMs === null ? 'n/a' : r.cpuMs.toFixed(0)} | ${((r.totalMs / r.rows) * 1000).toFixed(0)} | ${r.againMs.toFixed(0)} | ${r.again.create} / ${r.again.update} (applied ${r.again.created} / ${r.again.updated}) |`,
    )
  }
  const noOp = results.every((r) => r.again.create + r.again.update + r.again.created + r.again.updated === 0)
  console.log(`Second import of the same file: ${noOp ? 'created 0, updated 0, nothing written' : 'CHANGED THE NETWORK'}.`)
  const thousand = results.find((r) => r.rows === 1000)
  if (thousand) {
    const cpuNote = thousand.cpuMs === null ? '' : `; the host's CPU time ${thousand.cpuMs.toFixed(0)} ms`
    console.log(`1,000 rows, preview + apply: ${thousand.totalMs.toFixed(0)} ms (${(thousand.totalMs / options.target).toFixed(2)} of the ${options.target} ms goal${cpuNote}).`)
  }
  if (results.length > 1) {
    const [small, large] = [results[0], results.at(-1)]
    console.log(`Scaling: ${large.rows / small.rows}× the rows took ${(large.totalMs / small.totalMs).toFixed(1)}× the time.`)
  }
  if (options.json) writeFileSync(options.json, JSON.stringify({ load, options, results }, null, 2))
  process.exitCode = noOp && (!thousand || thousand.totalMs <= options.target) ? 0 : 1
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)))
