'use client'
/**
 * The column "Contract" of the organisation list: "Geen contract <year>" for an organisation
 * without a gedeeltelijk or volledig contract this year (§1.2: the zorgkantoor removes an
 * organisation that is no longer contracted). One request for the whole list, shared by the cells.
 */
import { useAuth } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { geenContractLabel } from '../../domain/contract'
import type { OverzichtAntwoord } from '../../workflow/contracten'
import { api } from '../shared/api'

type Uitkomst = { ok: true; data: OverzichtAntwoord } | { ok: false }
let gedeeld: { tijd: number; antwoord: Promise<Uitkomst> } | null = null

function overzicht(): Promise<Uitkomst> {
  // Fresh for each visit of the list (the cells of one render share one request).
  if (!gedeeld || Date.now() - gedeeld.tijd > 5000) {
    gedeeld = {
      tijd: Date.now(),
      antwoord: api<OverzichtAntwoord>('/api/contracten/overzicht').then(
        ({ ok, data }): Uitkomst => (ok ? { ok: true, data } : { ok: false }),
        (): Uitkomst => ({ ok: false }),
      ),
    }
  }
  return gedeeld.antwoord
}

export const ContractCel: React.FC<{ rowData?: { id?: string | number } }> = ({ rowData }) => {
  const { user } = useAuth<{ rol?: string }>()
  const [tekst, setTekst] = useState<string | null>(null)
  // Contract status is the zorgkantoor's business: providers see no flag.
  const mag = user?.rol === 'zorgkantoor' || user?.rol === 'beheerder'
  useEffect(() => {
    if (!mag) return
    let actief = true
    void overzicht().then((uitkomst) => {
      if (!actief) return
      // Not loaded: say so, never pass for "contracted" or "not contracted".
      if (!uitkomst.ok) return setTekst('Onbekend')
      const data = uitkomst.data
      const rij = data.organisaties.find((o) => o.id === String(rowData?.id))
      setTekst(rij ? (rij.geenContract ? geenContractLabel(data.huidigJaar) : 'Ja') : null)
    })
    return () => {
      actief = false
    }
  }, [rowData?.id, mag])
  if (!mag || !tekst) return null
  if (tekst === 'Onbekend') return <span title="De contracten konden niet worden geladen.">–</span>
  return tekst === 'Ja' ? (
    <span>Gecontracteerd</span>
  ) : (
    <strong className="za-badge za-badge--waarschuwing">{tekst}</strong>
  )
}
