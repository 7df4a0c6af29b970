'use client'
/**
 * The title of a free-places or waiting-time report: the name of its location, as the server
 * stores it (setMeldingFields). Set in the form as soon as a location is chosen, so the header,
 * the browser tab and the list never show "[Zonder titel]" for a report. Renders nothing.
 */
import { useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect } from 'react'
import { api, idVan } from './shared/api'

export const MeldingTitel: TextFieldClientComponent = ({ path }) => {
  const { value, setValue } = useField<string>({ path })
  const locatie = idVan(useFormFields(([fields]) => fields.locatie?.value))
  useEffect(() => {
    if (!locatie) return
    let actueel = true
    api<{ volledigeNaam?: string | null; naam?: string | null; agbCode?: string | null }>(
      `/api/locaties/${encodeURIComponent(locatie)}?draft=true&depth=0&select[volledigeNaam]=true&select[naam]=true&select[agbCode]=true`,
    )
      .then(({ ok, data }) => {
        if (!ok || !actueel) return
        const titel = data.volledigeNaam || data.naam || (data.agbCode ? `AGB ${data.agbCode}` : '')
        if (titel && titel !== value) setValue(titel, true)
      })
      // Deliberate: the server sets the title on save anyway; this only shows it earlier.
      .catch(() => undefined)
    return () => {
      actueel = false
    }
  }, [locatie])
  return null
}
