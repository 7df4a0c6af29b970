'use client'
/**
 * A change request as people read it: the organisation, what happened when and by whom (names and
 * dd-mm-jjjj dates, never ids), the reason of a rejection, and the sent items by name with the
 * manual's status they had. The items' names are read as the viewer, who may read them (their own
 * organisation); an item removed since is said so.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import Link from 'next/link'
import './shared/beheer.css'
import React, { useEffect, useState } from 'react'
import { datumTijd } from '../domain/datum'
import { STATUS_LABELS, type SentItem } from '../domain/workflow'
import type { Wijzigingsverzoek } from '../payload-types'
import { api, idVan } from './shared/api'

const ADMIN = '/admin/collections'

const SOORT: Record<SentItem['collection'], { label: string; titel: string }> = {
  organisaties: { label: 'Organisatie', titel: 'naam' },
  locaties: { label: 'Locatie', titel: 'volledigeNaam' },
  zorgaanbod: { label: 'Zorgaanbod', titel: 'titel' },
}

const VERZOEK_STATUS: Record<Wijzigingsverzoek['status'], string> = {
  'in-behandeling': 'In behandeling',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
}

const isSentItem = (value: unknown): value is SentItem =>
  typeof value === 'object' &&
  value !== null &&
  'collection' in value &&
  typeof value.collection === 'string' &&
  value.collection in SOORT &&
  'id' in value

/** Names of the sent items, per collection and id; null while loading. */
function useNamen(items: SentItem[]): Map<string, string> | null {
  const [namen, setNamen] = useState<Map<string, string> | null>(null)
  const sleutel = items.map((i) => `${i.collection}:${i.id}`).join(',')
  useEffect(() => {
    let actief = true
    const perSoort = new Map<SentItem['collection'], string[]>()
    for (const item of items) {
      perSoort.set(item.collection, [...(perSoort.get(item.collection) ?? []), String(item.id)])
    }
    Promise.all(
      [...perSoort].map(async ([collection, ids]) => {
        const veld = SOORT[collection].titel
        const query = new URLSearchParams({
          'where[id][in]': ids.join(','),
          draft: 'true',
          depth: '0',
          limit: String(ids.length),
          [`select[${veld}]`]: 'true',
        })
        const { ok, data } = await api<{ docs?: Record<string, unknown>[] }>(
          `/api/${collection}?${query.toString()}`,
        )
        return ok
          ? (data.docs ?? []).map(
              (doc) => [`${collection}:${String(doc.id)}`, String(doc[veld] ?? '')] as const,
            )
          : []
      }),
    )
      .then((lijsten) => actief && setNamen(new Map(lijsten.flat())))
      // Deliberate: without names the items are still listed, as "niet meer te vinden".
      .catch(() => actief && setNamen(new Map()))
    return () => {
      actief = false
    }
    // `sleutel` stands for `items`: a new array with the same items must not load again.
  }, [sleutel])
  return namen
}

export const WijzigingsverzoekOverzicht: React.FC = () => {
  const { data } = useDocumentInfo()
  const verzoek = data as Partial<Wijzigingsverzoek> | undefined
  const items = (Array.isArray(verzoek?.items) ? verzoek.items : []).filter(isSentItem)
  const namen = useNamen(items)
  if (!verzoek) return null

  const organisatieId = idVan(verzoek.organisatie)
  const status = verzoek.status ? VERZOEK_STATUS[verzoek.status] : ''

  return (
    <section className="za-paneel za-verzoek" aria-labelledby="za-verzoek-titel">
      <h2 id="za-verzoek-titel" className="za-paneel__titel">
        Wijzigingsverzoek
      </h2>
      <dl className="za-gegevens">
        <dt>Organisatie</dt>
        <dd>
          {organisatieId ? (
            <Link href={`${ADMIN}/organisaties/${organisatieId}`}>{verzoek.organisatieNaam}</Link>
          ) : (
            <>
              {verzoek.organisatieNaam || 'Onbekend'}{' '}
              <span className="za-hint">(deze organisatie is verwijderd)</span>
            </>
          )}
        </dd>
        <dt>Status</dt>
        <dd>
          <span className={`za-badge za-badge--${verzoek.status ?? 'onbekend'}`}>{status}</span>
        </dd>
        <dt>Verstuurd</dt>
        <dd>
          {datumTijd(verzoek.verstuurdOp) || 'Onbekend'}
          {verzoek.verstuurdDoorNaam && <> door {verzoek.verstuurdDoorNaam}</>}
        </dd>
        {verzoek.status !== 'in-behandeling' && (
          <>
            <dt>{verzoek.status === 'afgewezen' ? 'Afgewezen' : 'Goedgekeurd'}</dt>
            <dd>
              {datumTijd(verzoek.afgehandeldOp) || 'Onbekend'}
              {verzoek.afgehandeldDoorNaam && (
                <>
                  {' '}
                  door {verzoek.afgehandeldDoorNaam}
                  {verzoek.beoordeeldNamens && ` (${verzoek.beoordeeldNamens})`}
                </>
              )}
            </dd>
          </>
        )}
        {verzoek.reden && (
          <>
            <dt>Reden van afwijzing</dt>
            <dd className="za-gegevens__tekst">{verzoek.reden}</dd>
          </>
        )}
      </dl>

      <h3 className="za-paneel__tussenkop">Verstuurde onderdelen ({items.length})</h3>
      {namen === null ? (
        <p aria-busy="true">Onderdelen laden…</p>
      ) : (
        <ul className="za-lijst">
          {items.map((item) => {
            const naam = namen.get(`${item.collection}:${item.id}`)
            return (
              <li key={`${item.collection}-${item.id}`}>
                {SOORT[item.collection].label}{' '}
                {naam ? (
                  <Link href={`${ADMIN}/${item.collection}/${item.id}`}>{naam}</Link>
                ) : (
                  <span className="za-hint">(niet meer te vinden, bijvoorbeeld verwijderd)</span>
                )}
                {' – '}
                {STATUS_LABELS[item.vorigeStatus] ?? item.vorigeStatus}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
