'use client'
/** The invitation form: e-mail, name, organisations, and the user administrator right. */
import Link from 'next/link'
import React, { useState } from 'react'
import type { UitnodigingAntwoord } from '../../endpoints/logins'
import { api, tekstVan, type Id } from '../shared/api'
import { MeldingTekst, type Melding } from '../shared/Melding'
import '../shared/beheer.css'

export const UitnodigenFormulier: React.FC<{
  organisaties: { id: Id; naam: string }[]
  magBeheerderMaken: boolean
}> = ({ organisaties, magBeheerderMaken }) => {
  const [email, setEmail] = useState('')
  const [naam, setNaam] = useState('')
  const [gekozen, setGekozen] = useState<Id[]>(
    organisaties.length === 1 ? [organisaties[0]!.id] : [],
  )
  const [beheerder, setBeheerder] = useState(false)
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault()
    setBezig(true)
    setMelding(null)
    try {
      const { ok, data } = await api<UitnodigingAntwoord>('/api/users/uitnodigen', {
        method: 'POST',
        body: JSON.stringify({
          email,
          naam: naam || undefined,
          organisaties: gekozen,
          gebruikersbeheerder: beheerder,
        }),
      })
      if (!ok) {
        setMelding({ soort: 'fout', tekst: tekstVan(data, 'Het uitnodigen is niet gelukt.') })
        return
      }
      setMelding({
        soort: 'ok',
        tekst: data.nieuw
          ? `De uitnodiging is verstuurd naar ${data.email}. De link in de e-mail is 72 uur geldig.`
          : `${data.email} had al een login. De organisatie is eraan toegevoegd en er is een e-mail verstuurd.`,
      })
      setEmail('')
      setNaam('')
      setBeheerder(false)
    } catch {
      setMelding({ soort: 'fout', tekst: 'Geen verbinding met de server. Probeer het opnieuw.' })
    } finally {
      setBezig(false)
    }
  }

  return (
    <form className="za-formulier" onSubmit={verstuur} noValidate>
      <h1>Iemand uitnodigen</h1>
      <p className="za-hint">
        De persoon krijgt een e-mail met een link om een wachtwoord in te stellen. De link werkt één
        keer en is 72 uur geldig.
      </p>
      <p>
        <label className="za-label" htmlFor="uitnodigen-email">
          E-mailadres
        </label>
        <input
          id="uitnodigen-email"
          className="za-input"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
      </p>
      <p>
        <label className="za-label" htmlFor="uitnodigen-naam">
          Naam
        </label>
        <input
          id="uitnodigen-naam"
          className="za-input"
          type="text"
          value={naam}
          onChange={(e) => setNaam(e.target.value)}
        />
      </p>
      <fieldset>
        <legend className="za-label">Organisaties</legend>
        {organisaties.length === 0 && <p>U beheert (nog) geen organisaties.</p>}
        {organisaties.map((o) => (
          <label key={String(o.id)} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={gekozen.includes(o.id)}
              onChange={(e) =>
                setGekozen((huidig) =>
                  e.target.checked ? [...huidig, o.id] : huidig.filter((id) => id !== o.id),
                )
              }
            />{' '}
            {o.naam}
          </label>
        ))}
      </fieldset>
      {magBeheerderMaken && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={beheerder}
              onChange={(e) => setBeheerder(e.target.checked)}
            />{' '}
            Gebruikersbeheerder van de organisatie
          </label>
        </p>
      )}
      <p>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={bezig}>
          Uitnodiging versturen
        </button>{' '}
        <Link href="/admin/collections/users">Terug naar de gebruikers</Link>
      </p>
      {melding && <MeldingTekst melding={melding} />}
    </form>
  )
}
