'use client'
/**
 * Above the organisation list, for editors and beheerders: the way to the filters (AGB code,
 * contract status, year, region) and the bulk action of /admin/contracten-beheren.
 */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

export const ContractenLink: React.FC = () => {
  const { user } = useAuth<{ rol?: string }>()
  if (user?.rol !== 'zorgkantoor' && user?.rol !== 'beheerder') return null
  return (
    <p className="za-contracten-link">
      <Link href="/admin/contracten-beheren">
        Contracten beheren: zoeken op AGB-code, contractstatus, jaar en regio, en de contractstatus
        van veel organisaties tegelijk zetten
      </Link>
    </p>
  )
}
