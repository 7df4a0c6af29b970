'use client'
/**
 * "Te beoordelen (n)" at the top of the navigation, for zorgkantoor editors and beheerders: the
 * number of change requests waiting for them, and "Verzoeken (n)": the providers' requests not yet
 * handled; refreshed when they move through the admin.
 */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import './beoordelen.css'
import React, { useEffect, useState } from 'react'
import type { Wachtrij } from '../../queries/beoordelen'
import type { VerzoekWachtrij } from '../../workflow/verzoeken'
import { api } from '../shared/api'

export const WachtrijLink: React.FC = () => {
  const { user } = useAuth<{ rol?: string }>()
  const pathname = usePathname()
  const [aantal, setAantal] = useState<number | null>(null)
  const [verzoeken, setVerzoeken] = useState<number | null>(null)
  const beoordelaar = user?.rol === 'zorgkantoor' || user?.rol === 'beheerder'

  useEffect(() => {
    if (!beoordelaar) return
    let actief = true
    api<Wachtrij>('/api/wijzigingsverzoeken/wachtrij')
      .then(({ ok, data }) => actief && ok && setAantal(data.verzoeken.length))
      .catch(() => undefined) // the link still works; the number is a convenience
    api<VerzoekWachtrij>('/api/verzoeken/wachtrij')
      .then(({ ok, data }) => actief && ok && setVerzoeken(data.aantal))
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [beoordelaar, pathname])

  if (!beoordelaar) return null
  return (
    <>
      <Link className="za-navlink" href="/admin/beoordelen">
        Te beoordelen{aantal !== null ? ` (${aantal})` : ''}
      </Link>
      <Link className="za-navlink" href="/admin/beoordelen#verzoeken">
        Verzoeken{verzoeken !== null ? ` (${verzoeken})` : ''}
      </Link>
    </>
  )
}
