import type { NetworkFile } from '../network-file'
import { serializeNetwork } from '../network-text'

/**
 * The whole store as a Kith backup: the very text Kith keeps on disk (one record per line), so importing it
 * (format `kith-json`) or restoring it as the data file brings back exactly this network.
 */
export const kithJsonText = (file: NetworkFile): string => serializeNetwork(file)

/** `kith-network-2026-11-30.json` */
export const kithJsonFileName = (today: string): string => `kith-network-${today}.json`
