'use client'
/**
 * "Mislukte taken (n)" in the navigation, for a beheerder: the worker's jobs that failed for good
 * (an e-mail not sent, a change not in the search index); refreshed when they move through the
 * admin.
 */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React, { useEffect, useState } from 'react'
import '../beoordelen/beoordelen.css'
import { beheerschermVan } from '../../domain/beheermenu'
import type { MislukteTakenAntwoord } from '../../domain/taken'
import { api } from '../shared/api'

export const TakenLink: React.FC = () => {
  const { user } = useAuth()
  const pathname = usePathname()
  const [aantal, setAantal] = useState<number | null>(null)
  const magZien = beheerschermVan(user).taken

  useEffect(() => {
    if (!magZien) return
    let actief = true
    api<MislukteTakenAntwoord>('/api/taken/mislukt')
      .then(({ ok, data }) => actief && ok && setAantal(data.aantal))
      .catch(() => undefined) // the link still works; the number is a convenience
    return () => {
      actief = false
    }
  }, [magZien, pathname])

  if (!magZien) return null
  return (
    <Link
      className={`za-navlink${aantal ? ' za-navlink--let-op' : ''}`}
      href="/admin/mislukte-taken"
    >
      Mislukte taken{aantal !== null ? ` (${aantal})` : ''}
    </Link>
  )
}
