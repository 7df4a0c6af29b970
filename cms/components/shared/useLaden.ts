'use client'
/**
 * Loads one admin API answer when a component mounts: the data, or the Dutch message of a refusal
 * (`foutTekst` when the answer has none) or of a lost connection. Ignores an answer that arrives
 * after the component is gone.
 */
import { useEffect, useState } from 'react'
import { api, GEEN_VERBINDING, tekstVan } from './api'

export function useLaden<T>(
  url: string,
  foutTekst: string,
): { data: T | null; fout: string | null } {
  const [data, setData] = useState<T | null>(null)
  const [fout, setFout] = useState<string | null>(null)
  useEffect(() => {
    let actief = true
    api<T>(url)
      .then(({ ok, data: antwoord }) => {
        if (!actief) return
        if (ok) setData(antwoord)
        else setFout(tekstVan(antwoord, foutTekst))
      })
      .catch(() => actief && setFout(GEEN_VERBINDING))
    return () => {
      actief = false
    }
  }, [url, foutTekst])
  return { data, fout }
}
