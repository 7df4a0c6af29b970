'use client'
/** Above the list of logins: "Iemand uitnodigen", for those who may invite (issue 11 item 4). */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'
import { mayManageLogins, type LoginUser } from '../../domain/roles'

export const UitnodigenKnop: React.FC = () => {
  const { user } = useAuth()
  if (!mayManageLogins(user as unknown as LoginUser)) return null
  return (
    <div className="za-paneel">
      <p>
        Een nieuwe collega krijgt een e-mail met een link om een wachtwoord in te stellen. Heeft
        iemand al een login? Dan komt uw organisatie erbij.
      </p>
      <Link className="btn btn--style-primary btn--size-medium" href="/admin/uitnodigen">
        Iemand uitnodigen
      </Link>
    </div>
  )
}
