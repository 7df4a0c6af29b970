/** /admin/beoordelen — the review queue and the providers' requests. */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { BeheerPagina } from './BeheerPagina'
import { Wachtrij } from './Wachtrij'
import { VerzoekWachtrij } from '../verzoeken/VerzoekWachtrij'

export function WachtrijView(props: AdminViewServerProps) {
  return (
    <BeheerPagina view={props} kruimel="Te beoordelen">
      <Wachtrij />
      <VerzoekWachtrij />
    </BeheerPagina>
  )
}
