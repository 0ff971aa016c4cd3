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

describe('UndoHistory.amend', () => {
  const base = emptyNetwork()
  const changed = withContacts(base, 1)
  const completed = { ...changed, snapshots: [] }

  it('lets the step the network is at end at the completed network, so undo and redo still match it', () => {
    const history = new UndoHistory()
    history.record({ label: 'adding C 0', before: base, after: changed })
    history.amend(changed, completed)
    expect(history.undo(changed)).toBe('diverged')
    expect(history.undo(completed)).toBe(base)
    expect(history.redo(base)).toBe(completed)
  })

  it('completes the network redo starts from when the step was undone first', () => {
    const history = new UndoHistory()
    history.record({ label: 'adding C 0', before: base, after: changed })
    history.undo(changed)
    const baseCompleted = { ...base, snapshots: [] }
    history.amend(base, baseCompleted)
    expect(history.redo(base)).toBe('diverged')
    expect(history.redo(baseCompleted)).toBe(changed)
    expect(history.status()).toEqual({ undo: 'adding C 0', redo: null })
  })

  it('leaves the history alone when it does not hold the network amended', () => {
    const history = new UndoHistory()
    history.record({ label: 'adding C 0', before: base, after: changed })
    history.amend(base, completed)
    expect(history.undo(changed)).toBe(base)
  })
})
