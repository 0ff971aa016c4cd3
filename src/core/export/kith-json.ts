import type { NetworkFile } from '../network-file'

/**
 * The whole store as a Kith backup: the same versioned JSON Kith keeps on disk, so importing it (format
 * `kith-json`) or restoring it as the data file brings back exactly this network.
 */
export const kithJsonText = (file: NetworkFile): string => `${JSON.stringify(file, null, 2)}\n`

/** `kith-network-2026-11-30.json` */
export const kithJsonFileName = (today: string): string => `kith-network-${today}.json`
