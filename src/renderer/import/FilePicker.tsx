import type { Ref } from 'react'

/** The files the import reads: contact files (CSV, vCard) and Kith backups. */
const ACCEPT = '.csv,.vcf,.vcard,.json'

/** The browser's file picker, hidden: a button elsewhere opens it with `.click()`. Choosing the same file again works. */
export function FilePicker({ ref, onFile }: { ref: Ref<HTMLInputElement>; onFile: (file: File) => void }) {
  return (
    <input
      ref={ref}
      type="file"
      accept={ACCEPT}
      hidden
      onChange={(event) => {
        const file = event.target.files?.[0]
        event.target.value = ''
        if (file) onFile(file)
      }}
    />
  )
}
