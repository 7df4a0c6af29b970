/** /admin/beoordelen — the review queue (issue 10 §1). */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { BeheerPagina } from './BeheerPagina'
import { Wachtrij } from './Wachtrij'

export function WachtrijView(props: AdminViewServerProps) {
  return (
    <BeheerPagina view={props}>
      <Wachtrij />
    </BeheerPagina>
  )
}
