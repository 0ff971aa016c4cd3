import { describe, expect, it } from 'vitest'
import { COMMANDS, commandForKey } from '../../../src/renderer/shared/commands'

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('keys for the views: G, then a letter', () => {
  it('G starts a sequence and the letter after it picks the view, even one that is a map key on its own', () => {
    expect(commandForKey(key('g'), false)).toBe('prefix')
    expect(commandForKey(key('m'), false, true)).toBe('go-map')
    expect(commandForKey(key('F'), false, true)).toBe('go-follow-ups')
    expect(commandForKey(key('f'), false)).toBe('fit')
    expect(commandForKey(key('t'), false, true)).toBe('go-timeline')
    expect(commandForKey(key('t'), false)).toBe('tie-mode')
    expect(commandForKey(key('n'), false, true)).toBe('go-plan')
    expect(commandForKey(key('n'), false)).toBe('add-contact')
  })
  it('a letter that names no view after G does nothing, and typing in a field never starts a sequence', () => {
    expect(commandForKey(key('x'), false, true)).toBeNull()
    expect(commandForKey(key('l'), false, true)).toBeNull()
    expect(commandForKey(key('g'), true)).toBeNull()
    expect(commandForKey(key('m'), true, true)).toBeNull()
  })
  it('keys with Ctrl or ⌘ keep their meaning right after G', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false, true)).toBe('undo')
  })
  it('every view has a key, and ? works everywhere', () => {
    expect(COMMANDS.filter((c) => c.scope === 'go').map((c) => c.keys.join(' '))).toEqual(['G M', 'G I', 'G N', 'G C', 'G T', 'G F', 'G E', 'G P'])
    expect(COMMANDS.find((c) => c.id === 'help')?.scope).toBe('anywhere')
    expect(commandForKey(key('?', { shiftKey: true }), false)).toBe('help')
  })
})
