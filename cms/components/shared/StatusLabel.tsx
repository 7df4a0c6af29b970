'use client'
/** A workflow status as a small coloured label with the manual's name for it. */
import React from 'react'
import { STATUS_LABELS, type Status } from '../../domain/workflow'

export const StatusLabel: React.FC<{
  status: Status | string | null | undefined
  label?: string
  klein?: boolean
}> = ({ status, label, klein }) => {
  if (!status) return null
  const tekst = label ?? STATUS_LABELS[status as Status] ?? status
  return (
    <span className={`za-status za-status--${status}${klein ? ' za-status--klein' : ''}`}>
      <span className="za-visually-hidden">Status: </span>
      {tekst}
    </span>
  )
}
