import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseInput } from '../../../src/core/contract'
import { describeIssues } from '../../../src/core/describe-issues'

const answerSize = (input: unknown): number => JSON.stringify(parseInput('contacts:create', input)).length

describe('a refusal of bad input', () => {
  it('stays a few KB when the body has 100,000 unknown keys, naming the first few and counting the rest', () => {
    const flood: Record<string, unknown> = { name: 'Ana', categories: ['social'] }
    for (let i = 0; i < 100_000; i++) flood[`extra${i}`] = 1
    const result = parseInput('contacts:create', flood)
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Unknown fields: extra0, extra1, extra2, extra3, extra4 and 99995 more.' },
    })
    expect(answerSize(flood)).toBeLessThan(4096)
  })

  it('clips a huge field name and lists at most 20 problems, counting the others', () => {
    expect(answerSize({ name: 'Ana', categories: ['social'], ['k'.repeat(1_000_000)]: 1 })).toBeLessThan(1024)
    const parsed = z.array(z.string()).safeParse(Array.from({ length: 10_000 }, () => 7))
    const described = describeIssues(parsed.error!)
    expect(described.issues).toHaveLength(20)
    expect(described.message).toMatch(/\(and 9,999 more problems\)$/)
    expect(JSON.stringify(described).length).toBeLessThan(4096)
  })
})
