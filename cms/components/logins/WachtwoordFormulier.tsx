'use client'
/**
 * Choose a password from the invitation link, which makes the login; then log in with it. Or
 * refuse the invitation. When the address has a login already, the page leads to logging in and
 * accepting there.
 */
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'
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
  const [geweigerd, setGeweigerd] = useState<string | null>(null)
  const [alEenLogin, setAlEenLogin] = useState(false)
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
      const { ok, status, data } = await api<{ email: string }>('/api/users/wachtwoord-instellen', {
        method: 'POST',
        body: JSON.stringify({ token, wachtwoord }),
      })
      if (!ok) {
        setAlEenLogin(status === 409)
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

  const weiger = async () => {
    setMelding(null)
    setBezig(true)
    try {
      const { ok, data } = await api<{ bericht: string }>('/api/uitnodigingen/weigeren', {
        method: 'POST',
        body: JSON.stringify({ token }),
      })
      if (!ok) {
        setMelding({ soort: 'fout', tekst: tekstVan(data, 'Het weigeren is niet gelukt.') })
        return
      }
      setGeweigerd(data.bericht)
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  if (geweigerd !== null) {
    return (
      <div>
        <h1>Uitnodiging geweigerd</h1>
        <p role="status">{geweigerd}</p>
      </div>
    )
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
      {alEenLogin && (
        <p>
          <Link
            className="btn btn--style-primary btn--size-medium"
            href={`/admin/uitnodiging?token=${encodeURIComponent(token)}`}
          >
            Inloggen en de uitnodiging bekijken
          </Link>
        </p>
      )}
      <h2>Wilt u geen login?</h2>
      <p className="za-hint">
        Dan kunt u de uitnodiging weigeren. Er wordt dan niets voor u gemaakt. Niets doen kan ook:
        na 72 uur verloopt de uitnodiging.
      </p>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-medium"
        disabled={bezig}
        onClick={weiger}
      >
        Uitnodiging weigeren
      </button>
    </form>
  )
}
