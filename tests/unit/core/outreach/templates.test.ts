import { describe, expect, it } from 'vitest'
import { BUILT_IN_TEMPLATES, OwnTemplate, OwnTemplateDraft } from '../../../../src/core/outreach/templates'
import { fillTemplate, firstNameOf, knownValues, PLACEHOLDERS, unfilledMarkers } from '../../../../src/core/outreach/fill-template'
import { makeContact } from '../../helpers/builders'

describe('built-in templates', () => {
  it('cover the ten kinds of message, each with its own id and a stated time', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'expert-opinion',
      'how-you-solved-it',
      'explore-collaboration',
      'navigate-situation',
      'interview',
      'speak-to-team',
      'thank-you',
      'follow-up-questions',
      'reconnect',
      'comment-on-work',
    ])
    for (const t of BUILT_IN_TEMPLATES) expect(t.timeAsked.length, t.id).toBeGreaterThan(5)
  })

  it('use only placeholders Kith can fill, and fill completely when every value is given', () => {
    const all = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`]))
    for (const t of BUILT_IN_TEMPLATES) {
      const filled = fillTemplate(t, all)
      expect(filled.unknown, t.id).toEqual([])
      expect(filled.missing, t.id).toEqual([])
      expect(`${filled.subject}${filled.body}`, t.id).not.toMatch(/[{}]|undefined|null/)
    }
  })

  it('every request says the time it asks for in its body', () => {
    for (const t of BUILT_IN_TEMPLATES.filter((x) => x.kind === 'request')) expect(t.body, t.id).toContain('{timeAsked}')
  })

  it('accept a valid own template and refuse empty fields and a built-in id, with plain messages', () => {
    const own = { id: 'mine-1', name: 'Mentor check-in', kind: 'keep-in-touch', timeAsked: '15 minutes', subject: 'Hello {firstName}', body: 'Hi {firstName}' }
    expect(OwnTemplate.parse(own)).toEqual(own)
    const bad = OwnTemplate.safeParse({ ...own, id: 'thank-you', subject: '  ' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['This id belongs to a built-in template.', 'Give the template a subject.'])
    expect(OwnTemplateDraft.safeParse({ ...own, id: undefined, kind: 'spam' }).error?.issues[0]?.message).toBe(
      'Kind must be one of: request, after-meeting, keep-in-touch.',
    )
  })
})

describe('first names', () => {
  it.each([
    ['Ana Marín', 'Ana'],
    ['  Jean-Luc   Picard ', 'Jean-Luc'],
    ['Dr. Zoë Ødegaard', 'Zoë'],
    ['Prof Kwame Mensah', 'Kwame'],
    ['Marín, Ana', 'Ana'],
    ['Ana (Marketing) Marín', 'Ana'],
    ['Björk', 'Björk'],
    ['Dr', 'Dr'],
    ['', ''],
  ])('%j → %j', (full, first) => expect(firstNameOf(full)).toBe(first))
})

describe('filling a template', () => {
  const template = { subject: 'About {topic}', body: 'Hi {firstName},\nWe met {howWeMet}. {timeAsked}?\n{myName} {mood}' }

  it('takes values from the contact and me, and the composer overrides them', () => {
    const contact = makeContact({ id: 'a', name: 'Dr. Zoë Ødegaard', howMet: 'at DataConf 2025' })
    const values = knownValues(contact, { name: 'Priya Raman' }, { topic: 'rota planning', timeAsked: '20 minutes', howWeMet: 'through Ben' })
    const filled = fillTemplate(template, values)
    expect(filled.subject).toBe('About rota planning')
    expect(filled.body).toBe('Hi Zoë,\nWe met through Ben. 20 minutes?\nPriya Raman {mood}')
    expect(filled.missing).toEqual([])
    expect(filled.unknown).toEqual(['mood'])
  })

  it('lists missing values once, in order, and leaves a visible marker instead of undefined', () => {
    const contact = makeContact({ id: 'a', name: 'Ana Marín', howMet: '   ' })
    const filled = fillTemplate(template, knownValues(contact, { name: '' }, { timeAsked: undefined, topic: null }))
    expect(filled.missing).toEqual(['topic', 'howWeMet', 'timeAsked', 'myName'])
    expect(filled.subject).toBe('About [topic]')
    expect(filled.body).toBe('Hi Ana,\nWe met [how we met]. [time asked]?\n[your name] {mood}')
    expect(`${filled.subject}${filled.body}`).not.toMatch(/undefined|null/)
    expect(unfilledMarkers(filled.body)).toEqual(['timeAsked', 'howWeMet', 'myName'])
    expect(unfilledMarkers('All written out.')).toEqual([])
  })

  it('without a contact, the first name is missing', () => {
    expect(fillTemplate({ subject: '', body: 'Hi {firstName}' }, knownValues(null, { name: 'Me' })).missing).toEqual(['firstName'])
  })
})
