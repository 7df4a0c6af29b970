'use client'
/**
 * Volledige naam (§3.2.4). With "Gebruik volledige naam" on, a live preview of the name the server
 * composes ("Verkorte naam – Voorziening Naam locatie"); off, the provider writes it in the field.
 * The form's value follows the preview, so the document's title in the header and the browser tab
 * change with it, and switching the choice off starts from the name just shown, not from the one
 * loaded with the page.
 */
import { FieldLabel, TextField, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import './shared/beheer.css'
import React, { useEffect, useState } from 'react'
import { volledigeNaam } from '../domain/locatie-naam'
import { voorzieningLabel } from '../domain/referentiecodes'
import type { Organisatie as OrganisatieDoc } from '../payload-types'
import { api, idVan } from './shared/api'

type Organisatie = Pick<OrganisatieDoc, 'naam' | 'verkorteNaam'>

const tekst = (value: unknown): string => (typeof value === 'string' ? value : '')

export const VolledigeNaamVoorbeeld: TextFieldClientComponent = (props) => {
  const { field, path } = props
  const gebruikVolledigeNaam =
    useFormFields(([fields]) => fields.gebruikVolledigeNaam?.value) !== false
  const organisatieId = idVan(useFormFields(([fields]) => fields.organisatie?.value))
  const voorzieningCode = tekst(useFormFields(([fields]) => fields.voorziening?.value))
  const soortZorgId = idVan(useFormFields(([fields]) => fields.soortZorg?.value))
  const [voorzieningen, setVoorzieningen] = useState<{ code?: string | null; naam: string }[]>([])
  // the location stores the code; the name shows the label
  const voorziening = voorzieningLabel(voorzieningen, voorzieningCode) ?? ''
  const naam = tekst(useFormFields(([fields]) => fields.naam?.value))
  const [organisatie, setOrganisatie] = useState<Organisatie | null>(null)

  useEffect(() => {
    setVoorzieningen([])
    if (!soortZorgId) return
    let actief = true
    api<{ voorzieningen?: { code?: string | null; naam: string }[] }>(
      `/api/soorten-zorg/${encodeURIComponent(soortZorgId)}?depth=0`,
    )
      .then(({ ok, data }) => actief && ok && setVoorzieningen(data.voorzieningen ?? []))
      // Deliberate: only a preview; the server composes the name itself.
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [soortZorgId])

  useEffect(() => {
    setOrganisatie(null)
    if (!organisatieId || !gebruikVolledigeNaam) return
    let actief = true
    api<Organisatie>(`/api/organisaties/${encodeURIComponent(organisatieId)}?draft=true&depth=0`)
      .then(
        ({ ok, data }) =>
          actief && ok && setOrganisatie({ naam: data.naam, verkorteNaam: data.verkorteNaam }),
      )
      // Deliberate: only a hint in the form; without it the form still works and the server checks.
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [organisatieId, gebruikVolledigeNaam])

  const voorbeeld = volledigeNaam({
    organisatieNaam: tekst(organisatie?.naam),
    verkorteNaam: organisatie?.verkorteNaam,
    voorziening,
    locatieNaam: naam,
  })
  const { value, setValue } = useField<string>({ path })
  useEffect(() => {
    // Not a change of the user's own: the form is not marked as modified by it.
    if (gebruikVolledigeNaam && voorbeeld && voorbeeld !== value) setValue(voorbeeld, true)
  }, [gebruikVolledigeNaam, voorbeeld, value, setValue])

  if (!gebruikVolledigeNaam) {
    return (
      <TextField
        {...props}
        field={{
          ...field,
          admin: {
            ...field.admin,
            description:
              'Schrijf de naam op dezelfde manier: Verkorte naam – Voorziening Naam locatie.',
          },
        }}
      />
    )
  }

  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type za-naamvoorbeeld">
      <FieldLabel as="span" label={field.label} path={path} />
      <p id={id} className="za-naamvoorbeeld__tekst" aria-live="polite">
        Zo heet de locatie in de Zorgatlas:{' '}
        {voorbeeld ? <b>{voorbeeld}</b> : <i>kies eerst de organisatie en de voorziening</i>}
      </p>
      <p className="field-description">
        De naam wordt automatisch samengesteld uit de (verkorte) naam van de organisatie, de
        voorziening en de naam van de locatie. Klopt de naam niet? Zet dan &quot;Gebruik volledige
        naam&quot; uit en schrijf de naam zelf.
      </p>
    </div>
  )
}
