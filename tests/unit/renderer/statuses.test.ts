import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/core/dates'
import type { NetworkFile } from '../../../src/core/network-file'
import * as ops from '../../../src/core/network-ops'
import { InteractionDraft, SettingsPatch } from '../../../src/core/schema'
import { contactStatuses } from '../../../src/core/staleness'
import { statusesOf } from '../../../src/renderer/shared/statuses'
import { changedFile, fixedContext, sampleFile, TODAY } from '../helpers/builders'

describe('statusesOf', () => {
  it('answers what contactStatuses answers, before and after edits, logs and a new day', () => {
    let file: NetworkFile = sampleFile()
    expect(statusesOf(file, TODAY)).toEqual(contactStatuses(file, TODAY))
    const [first, second] = file.contacts
    file = changedFile(ops.updateContact(file, first!.id, { cadenceDays: 7, categories: ['leader'] }, fixedContext()))
    expect(statusesOf(file, TODAY)).toEqual(contactStatuses(file, TODAY))
    file = changedFile(ops.createInteraction(file, InteractionDraft.parse({ contactIds: [second!.id], date: TODAY, channel: 'coffee' }), fixedContext()))
    expect(statusesOf(file, TODAY)).toEqual(contactStatuses(file, TODAY))
    const later = addDays(TODAY, 40)
    expect(statusesOf(file, later)).toEqual(contactStatuses(file, later))
    file = changedFile(ops.updateSettings(file, SettingsPatch.parse({ cadenceDaysByCategory: { leader: 400 } })))
    expect(statusesOf(file, later)).toEqual(contactStatuses(file, later))
  })

  it('works out again only the contacts an edit replaced', () => {
    const file = sampleFile()
    const before = statusesOf(file, TODAY)
    const [edited, untouched] = file.contacts
    const after = statusesOf(changedFile(ops.updateContact(file, edited!.id, { cadenceDays: 7 }, fixedContext())), TODAY)
    expect(after.get(untouched!.id)).toBe(before.get(untouched!.id))
    expect(after.get(edited!.id)).not.toBe(before.get(edited!.id))
    expect(after.get(edited!.id)?.cadenceDays).toBe(7)
  })
})
