'use client'
/**
 * The current password on one's own account page: a password input (never shown in clear), asked
 * again to change the password or e-mail address. Not required otherwise; the server checks it
 * (cms/collections/Users/hooks/bewaakWachtwoord.ts) and answers in Dutch.
 *
 * It also keeps the form state of the password change true to what is on screen
 * (useWachtwoordvelden), where Payload's own form lets it go stale.
 */
import { PasswordField, useFormFields, useFormModified } from '@payloadcms/ui'
import type { TextFieldClientComponent, Validate } from 'payload'
import { confirmPassword, password } from 'payload/shared'
import React, { useEffect, useMemo } from 'react'

/** Never refused in the browser: the server decides and answers in Dutch (bewaakWachtwoord). */
const altijdGoed: Validate = () => true

/**
 * The check of each field of the password change when the form is saved. An empty new password
 * means no new password (Payload's own check says "verplicht", also when its fields are folded
 * away); otherwise Payload's own checks.
 */
const CONTROLE: Record<string, Validate> = {
  password: (value, options) =>
    !value || password(value, { ...options, name: 'password', type: 'text', required: true }),
  'confirm-password': (value, options) =>
    (!value && !options.siblingData?.password) ||
    confirmPassword(value, { ...options, name: 'confirm-password', type: 'text', required: true }),
  huidigWachtwoord: altijdGoed,
}

/**
 * Two ways in which Payload's form state on this page stopped matching the screen, and what
 * "Bewaar" then did:
 * - On submit the form runs the `validate` stored in each field's state, and judges a field
 *   without one by the verdict stored last; a field stores its `validate` only when its own
 *   verdict changes. The server's "Vul uw huidige wachtwoord in" stayed on "Huidig wachtwoord"
 *   after the user filled it in (its check always says yes, so it never stored one), and
 *   "Wachtwoord wijzigen" marks the password fields "verplicht" even when they hold text. Until
 *   the form-state answer after the next change arrived (a quarter of a second later, longer on a
 *   busy server) a click or Enter got "Gelieve de ongeldige velden te corrigeren" and sent
 *   nothing. So these fields always carry the checks above.
 * - After every save answer Payload folds its password fields away but keeps what they held, and
 *   the next save sent it again: after changing the password, saving one's name was refused with
 *   "Uw huidige wachtwoord klopt niet". So when the form is no longer modified (after a save
 *   answer) the three fields are emptied, as the screen shows them.
 */
function useWachtwoordvelden() {
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const modified = useFormModified()
  // each field's own state, so the effects run again whenever the form replaces it (also at its
  // start, which comes after this component's first effects)
  const wachtwoord = useFormFields(([fields]) => fields.password)
  const bevestiging = useFormFields(([fields]) => fields['confirm-password'])
  const huidig = useFormFields(([fields]) => fields.huidigWachtwoord)
  const velden = useMemo(
    () =>
      Object.entries({
        password: wachtwoord,
        'confirm-password': bevestiging,
        huidigWachtwoord: huidig,
      }),
    [wachtwoord, bevestiging, huidig],
  )

  useEffect(() => {
    for (const [pad, veld] of velden)
      if (veld && veld.validate !== CONTROLE[pad])
        dispatch({ type: 'UPDATE', path: pad, validate: CONTROLE[pad] })
  }, [dispatch, velden])

  useEffect(() => {
    if (modified) return
    for (const [pad, veld] of velden)
      if (veld?.value) dispatch({ type: 'UPDATE', path: pad, value: undefined })
  }, [dispatch, modified, velden])
}

export const HuidigWachtwoord: TextFieldClientComponent = (props) => {
  useWachtwoordvelden()
  return (
    <PasswordField
      {...props}
      field={{ ...props.field, required: false }}
      autoComplete="current-password"
      validate={altijdGoed}
    />
  )
}
