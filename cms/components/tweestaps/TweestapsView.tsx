/**
 * /admin/tweestaps — a login turns on two-step login for itself (optional for providers; required
 * for editors and beheerders when TWO_FACTOR_REQUIRED is on, who then set it up at login).
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { BeheerPagina } from '../beoordelen/BeheerPagina'
import { TweestapsInstellen } from './TweestapsInstellen'

export function TweestapsView(props: AdminViewServerProps) {
  const user = props.initPageResult.req.user as { tweestaps?: boolean | null } | null
  return (
    <BeheerPagina view={props} kruimel="Inloggen in twee stappen">
      <h1>Inloggen in twee stappen</h1>
      {user?.tweestaps ? (
        <p>
          Inloggen in twee stappen staat aan voor uw login. Kwijt u uw telefoon en uw herstelcodes?
          Vraag dan een beheerder van de Zorgatlas om het uit te zetten; daarna stelt u het opnieuw
          in.
        </p>
      ) : (
        <TweestapsInstellen verder="/admin" />
      )}
    </BeheerPagina>
  )
}
