/**
 * /admin/uitnodigen — invite someone for one or more organisations. The
 * organisations offered are those the login manages: all (beheerder), its zorgkantoor's (editor),
 * its own (user administrator).
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { beheerbereik } from '../../collections/Users/access'
import { mayManageLogins } from '../../domain/roles'
import { BeheerPagina } from '../beoordelen/BeheerPagina'
import { UitnodigenFormulier } from './UitnodigenFormulier'

export async function UitnodigenView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user
  if (!user || user.collection !== 'users' || !mayManageLogins(user)) {
    return (
      <BeheerPagina view={props} kruimel="Uitnodigen">
        <h1>Iemand uitnodigen</h1>
        <p>U mag geen logins beheren.</p>
      </BeheerPagina>
    )
  }
  const bereik = await beheerbereik(req)
  const orgs = await req.payload.find({
    collection: 'organisaties',
    where: bereik === 'alles' ? {} : { id: { in: bereik.length ? [...bereik] : ['0'] } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'naam',
    overrideAccess: true,
    select: { naam: true },
    req,
  })
  return (
    <BeheerPagina view={props} kruimel="Uitnodigen">
      <UitnodigenFormulier
        organisaties={orgs.docs.map((o) => ({ id: o.id, naam: o.naam }))}
        magBeheerderMaken
      />
    </BeheerPagina>
  )
}
