'use client'
/** Above the list of logins: "Iemand uitnodigen", for those who may invite. */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'
import { mayManageLogins, type LoginUser } from '../../domain/roles'
import { OPENSTAANDE_UITNODIGINGEN } from './UitnodigenFormulier'

export const UitnodigenKnop: React.FC = () => {
  const { user } = useAuth()
  if (!mayManageLogins(user as unknown as LoginUser)) return null
  return (
    <div className="za-paneel">
      <p>
        Een nieuwe collega krijgt een e-mail met een link om een wachtwoord in te stellen. Heeft
        iemand al een login? Dan krijgt die een uitnodiging om te accepteren of te weigeren. Pas
        daarna staat de persoon in deze lijst.
      </p>
      <Link className="btn btn--style-primary btn--size-medium" href="/admin/uitnodigen">
        Iemand uitnodigen
      </Link>{' '}
      <Link href={OPENSTAANDE_UITNODIGINGEN}>Openstaande uitnodigingen</Link>
    </div>
  )
}
