'use client'
/**
 * "Fuseren met…" on an organisation (§2), for editors and beheerders: choose the surviving
 * organisation, confirm, and POST /api/organisaties/:id/fusie. The server decides (open change
 * requests, items not Definitief, which zorgkantoor contracts both) and explains in Dutch.
 */
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'
import type { FusieAntwoord } from '../../workflow/fusie'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'

export const FusieKnop: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ rol?: string }>()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [opties, setOpties] = useState<{ id: string; naam: string }[]>([])
  const [naar, setNaar] = useState('')
  const [bevestigen, setBevestigen] = useState(false)
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)
  const mag = user?.rol === 'zorgkantoor' || user?.rol === 'beheerder'

  useEffect(() => {
    if (!open || !id) return
    api<{ docs: { id: number; naam: string }[] }>(
      `/api/organisaties?limit=1000&depth=0&sort=naam&select[naam]=true&where[id][not_equals]=${id}`,
    )
      .then(({ ok, data }) =>
        ok ? setOpties(data.docs.map((d) => ({ id: String(d.id), naam: d.naam }))) : undefined,
      )
      .catch(() => setFout(GEEN_VERBINDING))
  }, [open, id])

  if (!mag || !id) return null
  const naarNaam = opties.find((o) => o.id === naar)?.naam

  const fuseer = async () => {
    setBezig(true)
    setFout(null)
    try {
      const { ok, data } = await api<FusieAntwoord>(`/api/organisaties/${id}/fusie`, {
        method: 'POST',
        body: JSON.stringify({ naar: /^\d+$/.test(naar) ? Number(naar) : naar }),
      })
      if (!ok) {
        setFout(tekstVan(data, 'De fusie is niet gelukt.'))
        setBevestigen(false)
        return
      }
      router.push(`/admin/collections/organisaties/${data.naar.id}`)
    } catch {
      setFout(GEEN_VERBINDING)
    } finally {
      setBezig(false)
    }
  }

  return (
    <div className="za-fusie">
      {!open && (
        <Button buttonStyle="secondary" margin={false} onClick={() => setOpen(true)}>
          Fuseren met…
        </Button>
      )}
      {open && (
        <div role="group" aria-labelledby="za-fusie-titel">
          <h3 id="za-fusie-titel">Fuseren</h3>
          <p>
            Alle locaties van deze organisatie gaan naar de organisatie die blijft, met hun
            zorgaanbod, foto’s en geschiedenis. Daarna wordt deze organisatie verwijderd. Dat kan
            alleen als er geen wijzigingen wachten en alles definitief is.
          </p>
          <label>
            Organisatie die blijft
            <select
              value={naar}
              onChange={(e) => {
                setNaar(e.target.value)
                setBevestigen(false)
              }}
            >
              <option value="">Kies een organisatie</option>
              {opties.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.naam}
                </option>
              ))}
            </select>
          </label>{' '}
          {!bevestigen && (
            <Button
              buttonStyle="primary"
              margin={false}
              disabled={!naar}
              onClick={() => setBevestigen(true)}
            >
              Fuseren
            </Button>
          )}{' '}
          <Button
            buttonStyle="secondary"
            margin={false}
            onClick={() => {
              setOpen(false)
              setBevestigen(false)
            }}
          >
            Annuleren
          </Button>
          {bevestigen && (
            <div role="alertdialog" aria-labelledby="za-fusie-vraag">
              <p id="za-fusie-vraag">
                Weet u het zeker? Deze organisatie gaat op in {naarNaam}. Dit kunt u niet ongedaan
                maken.
              </p>
              <Button buttonStyle="primary" margin={false} disabled={bezig} onClick={fuseer}>
                Ja, fuseren
              </Button>
            </div>
          )}
          {fout && <p role="alert">{fout}</p>}
        </div>
      )}
    </div>
  )
}
