/** /admin/contracten-beheren — contract status per organisation, with filter and bulk action. */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { BeheerPagina } from '../beoordelen/BeheerPagina'
import { ContractBeheer } from './ContractBeheer'

export function ContractBeheerView(props: AdminViewServerProps) {
  return (
    <BeheerPagina view={props} kruimel="Contracten beheren">
      <ContractBeheer />
    </BeheerPagina>
  )
}
