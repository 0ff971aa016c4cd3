import { localIsoDate } from '../../../src/core/dates'
import { openBackend } from '../../../electron/backend/open-backend'

/*
 * A separate process for crash and lock tests: opens the backend on a data folder (argv[2]), prints
 * "open", then writes contacts and interactions as fast as it can until it is killed. If the folder is
 * locked it prints the error and exits with code 3, as a host would.
 */

const dataDir = process.argv[2] as string
const backend = await openBackend({ dataDir, hostName: 'test-writer', host: { revealFolder: async () => false } }).catch((error: Error) => {
  console.error(error.message)
  process.exit(3)
})
console.log('open')
const today = localIsoDate(new Date())
for (let n = 0; ; n++) {
  const contact = await backend.dispatch('contacts:create', { name: `Writer ${process.pid}-${n}`, categories: ['social'], notes: 'n'.repeat(200) })
  if (!contact.ok) throw new Error(contact.error.message)
  const logged = await backend.dispatch('interactions:create', { contactIds: [(contact.value as { id: string }).id], date: today, channel: 'email' })
  if (!logged.ok) throw new Error(logged.error.message)
  if (n === 0) console.log('writing')
}
