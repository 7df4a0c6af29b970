'use client'
/**
 * The "Actief" switch of a login (seed 004 §3.3.1): switching it off asks first ("U ontvangt een
 * pop-up ter controle … Klikt u op 'Ja' dan is de gebruiker gedeactiveerd"): Ja saves the login
 * as deactivated at once, Nee leaves it active. Switching it on is an ordinary change to save.
 */
import { Button, useDocumentInfo, useField, useForm, useFormFields } from '@payloadcms/ui'
import type { CheckboxFieldClientComponent } from 'payload'
import '../shared/beheer.css'
import React, { useEffect, useState } from 'react'

export const ActiefVeld: CheckboxFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue } = useField<boolean>({ potentiallyStalePath: path })
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const naam = useFormFields(([fields]) => fields.naam?.value) as string | undefined
  const [vraag, setVraag] = useState(false)
  const [opslaan, setOpslaan] = useState(false)
  const wie = naam?.trim() || 'deze gebruiker'

  useEffect(() => {
    // Save once the form holds the new value (setValue is applied on the next render).
    if (opslaan && value === false) {
      setOpslaan(false)
      void submit()
    }
  }, [opslaan, value, submit])

  const description = typeof field.admin?.description === 'string' ? field.admin.description : null
  const inputId = `field-${path.replace(/\./g, '__')}`

  return (
    <div className="field-type checkbox za-actief">
      <label className="za-actief__label" htmlFor={inputId}>
        <input
          id={inputId}
          type="checkbox"
          checked={value !== false}
          disabled={readOnly}
          aria-describedby={description ? `${inputId}-uitleg` : undefined}
          onChange={(e) => {
            if (e.target.checked) setValue(true)
            else if (!id)
              setValue(false) // a new login: nothing to confirm yet
            else setVraag(true)
          }}
        />{' '}
        Actief
      </label>
      {description && (
        <p id={`${inputId}-uitleg`} className="za-hint">
          {description}
        </p>
      )}
      {vraag && (
        <div
          className="za-melding za-melding--let-op"
          role="alertdialog"
          aria-labelledby="za-deactiveren-vraag"
        >
          <p id="za-deactiveren-vraag">
            Wilt u {wie} deactiveren? Alle rechten gaan uit, ook contactpersoon en nieuwsbrief, en{' '}
            {wie} kan niet meer inloggen. Activeren kan later weer.
          </p>
          <Button
            buttonStyle="primary"
            margin={false}
            onClick={() => {
              setVraag(false)
              setValue(false)
              setOpslaan(true)
            }}
          >
            Ja
          </Button>{' '}
          <Button buttonStyle="secondary" margin={false} onClick={() => setVraag(false)}>
            Nee
          </Button>
        </div>
      )}
    </div>
  )
}
