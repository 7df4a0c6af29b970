'use client'
/**
 * Voorziening (§3.2.3): a choice list with the voorzieningen of the chosen soort zorg. The value is
 * the voorziening's code, the option shows its label; the server checks it against
 * the same list.
 */
import { FieldDescription, FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import './shared/beheer.css'
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import type { Zorgkantoor as ZorgkantoorDoc } from '../payload-types'
import { api, idVan } from './shared/api'

type Zorgkantoor = Pick<ZorgkantoorDoc, 'naam' | 'email'>
type Optie = { code: string; naam: string }

export const VoorzieningKeuze: TextFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const { path, value, setValue, showError, disabled } = useField<string>({
    potentiallyStalePath: pathFromProps,
  })
  const soortZorgId = idVan(useFormFields(([fields]) => fields.soortZorg?.value))
  const organisatieId = idVan(useFormFields(([fields]) => fields.organisatie?.value))
  const [opties, setOpties] = useState<Optie[] | null>(null)
  const [laadFout, setLaadFout] = useState(false)
  const [contact, setContact] = useState<Zorgkantoor[]>([])

  useEffect(() => {
    setOpties(null)
    setLaadFout(false)
    if (!soortZorgId) return
    let actief = true
    api<{ voorzieningen?: { naam: string; code?: string | null }[] }>(
      `/api/soorten-zorg/${encodeURIComponent(soortZorgId)}?depth=0`,
    )
      .then(({ ok, data }) => {
        if (!actief) return
        if (ok)
          setOpties(
            (data.voorzieningen ?? []).flatMap((v) =>
              v.code ? [{ code: v.code, naam: v.naam }] : [],
            ),
          )
        else setLaadFout(true)
      })
      .catch(() => actief && setLaadFout(true))
    return () => {
      actief = false
    }
  }, [soortZorgId])

  useEffect(() => {
    setContact([])
    if (!organisatieId) return
    let actief = true
    api<{ zorgkantoren?: (Zorgkantoor | string | number)[] }>(
      `/api/organisaties/${encodeURIComponent(organisatieId)}?depth=1&draft=true`,
    )
      .then(({ ok, data }) => {
        if (actief && ok)
          setContact(
            (data.zorgkantoren ?? []).filter((z): z is Zorgkantoor => typeof z === 'object'),
          )
      })
      // Deliberate: only a hint in the form; without it the form still works and the server checks.
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [organisatieId])

  const id = `field-${path.replace(/\./g, '__')}`
  const hintId = `${id}-hint`
  const alleenLezen = Boolean(readOnly || disabled)
  const huidige = typeof value === 'string' ? value : ''
  // A stored value that is not (or no longer) in the list stays visible, so nothing changes silently.
  const lijst =
    opties && huidige && !opties.some((o) => o.code === huidige)
      ? [...opties, { code: huidige, naam: huidige }]
      : (opties ?? [])
  // The "missing voorziening" sentence is shown below with the zorgkantoor's e-mail, not twice.
  const description =
    typeof field.admin?.description === 'string'
      ? field.admin.description.replace(/\s*Staat uw voorziening er niet bij\?.*$/, '')
      : undefined
  const emails = contact.filter((z) => z.email)

  return (
    <div
      className={['field-type', 'text', 'za-voorziening', showError && 'error']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel htmlFor={id} label={field.label} required={field.required} path={path} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <select
          id={id}
          name={path}
          className="za-select"
          value={soortZorgId ? huidige : ''}
          disabled={alleenLezen || !soortZorgId || (!opties && !laadFout)}
          aria-describedby={hintId}
          aria-invalid={showError || undefined}
          onChange={(e) => setValue(e.target.value)}
        >
          {!soortZorgId ? (
            <option value="">Kies eerst de soort zorg</option>
          ) : !opties && !laadFout ? (
            <option value={huidige}>Voorzieningen laden…</option>
          ) : (
            <>
              <option value="">Kies een voorziening</option>
              {lijst.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.naam}
                </option>
              ))}
            </>
          )}
        </select>
        {laadFout && (
          <p role="alert">De voorzieningen konden niet worden geladen. Ververs de pagina.</p>
        )}
        <FieldDescription path={path} description={description} />
        <p id={hintId} className="za-hint">
          Staat uw voorziening er niet bij?{' '}
          <Link href="/admin/verzoek?soort=voorziening">Vraag een nieuwe voorziening aan</Link> of
          mail uw zorgkantoor
          {emails.length > 0 ? (
            <>
              :{' '}
              {emails.map((z, i) => (
                <React.Fragment key={z.email}>
                  {i > 0 && ', '}
                  <a href={`mailto:${z.email}`}>{z.email}</a>
                </React.Fragment>
              ))}
              .
            </>
          ) : (
            '.'
          )}
        </p>
      </div>
    </div>
  )
}
