'use client'
/**
 * "Verwijder" with a confirmation and "Verwijdering ongedaan" (§6) for a location or a care offer.
 * The server decides what deleting means for the current status and explains it.
 */
import { Button, ConfirmationModal, toast, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'
import type { Status } from '../../domain/workflow'
import type { HerstelAntwoord, VerwijderAntwoord } from '../../workflow/verwijderen'
import { api, GEEN_VERBINDING, tekstVan, type Id } from './api'
import type { Melding } from './Melding'
import { meldStatusGewijzigd } from './statusGewijzigd'

interface Props {
  collection: 'locaties' | 'zorgaanbod'
  id: Id
  status: Status | null
  /** 'deze locatie' or 'dit zorgaanbod' */
  wat: string
  /** where to go when the item is gone */
  naVerwijderen: string
  bezig: boolean
  setBezig: (bezig: boolean) => void
  onMelding: (melding: Melding | null) => void
  /** after a change that keeps the item: reload what the caller shows */
  onGewijzigd: (nieuweStatus?: Status) => void
}

function uitleg(status: Status | null, wat: string, collection: Props['collection']): string {
  switch (status) {
    case 'nieuw':
      return `${hoofdletter(wat)} is nog niet goedgekeurd. Het verdwijnt direct; het zorgkantoor hoeft niets te beoordelen.${
        collection === 'locaties' ? ' Het zorgaanbod van deze locatie wordt ook verwijderd.' : ''
      }`
    case 'voorgesteld':
      return 'Uw voorgestelde wijziging wordt verwijderd. De goedgekeurde gegevens blijven zoals ze waren.'
    case 'definitief':
      return `${hoofdletter(wat)} blijft zichtbaar in de Zorgatlas tot het zorgkantoor de verwijdering goedkeurt. Tot u de wijziging verstuurt, kunt u dit ongedaan maken met "Verwijdering ongedaan".`
    default:
      return 'Het zorgkantoor beoordeelt de verwijdering als dat nodig is.'
  }
}

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const VerwijderActies: React.FC<Props> = (props) => {
  const { collection, id, status, wat, naVerwijderen, bezig, setBezig, onMelding, onGewijzigd } =
    props
  const { openModal } = useModal()
  const router = useRouter()
  const modalSlug = `za-verwijder-${collection}-${id}`

  async function verwijder() {
    setBezig(true)
    onMelding(null)
    try {
      const { ok, data } = await api<VerwijderAntwoord>(`/api/${collection}/${id}`, {
        method: 'DELETE',
      })
      if (!ok)
        return onMelding({
          soort: 'fout',
          tekst: tekstVan(data, 'Verwijderen lukte niet. Probeer het opnieuw.'),
        })
      const tekst = data.message ?? 'Verwijderd.'
      if (data.actie === 'verwijderen' || data.actie === 'verwijderd') {
        toast.success(tekst)
        router.push(naVerwijderen)
        return
      }
      onMelding({ soort: 'ok', tekst })
      onGewijzigd(data.actie === 'verwijdering-voorstellen' ? 'voorgesteld-verwijderd' : undefined)
      meldStatusGewijzigd()
    } catch {
      onMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  async function herstel() {
    setBezig(true)
    onMelding(null)
    try {
      const { ok, data } = await api<HerstelAntwoord>(`/api/${collection}/${id}/herstel`, {
        method: 'POST',
        body: '{}',
      })
      if (!ok)
        return onMelding({
          soort: 'fout',
          tekst: tekstVan(data, 'Dat lukte niet. Probeer het opnieuw.'),
        })
      onMelding({ soort: 'ok', tekst: data.message ?? 'De verwijdering is ongedaan gemaakt.' })
      onGewijzigd('definitief')
      meldStatusGewijzigd()
    } catch {
      onMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  return (
    <>
      {status === 'voorgesteld-verwijderd' ? (
        <Button buttonStyle="secondary" disabled={bezig} onClick={herstel} margin={false}>
          Verwijdering ongedaan
        </Button>
      ) : (
        <Button
          buttonStyle="secondary"
          className="za-knop--verwijder"
          disabled={bezig}
          onClick={() => openModal(modalSlug)}
          margin={false}
        >
          Verwijder
        </Button>
      )}
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={`Weet u zeker dat u ${wat} wilt verwijderen?`}
        body={<p>{uitleg(status, wat, collection)}</p>}
        confirmLabel="Verwijderen"
        confirmingLabel="Bezig met verwijderen…"
        cancelLabel="Annuleren"
        onConfirm={verwijder}
      />
    </>
  )
}
