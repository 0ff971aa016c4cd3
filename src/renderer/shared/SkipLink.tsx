import { focusMainHeading } from './focus'
import './skip-link.css'

/**
 * The first stop of Tab: straight to the current view, past the sidebar. A link in look and name, but it
 * moves the focus itself: the address's #fragment holds the browser version's access token.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault()
        focusMainHeading()
      }}
    >
      Skip to main content
    </a>
  )
}
