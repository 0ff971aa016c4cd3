import type { NetworkFile } from '../network-file'
import type { Change, ChangeContext } from '../network-ops'
import { fail, ok, type Result } from '../result'
import { builtInTemplate, type BuiltInEdit, type ListedTemplate, listTemplates, type OwnTemplate, type TemplateStore } from './templates'

/*
 * Adding, editing, deleting and resetting outreach templates, each one undo step. Editing a built-in keeps
 * the user's text beside it (Reset drops it); deleting is for the user's own templates only.
 */

export type OwnTemplateValue = OwnTemplate
export type TemplateDraftValue = Omit<OwnTemplate, 'id'>
export type TemplatePatchValue = { [K in keyof TemplateDraftValue]?: TemplateDraftValue[K] | undefined }

const withTemplates = (file: NetworkFile, templates: TemplateStore): NetworkFile => ({ ...file, templates })
const listed = (store: TemplateStore, id: string): ListedTemplate => listTemplates(store).find((t) => t.id === id) as ListedTemplate
const gone = () => fail('NOT_FOUND', 'That template no longer exists; it may have been deleted.')

export function createTemplate(file: NetworkFile, draft: TemplateDraftValue, ctx: ChangeContext): Result<Change<ListedTemplate>> {
  const template: OwnTemplate = { id: `own-${ctx.newId()}`, ...draft }
  const templates = { ...file.templates, own: [...file.templates.own, template] }
  if (templates.own.length > 200) return fail('CONFLICT', 'You already have 200 templates of your own; delete one first.')
  return ok({ file: withTemplates(file, templates), value: listed(templates, template.id) })
}

export function updateTemplate(file: NetworkFile, id: string, patch: TemplatePatchValue): Result<Change<ListedTemplate>> {
  const builtIn = builtInTemplate(id)
  if (builtIn) {
    const before = listed(file.templates, id)
    const edit: BuiltInEdit = { timeAsked: patch.timeAsked ?? before.timeAsked, subject: patch.subject ?? before.subject, body: patch.body ?? before.body }
    const same = edit.timeAsked === builtIn.timeAsked && edit.subject === builtIn.subject && edit.body === builtIn.body
    const edited = Object.fromEntries(Object.entries(file.templates.edited).filter(([key]) => key !== id))
    const templates = { ...file.templates, edited: same ? edited : { ...edited, [id]: edit } }
    return ok({ file: withTemplates(file, templates), value: listed(templates, id) })
  }
  const current = file.templates.own.find((t) => t.id === id)
  if (!current) return gone()
  const updated: OwnTemplate = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) }
  const templates = { ...file.templates, own: file.templates.own.map((t) => (t.id === id ? updated : t)) }
  return ok({ file: withTemplates(file, templates), value: listed(templates, id) })
}

export function deleteTemplate(file: NetworkFile, id: string): Result<Change<{ id: string }>> {
  if (builtInTemplate(id)) return fail('CONFLICT', 'Built-in templates cannot be deleted; use Reset to bring back their original text.')
  if (!file.templates.own.some((t) => t.id === id)) return gone()
  return ok({ file: withTemplates(file, { ...file.templates, own: file.templates.own.filter((t) => t.id !== id) }), value: { id } })
}

/** Brings back a built-in template's original text. */
export function resetTemplate(file: NetworkFile, id: string): Result<Change<ListedTemplate>> {
  if (!builtInTemplate(id)) return fail('CONFLICT', 'Only built-in templates can be reset; your own can be edited or deleted.')
  if (!Object.hasOwn(file.templates.edited, id)) return fail('CONFLICT', 'This template already has its original text.')
  const templates = { ...file.templates, edited: Object.fromEntries(Object.entries(file.templates.edited).filter(([key]) => key !== id)) }
  return ok({ file: withTemplates(file, templates), value: listed(templates, id) })
}

