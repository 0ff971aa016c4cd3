import { describe, expect, it } from 'vitest'
import { nameWithWhere, roleAndOrganization, sharedNames } from '../../../src/renderer/shared/person-label'

describe('person labels', () => {
  it('adds role and organization to a name when there are any', () => {
    expect(nameWithWhere({ name: 'Ada Costa', role: 'Analyst', organization: 'Lumen Bank' })).toBe('Ada Costa · Analyst, Lumen Bank')
    expect(nameWithWhere({ name: 'Ada Costa', role: '', organization: 'Lumen Bank' })).toBe('Ada Costa · Lumen Bank')
    expect(nameWithWhere({ name: 'Ada Costa', role: '', organization: '' })).toBe('Ada Costa')
    expect(roleAndOrganization({ role: 'Analyst', organization: '' })).toBe('Analyst')
  })

  it('finds the names held by more than one person, once each', () => {
    const names = ['Ada Costa', 'Ben Berg', 'Ada Costa', 'Cleo Ito', 'Ada Costa', 'Ben Berg']
    expect([...sharedNames(names.map((name) => ({ name })))].sort()).toEqual(['Ada Costa', 'Ben Berg'])
    expect(sharedNames([{ name: 'Ada Costa' }]).size).toBe(0)
  })
})
