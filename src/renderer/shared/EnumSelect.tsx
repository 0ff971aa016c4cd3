import type { SelectHTMLAttributes } from 'react'

type Value = string | number
type Shared<T extends Value> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  readonly options: readonly T[]
  /** The words for each option. */
  readonly label: (option: T) => string
}

/**
 * A <select> over a fixed list of values (categories, channels, layouts…) whose change hands back the value
 * itself, typed, instead of the option's text. With `emptyLabel`, a first option stands for "none" ('').
 */
export function EnumSelect<T extends Value>(props: Shared<T> & { value: NoInfer<T>; onChange: (value: T) => void }): React.JSX.Element
export function EnumSelect<T extends Value>(props: Shared<T> & { value: NoInfer<T> | ''; emptyLabel: string; onChange: (value: T | '') => void }): React.JSX.Element
export function EnumSelect<T extends Value>({ options, label, value, onChange, ...rest }: Shared<T> & { value: T | ''; emptyLabel?: string; onChange: (value: T) => void }) {
  const { emptyLabel, ...attributes } = rest
  return (
    <select
      {...attributes}
      value={String(value)}
      onChange={(event) => {
        const chosen = options.find((option) => String(option) === event.target.value)
        // '' is offered only with emptyLabel, whose onChange takes it.
        onChange(chosen ?? ('' as T))
      }}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={String(option)} value={String(option)}>
          {label(option)}
        </option>
      ))}
    </select>
  )
}
