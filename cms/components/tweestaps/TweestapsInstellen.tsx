'use client'
/**
 * Setting up two-step login: a QR code (made by the CMS itself, no outside service) and the secret
 * as text, confirmed with a code from the app; then the ten recovery codes, shown this once.
 * Used on /admin/tweestaps and, for a login that must set it up first, on the login page.
 */
import React, { useState } from 'react'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'
import '../shared/beheer.css'

interface Start {
  geheim: string
  link: string
  qr: string
}

export const TweestapsInstellen: React.FC<{ verder: string }> = ({ verder }) => {
  const [start, setStart] = useState<Start | null>(null)
  const [code, setCode] = useState('')
  const [codes, setCodes] = useState<string[] | null>(null)
  const [fout, setFout] = useState<string | null>(null)
  const [bezig, setBezig] = useState(false)

  async function begin() {
    setBezig(true)
    setFout(null)
    try {
      const res = await api<Start>('/api/users/tweestaps/instellen', {
        method: 'POST',
        body: '{}',
      })
      if (res.ok) setStart(res.data)
      else setFout(tekstVan(res.data, 'Instellen lukte niet. Probeer het opnieuw.'))
    } catch {
      setFout(GEEN_VERBINDING)
    }
    setBezig(false)
  }

  async function bevestig(e: React.FormEvent) {
    e.preventDefault()
    setBezig(true)
    setFout(null)
    try {
      const res = await api<{ herstelcodes: string[] }>('/api/users/tweestaps/bevestigen', {
        method: 'POST',
        body: JSON.stringify({ code }),
      })
      if (res.ok) setCodes(res.data.herstelcodes)
      else setFout(tekstVan(res.data, 'Deze code klopt niet.'))
    } catch {
      setFout(GEEN_VERBINDING)
    }
    setBezig(false)
  }

  if (codes)
    return (
      <section className="za-tweestaps" aria-labelledby="za-tweestaps-klaar">
        <h2 id="za-tweestaps-klaar">Inloggen in twee stappen staat aan</h2>
        <p>
          Bewaar deze herstelcodes op een veilige plek, bijvoorbeeld op papier. Kwijt u uw telefoon?
          Dan logt u met één van deze codes in. Elke code werkt één keer. U ziet ze alleen nu.
        </p>
        <ol className="za-tweestaps__codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <a className="btn btn--style-primary" href={verder}>
          Ik heb de codes bewaard
        </a>
      </section>
    )

  return (
    <section className="za-tweestaps" aria-labelledby="za-tweestaps-titel">
      <h2 id="za-tweestaps-titel">Inloggen in twee stappen instellen</h2>
      <p>
        Na uw wachtwoord vraagt de Zorgatlas dan om een code uit een app op uw telefoon, zoals
        Microsoft Authenticator, Google Authenticator of FreeOTP.
      </p>
      {!start ? (
        <button type="button" className="btn btn--style-primary" onClick={begin} disabled={bezig}>
          Instellen
        </button>
      ) : (
        <form onSubmit={bevestig} noValidate>
          <ol>
            <li>
              Scan deze QR-code met de app:
              <br />
              <img
                className="za-tweestaps__qr"
                src={`data:image/svg+xml;utf8,${encodeURIComponent(start.qr)}`}
                alt="QR-code voor uw app"
                width={200}
                height={200}
              />
              <br />
              Lukt scannen niet? Typ dan deze sleutel in de app:{' '}
              <code className="za-tweestaps__geheim">{start.geheim}</code>
            </li>
            <li>
              <label htmlFor="za-tweestaps-code">Vul de code in die de app nu toont</label>
              <input
                id="za-tweestaps-code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-invalid={fout ? true : undefined}
                aria-describedby={fout ? 'za-tweestaps-fout' : undefined}
              />
            </li>
          </ol>
          <button type="submit" className="btn btn--style-primary" disabled={bezig}>
            Bevestigen
          </button>
        </form>
      )}
      {fout && (
        <p id="za-tweestaps-fout" className="za-melding za-melding--fout" role="alert">
          {fout}
        </p>
      )}
    </section>
  )
}
