'use client'
/** Above the list of requests: the provider's ways to send a new one. */
import { useAuth } from '@payloadcms/ui'
import React from 'react'
import { VerzoekLinks } from './VerzoekLinks'

export const NieuwVerzoekKnoppen: React.FC = () => {
  const { user } = useAuth<{ rol?: string; organisaties?: unknown[] }>()
  if (user?.rol !== 'zorgaanbieder' || !user.organisaties?.length) return null
  return <VerzoekLinks />
}
