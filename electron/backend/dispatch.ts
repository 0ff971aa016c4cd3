import { isChannel, type Channel } from '../../src/core/channels'
import { contract, parseInput } from '../../src/core/contract'
import { fail, type Result } from '../../src/core/result'
import type { Handler, Handlers } from './handlers'

/** A backend call from any host: channel name and untrusted input in, a result envelope out. Never throws. */
export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>

export interface DispatchOptions {
  /** Check every answer against the contract's output schema (tests turn this on). */
  readonly checkOutputs?: boolean
}

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `Kith has no backend call named “${channel}”.`)
    const spec = contract[channel]
    const parsed = parseInput(channel, input)
    if (!parsed.ok) return parsed
    try {
      // The handler table is keyed by channel, so this pairing is sound; TS cannot correlate the two unions.
      const handler = handlers[channel] as Handler<Channel>
      const result = await handler(parsed.value as never)
      if (options.checkOutputs && result.ok) spec.output.parse(result.value)
      return result
    } catch (error) {
      console.error(`Kith backend error on ${channel}:`, error)
      return fail('INTERNAL', 'Kith hit an unexpected error and did not complete this action. Your saved data is unchanged.')
    }
  }
}
