/**
 * For a field that is stored and shown as a list column, but not as a form field, because the
 * screen shows it elsewhere (the status label in the document header, the overview of a change
 * request). Unlike `admin.hidden` it keeps the list column; unlike `admin.condition` it keeps the
 * field required in the generated types.
 */
export const NietInFormulier = (): null => null
