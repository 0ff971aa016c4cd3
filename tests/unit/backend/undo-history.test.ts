import { describe, expect, it } from 'vitest'
import { emptyNetwork, type NetworkFile } from '../../../src/core/network-file'
import { UndoHistory } from '../../../electron/backend/undo-history'
import { makeContact } from '../helpers/builders'

/** A network whose contacts list is a new array of `size` (as a change that touched contacts would make). */
const withContacts = (file: NetworkFile, size: number): NetworkFile => ({
  ...file,
  contacts: Array.from({ length: size }, (_, i) => file.contacts[i] ?? makeContact({ id: `c-${i}`, name: `C ${i}` })),
})

describe('UndoHistory memory bound', () => {
  it('drops the oldest steps once the lists they copied pass the slot limit, keeping the newest always', () => {
    const history = new UndoHistory(250)
    let file = emptyNetwork()
    const steps: NetworkFile[] = [file]
    for (let n = 0; n < 5; n++) {
      const next = withContacts(file, 100)
      history.record({ label: `step ${n}`, before: file, after: next })
      file = next
      steps.push(file)
    }
    // 100 slots a step and 250 allowed: steps 3 and 4 stay.
    expect(history.undo(steps[5]!)).toBe(steps[4])
    expect(history.undo(steps[4]!)).toBe(steps[3])
    expect(history.undo(steps[3]!)).toBe('nothing')

    const big = new UndoHistory(10)
    big.record({ label: 'huge', before: file, after: withContacts(file, 100) })
    expect(big.status()).toEqual({ undo: 'huge', redo: null })
  })

  it('counts only the lists a change replaced, not the ones it shares', () => {
    const history = new UndoHistory(150)
    const base = withContacts(emptyNetwork(), 100)
    let file = base
    for (let n = 0; n < 20; n++) {
      const next = { ...file, sampleLoaded: n % 2 === 0 }
      history.record({ label: `flag ${n}`, before: file, after: next })
      file = next
    }
    let undone = 0
    for (let back = history.undo(file); back !== 'nothing' && back !== 'diverged'; back = history.undo(file)) {
      file = back
      undone++
    }
    expect(undone).toBe(20)
  })
})
