/** /admin/beoordelen/:id — one change request's differences and the decision. */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { BeheerPagina } from './BeheerPagina'
import { Beoordeling } from './Beoordeling'

export function BeoordelingView(props: AdminViewServerProps) {
  const segments = props.params?.segments
  const id = Array.isArray(segments) ? (segments[1] ?? '') : ''
  return (
    <BeheerPagina view={props} kruimel="Wijziging beoordelen">
      <Beoordeling id={id} />
    </BeheerPagina>
  )
}
