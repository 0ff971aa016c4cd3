import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../../src/core/dates'
import type { ExportData } from '../../../../src/core/import-export-schema'
import { loadNetworkFile } from '../../../../src/core/migrations'
import { call, fileBytes, onDisk, openTestBackend } from '../../helpers/backend'
import { tempDir } from '../../helpers/temp-dir'

const today = localIsoDate(new Date())

describe('export:data', () => {
  it('exports the sample in all five formats, named for today, and writes nothing', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    await call(backend, 'sample:load')
    const before = fileBytes(dir)
    const sample = onDisk(dir)
    const exported = async (format: string) => call<ExportData>(backend, 'export:data', { format })

    const json = await exported('kith-json')
    expect(json.fileName).toBe(`kith-network-${today}.json`)
    expect(json.mimeType).toBe('application/json')
    // The backup is the store itself: it loads as a Kith file and equals what is on disk.
    const loaded = loadNetworkFile(json.text)
    expect(loaded.ok && loaded.file).toEqual(sample)
    expect(JSON.parse(json.text)).toEqual(sample)

    const contacts = await exported('contacts-csv')
    expect(contacts.fileName).toBe(`kith-contacts-${today}.csv`)
    const rows = parse(contacts.text, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(sample.contacts.length)
    const tom = rows.find((r) => r.Name === 'Tom Reyes')
    expect(tom).toMatchObject({ Organization: 'Northgate Health', Role: 'Data Analyst', Categories: 'My department', Tags: 'data' })

    const interactions = await exported('interactions-csv')
    expect(interactions.fileName).toBe(`kith-interactions-${today}.csv`)
    expect(parse(interactions.text, { bom: true, columns: true })).toHaveLength(sample.interactions.length)

    const graph = await exported('graphml')
    expect(graph.fileName).toBe(`kith-network-${today}.graphml`)
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name, _p, _l, attr) => !attr && ['node', 'edge'].includes(name) }).parse(graph.text) as {
      graphml: { graph: { node: unknown[]; edge: unknown[] } }
    }
    expect(doc.graphml.graph.node).toHaveLength(sample.contacts.length + 1)
    expect(doc.graphml.graph.edge).toHaveLength(sample.contacts.length + sample.ties.length)

    const calendar = await exported('calendar-ics')
    expect(calendar.fileName).toBe(`kith-calendar-${today}.ics`)
    expect(calendar.mimeType).toBe('text/calendar')
    const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    const open = sample.followUps.filter((f) => f.doneOn === null)
    expect(events.map((e) => e.uid).sort()).toEqual(open.map((f) => `follow-up-${f.id}@kith`).sort())

    expect(fileBytes(dir)).toEqual(before)
    await backend.close()
  })

  it('refuses a format it does not know, naming the ones it does', async () => {
    const backend = await openTestBackend()
    expect(await backend.dispatch('export:data', { format: 'xlsx' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('kith-json, contacts-csv, interactions-csv, graphml') },
    })
    await backend.close()
  })
})
