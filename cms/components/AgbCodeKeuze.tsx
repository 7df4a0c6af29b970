'use client'
/**
 * AGB code (§3.2.1–§3.2.2). The normal text field; when the location is not a hoofdlocatie, it also
 * offers the AGB codes of this organisation's main locations to pick from, so a provider does not
 * have to look them up. The server assigns the volgnummer.
 */
import { TextField, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import './shared/beheer.css'
import React, { useEffect, useState } from 'react'
import type { Locatie } from '../payload-types'
import { api, idVan } from './shared/api'

type Hoofdlocatie = Pick<Locatie, 'id' | 'agbCode' | 'volledigeNaam' | 'naam'>

export const AgbCodeKeuze: TextFieldClientComponent = (props) => {
  const { setValue, value } = useField<string>({ potentiallyStalePath: props.path })
  const hoofdlocatie = useFormFields(([fields]) => fields.hoofdlocatie?.value) as
    boolean | undefined
  const organisatieId = idVan(useFormFields(([fields]) => fields.organisatie?.value))
  const [hoofdlocaties, setHoofdlocaties] = useState<Hoofdlocatie[]>([])

  useEffect(() => {
    setHoofdlocaties([])
    if (hoofdlocatie !== false || !organisatieId) return
    let actief = true
    const where = `where[organisatie][equals]=${encodeURIComponent(organisatieId)}&where[hoofdlocatie][equals]=true`
    api<{ docs?: Hoofdlocatie[] }>(
      `/api/locaties?${where}&draft=true&depth=0&limit=100&sort=agbCode`,
    )
      .then(({ ok, data }) => actief && ok && setHoofdlocaties(data.docs ?? []))
      // Deliberate: only a hint in the form; without it the form still works and the server checks.
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [hoofdlocatie, organisatieId])

  return (
    <div className="za-agb">
      <TextField {...props} />
      {hoofdlocaties.length > 0 && (
        <div
          role="group"
          aria-label="AGB-code van een hoofdlocatie kiezen"
          className="za-agb__keuze"
        >
          <p>Geen eigen AGB-code? Kies de hoofdlocatie waar deze locatie bij hoort:</p>
          <ul>
            {hoofdlocaties.map((h) => (
              <li key={String(h.id)}>
                <button
                  type="button"
                  className="za-agb__knop"
                  aria-pressed={value === h.agbCode}
                  onClick={() => setValue(h.agbCode)}
                >
                  {h.agbCode} · {h.volledigeNaam || h.naam || 'Hoofdlocatie'}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
