'use client'
/**
 * The owner of an existing login, logged in, sees who invited them for which organisations, and
 * accepts (the organisations are added to their login) or refuses (nothing changes).
 */
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import type { UitnodigingVoorOntvanger } from '../../domain/uitnodiging'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'
import { MeldingTekst, type Melding } from '../shared/Melding'
import '../shared/beheer.css'

type Stap =
  | { soort: 'laden' }
  | { soort: 'fout'; tekst: string }
  | { soort: 'kiezen'; uitnodiging: UitnodigingVoorOntvanger }
  | { soort: 'klaar'; tekst: string; geaccepteerd: boolean }

const datum = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  })

export const UitnodigingBeslissen: React.FC<{ token: string }> = ({ token }) => {
  const [stap, setStap] = useState<Stap>({ soort: 'laden' })
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)

  useEffect(() => {
    // The token stays in this page's memory only: not in the address bar, history or a Referer.
    window.history.replaceState(null, '', window.location.pathname)
    let actief = true
    api<UitnodigingVoorOntvanger>('/api/uitnodigingen/bekijken', {
      method: 'POST',
      body: JSON.stringify({ token }),
    })
      .then(({ ok, data }) => {
        if (!actief) return
        setStap(
          ok
            ? { soort: 'kiezen', uitnodiging: data }
            : { soort: 'fout', tekst: tekstVan(data, 'Deze uitnodiging kunnen we niet openen.') },
        )
      })
      .catch(() => actief && setStap({ soort: 'fout', tekst: GEEN_VERBINDING }))
    return () => {
      actief = false
    }
  }, [token])

  const beslis = async (actie: 'accepteren' | 'weigeren') => {
    setBezig(true)
    setMelding(null)
    try {
      const { ok, data } = await api<{ bericht: string }>(`/api/uitnodigingen/${actie}`, {
        method: 'POST',
        body: JSON.stringify({ token }),
      })
      if (!ok) {
        setMelding({ soort: 'fout', tekst: tekstVan(data, 'Dat is niet gelukt.') })
        return
      }
      setStap({ soort: 'klaar', tekst: data.bericht, geaccepteerd: actie === 'accepteren' })
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  return (
    <section className="za-formulier" aria-labelledby="za-uitnodiging-titel">
      <h1 id="za-uitnodiging-titel">Uitnodiging</h1>
      {stap.soort === 'laden' && <p role="status">De uitnodiging wordt geladen…</p>}
      {stap.soort === 'fout' && (
        <>
          <MeldingTekst melding={{ soort: 'fout', tekst: stap.tekst }} />
          <p>
            <Link href="/admin">Naar het startscherm</Link>
          </p>
        </>
      )}
      {stap.soort === 'kiezen' && (
        <>
          <p>
            {stap.uitnodiging.uitgenodigdDoor} nodigt u uit om met uw login ook de gegevens te
            beheren van:
          </p>
          <ul className="za-lijst">
            {stap.uitnodiging.organisaties.map((naam) => (
              <li key={naam}>{naam}</li>
            ))}
          </ul>
          <p className="za-hint">
            Accepteert u? Dan ziet u deze organisaties bij uw andere organisaties. Weigert u? Dan
            verandert er niets. De uitnodiging is geldig tot {datum(stap.uitnodiging.geldigTot)}.
          </p>
          <p>
            <button
              type="button"
              className="btn btn--style-primary btn--size-medium"
              disabled={bezig}
              onClick={() => beslis('accepteren')}
            >
              Accepteren
            </button>{' '}
            <button
              type="button"
              className="btn btn--style-secondary btn--size-medium"
              disabled={bezig}
              onClick={() => beslis('weigeren')}
            >
              Weigeren
            </button>
          </p>
          {melding && <MeldingTekst melding={melding} />}
        </>
      )}
      {stap.soort === 'klaar' && (
        <>
          <MeldingTekst melding={{ soort: 'ok', tekst: stap.tekst }} />
          <p>
            <Link className="btn btn--style-primary btn--size-medium" href="/admin">
              {stap.geaccepteerd ? 'Naar mijn organisaties' : 'Naar het startscherm'}
            </Link>
          </p>
        </>
      )}
    </section>
  )
}
