/**
 * /admin/uitnodiging?token=… — the link in the e-mail to the owner of an existing login. Payload
 * renders custom views without a login check, so this one sends a visitor without a login to the
 * login page first and back here after it. Whether the logged-in login may see the invitation is
 * decided by POST /api/uitnodigingen/bekijken (only the login with the invitation's address).
 */
import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'
import { BeheerPagina } from '../beoordelen/BeheerPagina'
import { UitnodigingBeslissen } from './UitnodigingBeslissen'

export function UitnodigingView(props: AdminViewServerProps) {
  const token = typeof props.searchParams?.token === 'string' ? props.searchParams.token : ''
  if (!props.initPageResult.req.user) {
    const terug = `/admin/uitnodiging?token=${encodeURIComponent(token)}`
    redirect(`/admin/login?redirect=${encodeURIComponent(terug)}`)
  }
  return (
    <BeheerPagina view={props} kruimel="Uitnodiging">
      <UitnodigingBeslissen token={token} />
    </BeheerPagina>
  )
}
