/**
 * /admin/wachtwoord-instellen?token=… — public: the link from the invitation e-mail. Payload renders custom views without a template and without a login check; this one
 * needs neither: the token is the proof, checked by POST /api/users/wachtwoord-instellen.
 */
import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { WACHTWOORD_MIN } from '../../domain/wachtwoord-lengte'
import { WachtwoordFormulier } from './WachtwoordFormulier'

export function WachtwoordInstellenView(props: AdminViewServerProps) {
  const token = props.searchParams?.token
  return (
    <MinimalTemplate>
      <WachtwoordFormulier
        token={typeof token === 'string' ? token : ''}
        minimum={WACHTWOORD_MIN}
      />
    </MinimalTemplate>
  )
}
