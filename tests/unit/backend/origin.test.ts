import { describe, expect, it } from 'vitest'
import { originOf } from '../../../electron/host-common/origin'

describe('originOf', () => {
  it('gives the app:// origin its real name, where URL.origin says "null"', () => {
    expect(new URL('app://kith/index.html').origin).toBe('null')
    expect(originOf('app://kith/index.html')).toBe('app://kith')
    expect(originOf('app://evil/index.html')).not.toBe(originOf('app://kith/'))
  })

  it('keeps the port of http origins and refuses what does not parse', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173')
    expect(originOf('not a url')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
  })
})
