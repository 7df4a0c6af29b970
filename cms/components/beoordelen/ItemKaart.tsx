'use client'
/**
 * One record of a change as a card: what kind of change (new, changed, removal), and only the
 * changed fields, old → new (new records in full). The review desk and the send overview show it.
 */
import Link from 'next/link'
import React from 'react'
import type { ItemSoort } from '../../domain/verschillen'
import type { ItemVerschil } from '../../queries/verschillen'
import { Waarde } from './weergave'

export const COLLECTIE_LABELS: Record<ItemVerschil['collectie'], string> = {
  organisaties: 'Organisatie',
  locaties: 'Locatie',
  zorgaanbod: 'Zorgaanbod',
}

const ADMIN_PAD: Record<ItemVerschil['collectie'], string> = {
  organisaties: 'organisaties',
  locaties: 'locaties',
  zorgaanbod: 'zorgaanbod',
}

export const ItemKaart: React.FC<{
  item: ItemVerschil
  labels: Record<ItemSoort, string>
  /** who reads it: the editor reviewing, or the provider checking before sending */
  lezer?: 'redacteur' | 'aanbieder'
  /** heading level of the card (default 3) */
  kop?: 'h3' | 'h4' | 'h5'
}> = ({ item, labels, lezer = 'redacteur', kop: Kop = 'h3' }) => {
  const kopId = `za-item-${item.collectie}-${item.id}`
  const nieuw = item.soort === 'nieuw'
  return (
    <section className={`za-item za-item--${item.soort}`} aria-labelledby={kopId}>
      <Kop id={kopId}>
        <span className={`za-soort za-soort--${item.soort}`}>{labels[item.soort]}</span>
        <span>
          {COLLECTIE_LABELS[item.collectie]}: {item.titel}
        </span>
      </Kop>
      {item.soort === 'verwijderd' && (
        <p>
          <strong>
            {lezer === 'aanbieder' ? 'U vraagt' : 'De zorgaanbieder vraagt'}{' '}
            {item.collectie === 'zorgaanbod' ? 'dit' : 'deze'}{' '}
            {COLLECTIE_LABELS[item.collectie].toLowerCase()} te verwijderen.
          </strong>{' '}
          {lezer === 'aanbieder' ? 'Als het zorgkantoor goedkeurt' : 'Als u goedkeurt'}, verdwijnt{' '}
          {item.collectie === 'zorgaanbod' ? 'dit aanbod' : 'deze'} uit de Zorgatlas.
        </p>
      )}
      {item.soort === 'gewijzigd' && item.velden.length === 0 && (
        <p className="za-hint">Geen gegevens gewijzigd.</p>
      )}
      {item.velden.length > 0 && (
        <table className="za-verschillen">
          <caption className="za-visually-hidden">
            {nieuw ? 'Gegevens van het nieuwe item' : 'Gewijzigde gegevens, oud en nieuw'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Gegeven</th>
              {!nieuw && <th scope="col">Was</th>}
              <th scope="col">{nieuw ? 'Nieuw' : 'Wordt'}</th>
            </tr>
          </thead>
          <tbody>
            {item.velden.map((v) => (
              <tr key={v.veld}>
                <th scope="row">{v.label}</th>
                {!nieuw && (
                  <td>
                    <Waarde verschil={v} kant="oud" />
                  </td>
                )}
                <td>
                  <Waarde verschil={v} kant="nieuw" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.soort !== 'verwijderd' && (
        <p className="za-hint">
          <Link href={`/admin/collections/${ADMIN_PAD[item.collectie]}/${item.id}`}>
            Open {COLLECTIE_LABELS[item.collectie].toLowerCase()} in het beheer
          </Link>
        </p>
      )}
    </section>
  )
}
