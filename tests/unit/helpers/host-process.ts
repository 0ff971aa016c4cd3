import { createInterface } from 'node:readline'
import { openBackend } from '../../../electron/backend/open-backend'

/*
 * A Kith host driven over stdin, for tests of two hosts on one data folder. Opens the backend on argv[2]
 * as host argv[3] and prints "open" (or the refusal, exiting with code 3, as a host would); with argv[4]
 * "wait" it first waits for a line "open", so a test can time the start closely. Then, per line:
 *   create PREFIX N  sends N contact creates at once; prints one JSON line per answer, then "done"
 *   close            saves what is queued, releases the folder and exits
 */

const [dataDir, hostName, mode] = process.argv.slice(2) as [string, string, string | undefined]
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
if (mode === 'wait') await lines.next()
const backend = await openBackend({ dataDir, hostName, host: { revealFolder: async () => false } }).catch((error: Error) => {
  console.error(error.message)
  process.exit(3)
})
console.log('open')

for (let next = await lines.next(); !next.done; next = await lines.next()) {
  const [command, prefix, count] = (next.value as string).split(' ')
  if (command === 'close') break
  if (command !== 'create') continue
  const names = Array.from({ length: Number(count) }, (_, i) => `${prefix}-${i}`)
  const answers = await Promise.all(names.map((name) => backend.dispatch('contacts:create', { name, categories: ['social'] })))
  answers.forEach((answer, i) => console.log(JSON.stringify({ name: names[i], ...(answer.ok ? { ok: true } : { ok: false, ...answer.error }) })))
  console.log('done')
}
await backend.close()
process.exit(0)
