import { describe, expect, it } from 'vitest'
import { composeMessage } from '../../../../src/core/outreach/compose'
import { midSentence } from '../../../../src/core/outreach/fill-template'
import { builtInTemplate } from '../../../../src/core/outreach/templates'
import { makeContact } from '../../helpers/builders'

describe('composing a message', () => {
  const template = builtInTemplate('expert-opinion')!

  it('fills a built-in template for a contact, with the template’s time, and links it to their e-mail', () => {
    const zoe = makeContact({ id: 'z', name: 'Zoë Ødegaard', howMet: 'The DataConf 2025 workshop', email: 'zoe@example.org' })
    const message = composeMessage(template, zoe, { name: 'Priya Raman' }, { topic: 'rota planning' })
    expect(message.missing).toEqual([])
    expect(message.subject).toBe('Your view on rota planning?')
    expect(message.body).toContain('Hi Zoë,\n\nWe know each other from the DataConf 2025 workshop.')
    expect(message.body).toContain('Could you spare 20 minutes, by video or phone in the next few weeks?')
    expect(message.body.endsWith('Priya Raman')).toBe(true)
    expect(message.mailto?.url.startsWith('mailto:zoe@example.org?subject=Your%20view%20on%20rota%20planning%3F&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0AWe%20know%20each%20other%20from%20the%20DataConf')).toBe(true)
  })

  it('lets the user change the time asked, flags what is missing, and offers no link without an e-mail', () => {
    const ana = makeContact({ id: 'a', name: 'Ana Marín' })
    const message = composeMessage(template, ana, { name: 'Priya' }, { timeAsked: '15 minutes by phone' })
    expect(message.missing).toEqual(['topic', 'howWeMet'])
    expect(message.body).toContain('We know each other from [how we met]. I am working on [topic]')
    expect(message.body).toContain('Could you spare 15 minutes by phone')
    expect(message.mailto).toBeNull()
  })
})

describe('how we met, mid-sentence', () => {
  it('lowers an ordinary first word and keeps names and acronyms', () => {
    expect(midSentence('Conference panel')).toBe('conference panel')
    expect(midSentence('LinkedIn group discussion')).toBe('LinkedIn group discussion')
    expect(midSentence('ED boarding task force')).toBe('ED boarding task force')
    expect(midSentence('St. Brigid’s rota')).toBe('St. Brigid’s rota')
    expect(midSentence('Heathrow')).toBe('Heathrow')
    expect(midSentence('  ')).toBe('')
  })
})
