'use client'
/**
 * The invitation form: e-mail, name, organisations, and the user administrator right. The answer is
 * the same whoever owns the address, and so is the confirmation shown here.
 */
import Link from 'next/link'
import React, { useState } from 'react'
import type { UitnodigingAntwoord } from '../../domain/uitnodiging'
import { api, tekstVan, type Id } from '../shared/api'
import { MeldingTekst, type Melding } from '../shared/Melding'
import '../shared/beheer.css'

/** The list of invitations, open ones first (expired ones show as Verlopen). */
export const OPENSTAANDE_UITNODIGINGEN =
  '/admin/collections/uitnodigingen?where[status][equals]=open&sort=-createdAt'

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
          naam,
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
        tekst: `${data.bericht} De uitnodiging staat bij Openstaande uitnodigingen tot ze is geaccepteerd of geweigerd, of na 72 uur verloopt.`,
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
        De persoon krijgt een e-mail met een link. Wie nog geen login heeft, stelt daarmee een
        wachtwoord in. Wie al een login heeft, logt in en accepteert of weigert de uitnodiging. De
        link werkt één keer en is 72 uur geldig.
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
          required
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
        <Link href={OPENSTAANDE_UITNODIGINGEN}>Openstaande uitnodigingen</Link>{' '}
        <Link href="/admin/collections/users">Terug naar de gebruikers</Link>
      </p>
      {melding && <MeldingTekst melding={melding} />}
    </form>
  )
}
