'use client'
/**
 * Create views opened from a location's overview carry "?locatie=<id>": fill in the form's
 * location field once, when it is still empty. The server checks the location as always.
 */
import { useField } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect } from 'react'
import type { Id } from './api'

export const useLocatieUitLink = (): void => {
  const gevraagd = useSearchParams().get('locatie')
  const { value, setValue, formInitializing } = useField<Id | null>({ path: 'locatie' })
  useEffect(() => {
    if (!gevraagd || value || formInitializing) return
    // Numeric ids on SQL databases, strings on MongoDB: keep what the link carried.
    setValue(/^\d+$/.test(gevraagd) ? Number(gevraagd) : gevraagd)
  }, [gevraagd, value, setValue, formInitializing])
}
