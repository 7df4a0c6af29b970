'use client'
/**
 * The access request of a login without organisations (seed 002): organisation, NZa or AGB code,
 * the employee's function and the reason, sent to POST /api/verzoeken/indienen; it lands in the queue of the zorgkantoren that
 * contract that organisation (every zorgkantoor when the code is unknown).
 */
import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import '../shared/beheer.css'
import React, { useState } from 'react'
import type { IndienenAntwoord } from '../../workflow/verzoeken'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'

type Velden = Partial<Record<'organisatieNaam' | 'code' | 'functie' | 'toelichting', string>>

export const ToegangFormulier: React.FC = () => {
  const [organisatieNaam, setOrganisatieNaam] = useState('')
  const [code, setCode] = useState('')
  const [functie, setFunctie] = useState('')
  const [toelichting, setToelichting] = useState('')
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)
  const [velden, setVelden] = useState<Velden>({})
  const [klaar, setKlaar] = useState<string | null>(null)

  async function verstuur(e: React.FormEvent) {
    e.preventDefault()
    setFout(null)
    setVelden({})
    setBezig(true)
    try {
      const { ok, data } = await api<IndienenAntwoord>('/api/verzoeken/indienen', {
        method: 'POST',
        body: JSON.stringify({ soort: 'toegang', organisatieNaam, code, functie, toelichting }),
      })
      if (ok) {
        setKlaar(data.bericht)
        setOrganisatieNaam('')
        setCode('')
        setFunctie('')
        setToelichting('')
      } else {
        setVelden((data.velden ?? {}) as Velden)
        setFout(tekstVan(data, 'Het versturen lukte niet. Probeer het opnieuw.'))
      }
    } catch {
      setFout(GEEN_VERBINDING)
    } finally {
      setBezig(false)
    }
  }

  const veld = (
    naam: keyof Velden,
    label: string,
    hint: string | null,
    invoer: (props: {
      id: string
      'aria-invalid'?: boolean
      'aria-describedby'?: string
    }) => React.ReactNode,
  ) => {
    const id = `za-toegang-${naam}`
    const melding = velden[naam]
    return (
      <div className={['field-type', melding && 'error'].filter(Boolean).join(' ')}>
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="za-hint">
            {hint}
          </p>
        )}
        {invoer({
          id,
          'aria-invalid': melding ? true : undefined,
          'aria-describedby':
            [hint && `${id}-hint`, melding && `${id}-fout`].filter(Boolean).join(' ') || undefined,
        })}
        {melding && (
          <p id={`${id}-fout`} className="za-hint" role="alert">
            {melding}
          </p>
        )}
      </div>
    )
  }

  return (
    <section className="za-start__blok" aria-labelledby="za-toegang-titel">
      <h2 id="za-toegang-titel">Toegang aanvragen</h2>
      {klaar && (
        <p className="za-melding" role="status">
          {klaar} <Link href="/admin/collections/verzoeken">Bekijk uw aanvragen</Link>
        </p>
      )}
      <form className="za-formulier" onSubmit={verstuur} noValidate>
        {veld('organisatieNaam', 'Naam van uw organisatie', null, (p) => (
          <input
            {...p}
            className="za-input"
            maxLength={200}
            autoComplete="organization"
            value={organisatieNaam}
            onChange={(e) => setOrganisatieNaam(e.target.value)}
          />
        ))}
        {veld(
          'code',
          'NZa-code of AGB-code',
          'De NZa-code van uw organisatie, of de AGB-code (8 cijfers) van een van uw locaties.',
          (p) => (
            <input
              {...p}
              className="za-input"
              maxLength={20}
              inputMode="numeric"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          ),
        )}
        {veld(
          'functie',
          'Uw functie',
          'Bijvoorbeeld: kwaliteitsmedewerker of teamleider. Het zorgkantoor ziet dit bij uw aanvraag.',
          (p) => (
            <input
              {...p}
              className="za-input"
              maxLength={100}
              autoComplete="organization-title"
              value={functie}
              onChange={(e) => setFunctie(e.target.value)}
            />
          ),
        )}
        {veld(
          'toelichting',
          'Waarom heeft u toegang nodig?',
          'Bijvoorbeeld: ik ben de nieuwe medewerker die onze gegevens in de Zorgatlas bijhoudt.',
          (p) => (
            <textarea
              {...p}
              className="za-input"
              rows={4}
              maxLength={2000}
              value={toelichting}
              onChange={(e) => setToelichting(e.target.value)}
            />
          ),
        )}
        {fout && Object.keys(velden).length === 0 && <p role="alert">{fout}</p>}
        <Button type="submit" disabled={bezig}>
          {bezig ? 'Bezig met versturen…' : 'Verstuur aanvraag'}
        </Button>
      </form>
    </section>
  )
}
