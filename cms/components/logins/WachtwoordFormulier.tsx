'use client'
/** Choose a password from the invitation link; then log in with it. */
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import { api, tekstVan } from '../shared/api'
import { MeldingTekst, type Melding } from '../shared/Melding'
import '../shared/beheer.css'

export const WachtwoordFormulier: React.FC<{ token: string; minimum: number }> = ({
  token,
  minimum,
}) => {
  const [wachtwoord, setWachtwoord] = useState('')
  const [herhaling, setHerhaling] = useState('')
  const [bezig, setBezig] = useState(false)
  const [klaar, setKlaar] = useState<string | null>(null)
  const [melding, setMelding] = useState<Melding | null>(null)

  // The token stays in this page's memory only: not in the address bar, history or a Referer.
  useEffect(() => {
    window.history.replaceState(null, '', window.location.pathname)
  }, [])

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault()
    setMelding(null)
    if (wachtwoord !== herhaling) {
      setMelding({ soort: 'fout', tekst: 'De twee wachtwoorden zijn niet hetzelfde.' })
      return
    }
    setBezig(true)
    try {
      const { ok, data } = await api<{ email: string }>('/api/users/wachtwoord-instellen', {
        method: 'POST',
        body: JSON.stringify({ token, wachtwoord }),
      })
      if (!ok) {
        setMelding({ soort: 'fout', tekst: tekstVan(data, 'Het instellen is niet gelukt.') })
        return
      }
      setKlaar(data.email)
    } catch {
      setMelding({ soort: 'fout', tekst: 'Geen verbinding met de server. Probeer het opnieuw.' })
    } finally {
      setBezig(false)
    }
  }

  if (klaar !== null) {
    return (
      <div>
        <h1>Uw wachtwoord is ingesteld</h1>
        <p role="status">U kunt nu inloggen met {klaar} en uw nieuwe wachtwoord.</p>
        <Link className="btn btn--style-primary btn--size-medium" href="/admin/login">
          Naar inloggen
        </Link>
      </div>
    )
  }
  return (
    <form className="za-formulier" onSubmit={verstuur} noValidate>
      <h1>Wachtwoord instellen</h1>
      <p className="za-hint">
        Kies een wachtwoord van minstens {minimum} tekens, met minstens één letter en één cijfer.
      </p>
      <p>
        <label className="za-label" htmlFor="wachtwoord-nieuw">
          Nieuw wachtwoord
        </label>
        <input
          id="wachtwoord-nieuw"
          className="za-input"
          type="password"
          autoComplete="new-password"
          value={wachtwoord}
          onChange={(e) => setWachtwoord(e.target.value)}
        />
      </p>
      <p>
        <label className="za-label" htmlFor="wachtwoord-herhaal">
          Herhaal het wachtwoord
        </label>
        <input
          id="wachtwoord-herhaal"
          className="za-input"
          type="password"
          autoComplete="new-password"
          value={herhaling}
          onChange={(e) => setHerhaling(e.target.value)}
        />
      </p>
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={bezig}>
        Wachtwoord instellen
      </button>
      {melding && <MeldingTekst melding={melding} />}
    </form>
  )
}
