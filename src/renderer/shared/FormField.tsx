import { useId, type ReactNode } from 'react'

/** A labelled control with its error message beneath, wired for screen readers. */
export function FormField(props: {
  label: string
  error?: string | undefined
  hint?: string | undefined
  children: (attrs: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode
}) {
  const id = useId()
  const messageId = `${id}-message`
  return (
    <div className={props.error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, 'aria-invalid': Boolean(props.error), 'aria-describedby': props.error || props.hint ? messageId : undefined })}
      {props.error ? (
        <p className="field-error" id={messageId}>
          {props.error}
        </p>
      ) : (
        props.hint && (
          <p className="field-hint" id={messageId}>
            {props.hint}
          </p>
        )
      )}
    </div>
  )
}
