'use client'
/**
 * The provider's request to the zorgkantoor: "Meld een probleem" or "Vraag een nieuwe
 * voorziening / optie voor zachte informatie / OCO-dienst aan", sent to POST /api/verzoeken/indienen.
 * After sending, the request opens: the zorgkantoor's answer appears there.
 */
import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter, useSearchParams } from 'next/navigation'
import '../shared/beheer.css'
import React, { useEffect, useState } from 'react'
import type { IndienenAntwoord } from '../../workflow/verzoeken'
import type { MijnOverzicht } from '../../queries/overzicht'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'

const SOORTEN = [
  { value: 'probleem', label: 'Een probleem of vraag', titel: 'Meld een probleem' },
  {
    value: 'voorziening',
    label: 'Een nieuwe voorziening',
    titel: 'Vraag een nieuwe voorziening aan',
  },
  {
    value: 'zachte-informatie',
    label: 'Een nieuwe optie voor zachte informatie',
    titel: 'Vraag een nieuwe optie voor zachte informatie aan',
  },
  { value: 'oco-dienst', label: 'Een nieuwe OCO-dienst', titel: 'Vraag een nieuwe OCO-dienst aan' },
] as const

const UITLEG: Record<string, string> = {
  probleem:
    'Beschrijf wat u deed, wat er gebeurde en wat u had verwacht. Het zorgkantoor neemt zo snel mogelijk contact met u op.',
  voorziening:
    'Staat uw voorziening niet in de keuzelijst? Schrijf welke voorziening u mist en bij welke soort zorg.',
  'zachte-informatie':
    'Mist u een optie bij de zachte informatie (bijvoorbeeld een levensovertuiging of een voorziening in het gebouw)? Schrijf welke.',
  'oco-dienst': 'Mist u een dienst bij de OCO-dienstverlening? Schrijf welke dienst u aanbiedt.',
}

export const VerzoekFormulier: React.FC = () => {
  const zoek = useSearchParams()
  const router = useRouter()
  const gevraagd = zoek.get('soort')
  const [soort, setSoort] = useState<string>(
    SOORTEN.some((s) => s.value === gevraagd) ? (gevraagd as string) : 'probleem',
  )
  const [organisaties, setOrganisaties] = useState<MijnOverzicht['organisaties']>([])
  const [organisatie, setOrganisatie] = useState('')
  const [onderwerp, setOnderwerp] = useState('')
  const [toelichting, setToelichting] = useState('')
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)

  useEffect(() => {
    let actief = true
    api<MijnOverzicht>('/api/organisaties/mijn-overzicht')
      .then(({ ok, data }) => {
        if (!actief || !ok) return
        setOrganisaties(data.organisaties)
        const org = zoek.get('organisatie')
        if (org && data.organisaties.some((o) => String(o.id) === org)) setOrganisatie(org)
        else if (data.organisaties.length === 1) setOrganisatie(String(data.organisaties[0]!.id))
      })
      .catch(() => undefined) // the organisation is optional; the form still works
    return () => {
      actief = false
    }
  }, [zoek])

  const titel = SOORTEN.find((s) => s.value === soort)?.titel ?? 'Verzoek aan het zorgkantoor'

  async function verstuur(e: React.FormEvent) {
    e.preventDefault()
    if (!toelichting.trim()) return setFout('Beschrijf uw vraag of probleem.')
    setFout(null)
    setBezig(true)
    try {
      const gekozen = organisaties.find((o) => String(o.id) === organisatie)
      const { ok, data } = await api<IndienenAntwoord>('/api/verzoeken/indienen', {
        method: 'POST',
        body: JSON.stringify({
          soort,
          onderwerp: onderwerp.trim(),
          toelichting,
          ...(gekozen ? { organisatie: gekozen.id } : {}),
        }),
      })
      if (ok) router.push(`/admin/collections/verzoeken/${data.verzoek.id}?verstuurd=1`)
      else setFout(tekstVan(data, 'Het versturen lukte niet. Probeer het opnieuw.'))
    } catch {
      setFout(GEEN_VERBINDING)
    } finally {
      setBezig(false)
    }
  }

  return (
    <section className="za-start__blok" aria-labelledby="za-verzoek-titel">
      <h1 id="za-verzoek-titel">{titel}</h1>
      <p>{UITLEG[soort]}</p>
      <form className="za-formulier za-verzoek" onSubmit={verstuur} noValidate>
        <div className="field-type">
          <label className="field-label" htmlFor="za-verzoek-soort">
            Waar gaat het over?
          </label>
          <select
            id="za-verzoek-soort"
            className="za-select"
            value={soort}
            onChange={(e) => setSoort(e.target.value)}
          >
            {SOORTEN.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {organisaties.length > 0 && (
          <div className="field-type">
            <label className="field-label" htmlFor="za-verzoek-organisatie">
              Organisatie (niet verplicht)
            </label>
            <select
              id="za-verzoek-organisatie"
              className="za-select"
              value={organisatie}
              onChange={(e) => setOrganisatie(e.target.value)}
            >
              <option value="">Geen bepaalde organisatie</option>
              {organisaties.map((o) => (
                <option key={String(o.id)} value={String(o.id)}>
                  {o.naam}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field-type">
          <label className="field-label" htmlFor="za-verzoek-onderwerp">
            Onderwerp (niet verplicht)
          </label>
          <input
            id="za-verzoek-onderwerp"
            className="za-input"
            maxLength={150}
            value={onderwerp}
            onChange={(e) => setOnderwerp(e.target.value)}
          />
        </div>
        <div className="field-type">
          <label className="field-label" htmlFor="za-verzoek-toelichting">
            Toelichting
          </label>
          <textarea
            id="za-verzoek-toelichting"
            className="za-input"
            rows={6}
            maxLength={4000}
            required
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? 'za-verzoek-fout' : undefined}
            value={toelichting}
            onChange={(e) => setToelichting(e.target.value)}
          />
        </div>
        {fout && (
          <p id="za-verzoek-fout" role="alert">
            {fout}
          </p>
        )}
        <Button type="submit" disabled={bezig}>
          {bezig ? 'Bezig met versturen…' : 'Verstuur'}
        </Button>
      </form>
      <p>
        <Link href="/admin/collections/verzoeken">Bekijk uw verzoeken en de antwoorden</Link>
      </p>
    </section>
  )
}
