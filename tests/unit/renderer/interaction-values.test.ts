import { describe, expect, it } from 'vitest'
import { DIRECTIONS, InteractionPatch } from '../../../src/core/schema'
import {
  blankValues,
  FORM_DIRECTIONS,
  hasChanges,
  interactionPatch,
  samePeople,
  valuesOf,
} from '../../../src/renderer/interactions/interaction-values'
import { interactionName } from '../../../src/renderer/shared/labels'
import { makeInteraction } from '../helpers/builders'

const original = makeInteraction('i1', ['a', 'b'], '2026-10-01', { channel: 'coffee', direction: 'gave', summary: 'Talked about discharge planning' })
const atEvent = makeInteraction('i2', ['a'], '2026-10-02', { eventId: 'e1' as never })

describe('the form values of an interaction', () => {
  it('start blank for a new interaction: today, over coffee, no help either way, no event', () => {
    expect(blankValues(['a'], '2026-11-26')).toEqual({ contactIds: ['a'], date: '2026-11-26', channel: 'coffee', direction: 'none', summary: '', eventId: '' })
    // The form offers every direction, the default first.
    expect(FORM_DIRECTIONS[0]).toBe('none')
    expect([...FORM_DIRECTIONS].sort()).toEqual([...DIRECTIONS].sort())
  })

  it('hold a logged interaction as the form shows it, with no event as an empty choice', () => {
    expect(valuesOf(original)).toEqual({ contactIds: ['a', 'b'], date: '2026-10-01', channel: 'coffee', direction: 'gave', summary: 'Talked about discharge planning', eventId: '' })
    expect(valuesOf(atEvent).eventId).toBe('e1')
  })

  it('are a copy: ticking people in the form leaves the interaction alone', () => {
    const values = valuesOf(original)
    expect(values.contactIds).not.toBe(original.contactIds)
  })
})

describe('the patch sent when correcting an interaction', () => {
  it('is empty when nothing changed', () => {
    const patch = interactionPatch(original, valuesOf(original))
    expect(patch).toEqual({})
    expect(hasChanges(patch)).toBe(false)
  })

  it('holds only the changed fields', () => {
    const patch = interactionPatch(original, { ...valuesOf(original), date: '2026-09-28', channel: 'video', contactIds: ['a', 'b', 'c'], summary: 'Discharge planning, and the audit' })
    expect(patch).toEqual({ date: '2026-09-28', channel: 'video', contactIds: ['a', 'b', 'c'], summary: 'Discharge planning, and the audit' })
    expect(hasChanges(patch)).toBe(true)
    expect(interactionPatch(original, { ...valuesOf(original), direction: 'received' })).toEqual({ direction: 'received' })
  })

  it('compares people as a set: the same people ticked in another order are no change', () => {
    expect(interactionPatch(original, { ...valuesOf(original), contactIds: ['b', 'a'] })).toEqual({})
    expect(interactionPatch(original, { ...valuesOf(original), contactIds: ['a'] })).toEqual({ contactIds: ['a'] })
    expect(interactionPatch(original, { ...valuesOf(original), contactIds: ['a', 'c'] })).toEqual({ contactIds: ['a', 'c'] })
  })

  it('sends nobody chosen as it is, so the backend can say to choose someone', () => {
    expect(interactionPatch(original, { ...valuesOf(original), contactIds: [] })).toEqual({ contactIds: [] })
  })

  it('compares the summary as stored (trimmed), and sends it trimmed', () => {
    expect(interactionPatch(original, { ...valuesOf(original), summary: '  Talked about discharge planning ' })).toEqual({})
    expect(interactionPatch(original, { ...valuesOf(original), summary: ' New words ' })).toEqual({ summary: 'New words' })
    expect(interactionPatch(original, { ...valuesOf(original), summary: '' })).toEqual({ summary: '' })
  })

  it('sends the event as an id, or null when the user chose none', () => {
    expect(interactionPatch(original, { ...valuesOf(original), eventId: 'e1' })).toEqual({ eventId: 'e1' })
    expect(interactionPatch(atEvent, { ...valuesOf(atEvent), eventId: '' })).toEqual({ eventId: null })
    expect(interactionPatch(atEvent, valuesOf(atEvent))).toEqual({})
  })

  it('passes an emptied date on, for the backend to explain', () => {
    expect(interactionPatch(original, { ...valuesOf(original), date: '' })).toEqual({ date: '' })
  })

  it('is accepted by the contract when the values are valid', () => {
    const patch = interactionPatch(atEvent, { contactIds: ['a', 'c'], date: '2026-09-01', channel: 'phone', direction: 'none', summary: 'Called', eventId: '' })
    expect(InteractionPatch.safeParse(patch).success).toBe(true)
  })
})

describe('people compared as a set', () => {
  it('ignores order but not who or how many', () => {
    expect(samePeople(['a', 'b'], ['b', 'a'])).toBe(true)
    expect(samePeople(['a', 'b'], ['a'])).toBe(false)
    expect(samePeople(['a', 'b'], ['a', 'c'])).toBe(false)
    expect(samePeople([], [])).toBe(true)
  })
})

describe('the name of an interaction for buttons', () => {
  it('gives the day as people read it and everyone who took part', () => {
    expect(interactionName('2026-03-14', ['Ana Silva', 'Ben Ode'])).toBe('the interaction on 14 Mar 2026 with Ana Silva, Ben Ode')
  })
})
