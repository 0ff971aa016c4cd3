import { createContext, useContext } from 'react'
import type { Category } from '../../core/categories'
import type { Contact } from '../../core/schema'

/** The dialogs any view can open; one host at app level (app/DialogHost.tsx) shows them. */
export type DialogRequest =
  | {
      readonly kind: 'add-contact'
      /** Categories ticked from the start, e.g. when a gap asks for someone from another industry. */
      readonly categories?: readonly Category[]
      readonly onSaved?: (contact: Contact) => void
    }
  | { readonly kind: 'edit-contact'; readonly id: string; readonly onSaved?: (contact: Contact) => void; readonly onDeleted?: () => void }
  | { readonly kind: 'log'; readonly contactIds: readonly string[]; readonly onSaved?: () => void }
  | { readonly kind: 'edit-interaction'; readonly id: string }
  /** Write to someone from a template; with a plan item, sending marks it asked. */
  | { readonly kind: 'compose'; readonly contactId: string; readonly planItemId?: string; /** The template to start from, e.g. the thank-you from a follow-up. */ readonly templateId?: string }
  /** The meeting prep brief; from the plan it shows the item's purpose. */
  | { readonly kind: 'brief'; readonly contactId: string; readonly planItemId?: string }
  /** "Share my plan" with the accountability partner. */
  | { readonly kind: 'share-plan' }

export interface Dialogs {
  /** Opens a dialog; one at a time, so a second request replaces a first that holds no typed input. */
  open(request: DialogRequest): void
}

export const DialogsContext = createContext<Dialogs | null>(null)

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext)
  if (!dialogs) throw new Error('useDialogs needs the app’s dialog host above it.')
  return dialogs
}
