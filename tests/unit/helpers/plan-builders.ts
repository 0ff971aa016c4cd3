import type { NetworkFile } from '../../../src/core/network-file'
import { NetworkFile as NetworkFileSchema } from '../../../src/core/network-file'
import type { BusyLevel, PlanItem, PlanStatus } from '../../../src/core/plan-schema'

/** A plan item for `contactId`; the id is `p-<contactId>-<month>` unless given. */
export function makeItem(contactId: string, status: PlanStatus = 'planned', overrides: Partial<PlanItem> = {}): PlanItem {
  return { id: `p-${contactId}`, contactId, purpose: '', status, skipReason: status === 'skipped' ? 'Not now' : null, note: '', ...overrides } as PlanItem
}

/** `file` with these months in its plan, checked by the file schema (integrity included). */
export function withPlan(file: NetworkFile, months: Record<string, { busy?: BusyLevel | null; items?: PlanItem[] }>): NetworkFile {
  const plan = Object.fromEntries(Object.entries(months).map(([m, e]) => [m, { busy: e.busy ?? null, items: e.items ?? [] }]))
  return NetworkFileSchema.parse({ ...file, plan })
}
