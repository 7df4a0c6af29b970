'use client'
/**
 * The review queue: change requests waiting for this editor's zorgkantoor (a beheerder: all),
 * oldest first, from GET /api/wijzigingsverzoeken/wachtrij.
 */
import Link from 'next/link'
import '../shared/beheer.css'
import './beoordelen.css'
import React from 'react'
import type { Wachtrij as WachtrijAntwoord } from '../../queries/beoordelen'
import { useLaden } from '../shared/useLaden'
import { Aantallen, datumTijd } from './weergave'

export const Wachtrij: React.FC = () => {
  const { data, fout } = useLaden<WachtrijAntwoord>(
    '/api/wijzigingsverzoeken/wachtrij',
    'De wachtrij kon niet worden geladen. Ververs de pagina.',
  )

  return (
    <section className="za-beoordelen" aria-labelledby="za-wachtrij-titel">
      <h1 id="za-wachtrij-titel">Te beoordelen</h1>
      <p>
        Wijzigingen die zorgaanbieders hebben verstuurd en die op uw beoordeling wachten. De oudste
        staat bovenaan. Klik op een wijziging om precies te zien wat er verandert.
      </p>
      {fout && <p role="alert">{fout}</p>}
      {!fout && !data && <p aria-busy="true">De wachtrij laden…</p>}
      {data && data.verzoeken.length === 0 && (
        <p role="status">Er wachten geen wijzigingen op uw beoordeling.</p>
      )}
      {data && data.verzoeken.length > 0 && (
        <div className="za-tabel-wrap">
          <table className="za-tabel za-wachtrij">
            <caption className="za-visually-hidden">
              Wijzigingen die op beoordeling wachten, de oudste eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Organisatie</th>
                <th scope="col">Verstuurd door</th>
                <th scope="col">Verstuurd op</th>
                <th scope="col">Wacht al</th>
                <th scope="col">Onderdelen</th>
              </tr>
            </thead>
            <tbody>
              {data.verzoeken.map((v) => (
                <tr key={String(v.id)}>
                  <th scope="row">
                    <Link href={`/admin/beoordelen/${v.id}`}>{v.organisatie.naam || v.titel}</Link>
                  </th>
                  <td>{v.verstuurdDoor}</td>
                  <td>{datumTijd(v.verstuurdOp)}</td>
                  <td>{v.wachttijd.tekst}</td>
                  <td>
                    <Aantallen aantallen={v.aantallen} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
