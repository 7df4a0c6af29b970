'use client'
/**
 * The login page after the password: when this browser's session still waits for its second step,
 * the page asks for the code (or a recovery code) instead of the password, or — for a login that
 * must use two-step login but has not set it up — sets it up first. Payload's login form is hidden
 * meanwhile. Until then every request with this session is anonymous (see ADR 0015).
 */
import { useSearchParams } from 'next/navigation'
import React, { useEffect, useState } from 'react'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'
import { TweestapsInstellen } from './TweestapsInstellen'
import '../shared/beheer.css'

type Stap = 'geen' | 'code' | 'instellen'

export const TweedeStap: React.FC = () => {
  const params = useSearchParams()
  const redirect = params?.get('redirect')
  const verder = redirect && redirect.startsWith('/admin') ? redirect : '/admin'
  const [stap, setStap] = useState<Stap>('geen')
  const [code, setCode] = useState('')
  const [fout, setFout] = useState<string | null>(null)
  const [bezig, setBezig] = useState(false)

  useEffect(() => {
    let weg = false
    api<{ stap: Stap }>('/api/users/tweestaps')
      .then((res) => {
        if (!weg && res.ok) setStap(res.data.stap)
      })
      .catch(() => undefined)
    return () => {
      weg = true
    }
  }, [])

  if (stap === 'geen') return null

  async function verstuur(e: React.FormEvent) {
    e.preventDefault()
    setBezig(true)
    setFout(null)
    try {
      const res = await api('/api/users/tweestaps/controleren', {
        method: 'POST',
        body: JSON.stringify({ code }),
      })
      if (res.ok) {
        window.location.assign(verder)
        return
      }
      setFout(tekstVan(res.data, 'Deze code klopt niet.'))
    } catch {
      setFout(GEEN_VERBINDING)
    }
    setBezig(false)
  }

  async function opnieuw() {
    try {
      await api('/api/users/tweestaps/afbreken', { method: 'POST', body: '{}' })
    } catch {
      // Without an answer the half-finished login may still stand: say so instead of reloading
      setFout(GEEN_VERBINDING)
      return
    }
    window.location.assign('/admin/login')
  }

  return (
    <div className="za-tweede-stap">
      {/* Payload's password form is not needed for this step */}
      <style>{'.login__form{display:none}'}</style>
      {stap === 'instellen' ? (
        <>
          <p>Voor uw rol is inloggen in twee stappen verplicht. Stel het nu in.</p>
          <TweestapsInstellen verder={verder} />
        </>
      ) : (
        <form onSubmit={verstuur} noValidate aria-labelledby="za-tweede-stap-titel">
          <h2 id="za-tweede-stap-titel">Stap 2: de code uit uw app</h2>
          <label htmlFor="za-tweede-stap-code">Code (6 cijfers) of een herstelcode</label>
          <input
            id="za-tweede-stap-code"
            name="code"
            autoComplete="one-time-code"
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? 'za-tweede-stap-fout' : undefined}
          />
          <button type="submit" className="btn btn--style-primary" disabled={bezig}>
            Inloggen
          </button>
          {fout && (
            <p id="za-tweede-stap-fout" className="za-melding za-melding--fout" role="alert">
              {fout}
            </p>
          )}
        </form>
      )}
      <button type="button" className="za-tekstknop" onClick={opnieuw}>
        Opnieuw inloggen met een ander e-mailadres
      </button>
    </div>
  )
}
