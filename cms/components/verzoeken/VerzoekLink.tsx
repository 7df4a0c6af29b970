'use client'
/**
 * Next to a choice list (zachte informatie, OCO services, voorziening): "is your option missing?
 * ask the zorgkantoor", a link to the request form. Only providers send requests.
 */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'
import { verzoekUrl } from './VerzoekLinks'

export const VerzoekLink: React.FC<{ soort: string; vraag: string; tekst: string }> = ({
  soort,
  vraag,
  tekst,
}) => {
  const { user } = useAuth<{ rol?: string }>()
  if (user?.rol !== 'zorgaanbieder') return null
  return (
    <p className="za-hint za-verzoeklink">
      {vraag} <Link href={verzoekUrl(soort)}>{tekst}</Link>
    </p>
  )
}
