/** /admin/mislukte-taken — the worker's jobs that failed for good, to retry or remove (beheerder). */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { BeheerPagina } from '../beoordelen/BeheerPagina'
import { MislukteTaken } from './MislukteTaken'

export function MislukteTakenView(props: AdminViewServerProps) {
  return (
    <BeheerPagina view={props} kruimel="Mislukte taken">
      <MislukteTaken />
    </BeheerPagina>
  )
}
