import { localIsoDate } from '../../../src/core/dates'
import * as ops from '../../../src/core/network-ops'
import { ContactDraft } from '../../../src/core/schema'
import { DurableStore } from '../../../electron/backend/durable-store'

/*
 * A separate process for the journal's kill -9 tests: opens the store on a data folder (argv[2]) with the
 * journal on from the first byte and a compaction every few saves (argv[3]), then adds contacts as fast as
 * it can, printing "ack <name>" after each one is acknowledged, until it is killed.
 */

const dataDir = process.argv[2] as string
const compactAtEntries = Number(process.argv[3] ?? 5)
const today = localIsoDate(new Date())
const store = await DurableStore.open({ dataDir, today: () => today, journalFromBytes: 0, compactAtEntries, compactWhenIdleMs: 5 })
let n = store.data.contacts.length
for (;;) {
  const name = `Writer ${process.pid}-${n++}`
  const saved = await store.update(
    (file) => ops.createContact(file, ContactDraft.parse({ name, categories: ['social'], notes: 'n'.repeat(200) }), { now: new Date().toISOString(), today, newId: () => `c-${process.pid}-${n}` }),
    `adding ${name}`,
  )
  if (!saved.ok) throw new Error(saved.error.message)
  process.stdout.write(`ack ${name}\n`)
}
