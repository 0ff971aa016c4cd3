import { describe, expect, it } from 'vitest'
import type { NetworkFile } from '../../../../src/core/network-file'
import { createTemplate, deleteTemplate, resetTemplate, updateTemplate } from '../../../../src/core/outreach/template-ops'
import { BUILT_IN_TEMPLATES, type OwnTemplate } from '../../../../src/core/outreach/templates'
import { deepFreeze, fixedContext, makeNetwork } from '../../helpers/builders'

const draft = { name: 'Mine', kind: 'request', timeAsked: '15 minutes', subject: 'Hello', body: 'Hi {firstName}' } as const
const builtIn = BUILT_IN_TEMPLATES[1]!
const withOwn = (own: OwnTemplate[]): NetworkFile => deepFreeze({ ...makeNetwork(), templates: { own, edited: {} } })
const valueOf = <T>(result: { ok: true; value: T } | { ok: false }) => (result.ok ? result.value : null)

describe('template operations at their edges', () => {
  it('gives new templates their own ids and stops at 200', () => {
    const made = valueOf(createTemplate(withOwn([]), draft, fixedContext()))
    expect(made?.value).toMatchObject({ id: 'own-id-1', origin: 'own', edited: false })
    const full = withOwn(Array.from({ length: 200 }, (_, n) => ({ id: `own-${n}`, ...draft })))
    expect(createTemplate(full, draft, fixedContext())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('keeps no edit of a built-in once its text matches the original again', () => {
    const file = withOwn([])
    const edited = valueOf(updateTemplate(file, builtIn.id, { body: 'Changed' }))!
    expect(edited.file.templates.edited[builtIn.id]?.body).toBe('Changed')
    const back = valueOf(updateTemplate(edited.file, builtIn.id, { body: builtIn.body }))!
    expect(back.file.templates.edited).toEqual({})
    expect(back.value).toMatchObject({ edited: false, body: builtIn.body })
    // An edit that changes nothing leaves nothing behind either.
    expect(valueOf(updateTemplate(file, builtIn.id, {}))?.file.templates.edited).toEqual({})
  })

  it('edits only the fields given, and says when an own template is gone', () => {
    const file = withOwn([{ id: 'own-a', ...draft }])
    expect(valueOf(updateTemplate(file, 'own-a', { subject: 'New', body: undefined }))?.file.templates.own).toEqual([{ id: 'own-a', ...draft, subject: 'New' }])
    expect(updateTemplate(file, 'own-gone', { subject: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(deleteTemplate(file, 'own-gone')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('deletes own templates only, and resets built-in ones only when edited', () => {
    const file = withOwn([{ id: 'own-a', ...draft }])
    expect(deleteTemplate(file, builtIn.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(valueOf(deleteTemplate(file, 'own-a'))?.file.templates.own).toEqual([])
    expect(resetTemplate(file, 'own-a')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Only built-in') } })
    expect(resetTemplate(file, builtIn.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already has its original text') } })
  })
})
