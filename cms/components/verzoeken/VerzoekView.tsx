/** /admin/verzoek — a provider's new request to the zorgkantoor. */
import type { AdminViewServerProps } from 'payload'
import React, { Suspense } from 'react'
import { BeheerPagina } from '../beoordelen/BeheerPagina'
import { VerzoekFormulier } from './VerzoekFormulier'

export function VerzoekView(props: AdminViewServerProps) {
  return (
    <BeheerPagina view={props} kruimel="Verzoek">
      <Suspense>
        <VerzoekFormulier />
      </Suspense>
    </BeheerPagina>
  )
}
