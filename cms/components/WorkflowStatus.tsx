'use client'
/**
 * The one status label of an organisation, location or care offer, in the manual's words (Nieuw,
 * Voorgestelde wijziging, In behandeling, Definitief, Voorgesteld verwijderd), where Payload shows
 * its own draft/published status ("Gepubliceerd", "Gewijzigd"). Payload's status also offered
 * "Terug naar gepubliceerd", which would bypass the workflow (§6: discarding a proposal is
 * "Verwijder"). Read from the server after every save and every workflow action.
 */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { STATUSES, type Status } from '../domain/workflow'
import { api } from './shared/api'
import { StatusLabel } from './shared/StatusLabel'
import { opStatusGewijzigd } from './shared/statusGewijzigd'

const isStatus = (value: unknown): value is Status => STATUSES.includes(value as Status)

export const WorkflowStatus: React.FC = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const uitFormulier = useFormFields(([fields]) => fields.status?.value)
  const [vanServer, setVanServer] = useState<Status | null>(null)

  const laad = useCallback(async () => {
    if (!id || !collectionSlug) return
    try {
      const { ok, data } = await api<{ status?: unknown }>(
        `/api/${collectionSlug}/${encodeURIComponent(String(id))}?draft=true&depth=0&select[status]=true`,
      )
      if (ok && isStatus(data.status)) setVanServer(data.status)
    } catch {
      // Deliberate: the form's own value stays shown; a failed reload changes nothing on the server.
    }
  }, [id, collectionSlug])

  useEffect(() => {
    void laad()
  }, [laad, lastUpdateTime])
  useEffect(() => opStatusGewijzigd(() => void laad()), [laad])

  const status = vanServer ?? (isStatus(uitFormulier) ? uitFormulier : id ? null : 'nieuw')
  if (!status) return null
  return (
    <div className="za-documentstatus">
      <StatusLabel status={status} />
    </div>
  )
}
