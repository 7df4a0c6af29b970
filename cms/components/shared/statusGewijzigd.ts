/**
 * A workflow action (send, approve, reject, delete, undo) changed the status of the open item(s)
 * without a save of the form: the document's status label (WorkflowStatus) reads it again.
 */
const EVENT = 'za:status-gewijzigd'

export const meldStatusGewijzigd = (): void => {
  window.dispatchEvent(new Event(EVENT))
}

export const opStatusGewijzigd = (handler: () => void): (() => void) => {
  window.addEventListener(EVENT, handler)
  return () => window.removeEventListener(EVENT, handler)
}
