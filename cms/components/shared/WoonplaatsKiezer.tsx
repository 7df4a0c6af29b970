'use client'
/**
 * Search the official woonplaatsen list and pick one (radio buttons) or more (checkboxes).
 * Plain form controls, so keyboard and screen readers work as everywhere else.
 */
import React, { useEffect, useId, useState } from 'react'
import { api, type Id } from './api'

export interface Woonplaats {
  id: Id
  naam: string
  gemeente?: string
}

interface Props {
  meerdere: boolean
  gekozen: Woonplaats[]
  onChange: (gekozen: Woonplaats[]) => void
  /** woonplaatsen that cannot be chosen (already there), by id */
  uitgesloten?: Id[]
  label?: string
}

const omschrijving = (w: Woonplaats) =>
  w.gemeente && w.gemeente !== w.naam ? `${w.naam} (gemeente ${w.gemeente})` : w.naam

export const WoonplaatsKiezer: React.FC<Props> = ({
  meerdere,
  gekozen,
  onChange,
  uitgesloten = [],
  label,
}) => {
  const uid = useId()
  const [zoek, setZoek] = useState('')
  const [resultaten, setResultaten] = useState<Woonplaats[]>([])
  const [status, setStatus] = useState<'leeg' | 'laden' | 'klaar' | 'fout'>('leeg')

  useEffect(() => {
    const tekst = zoek.trim()
    if (tekst.length < 2) {
      setResultaten([])
      setStatus('leeg')
      return
    }
    setStatus('laden')
    let actief = true
    const timer = setTimeout(() => {
      const query = new URLSearchParams({
        'where[naam][like]': tekst,
        limit: '10',
        depth: '0',
        sort: 'naam',
      })
      api<{ docs?: Woonplaats[] }>(`/api/woonplaatsen?${query.toString()}`)
        .then(({ ok, data }) => {
          if (!actief) return
          setResultaten(
            ok
              ? (data.docs ?? []).map((d) => ({ id: d.id, naam: d.naam, gemeente: d.gemeente }))
              : [],
          )
          setStatus(ok ? 'klaar' : 'fout')
        })
        .catch(() => actief && setStatus('fout'))
    }, 250)
    return () => {
      actief = false
      clearTimeout(timer)
    }
  }, [zoek])

  const isGekozen = (w: Woonplaats) => gekozen.some((g) => String(g.id) === String(w.id))
  const isUitgesloten = (w: Woonplaats) => uitgesloten.some((id) => String(id) === String(w.id))
  const kies = (w: Woonplaats, aan: boolean) => {
    if (!meerdere) return onChange(aan ? [w] : [])
    onChange(
      aan
        ? [...gekozen.filter((g) => String(g.id) !== String(w.id)), w]
        : gekozen.filter((g) => String(g.id) !== String(w.id)),
    )
  }
  const zichtbaar = [
    ...gekozen.filter((g) => !resultaten.some((r) => String(r.id) === String(g.id))),
    ...resultaten,
  ]

  return (
    <div className="za-woonplaatsen">
      <label htmlFor={`${uid}-zoek`} className="za-label">
        {label ?? (meerdere ? 'Zoek de woonplaatsen' : 'Zoek de woonplaats')}
      </label>
      <input
        id={`${uid}-zoek`}
        type="search"
        className="za-input"
        value={zoek}
        autoComplete="off"
        placeholder="Typ minstens 2 letters, bijvoorbeeld Tilburg"
        onChange={(e) => setZoek(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      />
      <p className="za-hint" aria-live="polite">
        {status === 'laden' && 'Zoeken…'}
        {status === 'fout' && 'Zoeken lukte niet. Probeer het opnieuw.'}
        {status === 'klaar' && resultaten.length === 0 && 'Geen woonplaats gevonden met deze naam.'}
        {meerdere && gekozen.length > 0 && ` Gekozen: ${gekozen.map((g) => g.naam).join(', ')}.`}
      </p>
      {zichtbaar.length > 0 && (
        <fieldset className="za-woonplaatsen__lijst">
          <legend className="za-label">
            {meerdere ? 'Kies één of meer woonplaatsen' : 'Kies de woonplaats'}
          </legend>
          {zichtbaar.map((w) => {
            const bezet = isUitgesloten(w)
            return (
              <label key={String(w.id)} className="za-keuze">
                <input
                  type={meerdere ? 'checkbox' : 'radio'}
                  name={`${uid}-woonplaats`}
                  checked={isGekozen(w)}
                  disabled={bezet}
                  onChange={(e) => kies(w, e.target.checked)}
                />{' '}
                {omschrijving(w)}
                {bezet && ' – staat al bij deze locatie'}
              </label>
            )
          })}
        </fieldset>
      )}
    </div>
  )
}
