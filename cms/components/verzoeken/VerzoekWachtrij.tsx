'use client'
/**
 * The requests of providers (problems, new options, access) that wait for this editor's zorgkantoor
 * (a beheerder: all), oldest first, from GET /api/verzoeken/wachtrij; next to the change requests.
 */
import Link from 'next/link'
import '../shared/beheer.css'
import '../beoordelen/beoordelen.css'
import React from 'react'
import type { VerzoekWachtrij as WachtrijAntwoord } from '../../workflow/verzoeken'
import { useLaden } from '../shared/useLaden'
import { datum } from '../../domain/datum'
import { datumTijd } from '../beoordelen/weergave'

export const VerzoekWachtrij: React.FC = () => {
  const { data, fout } = useLaden<WachtrijAntwoord>(
    '/api/verzoeken/wachtrij',
    'De verzoeken konden niet worden geladen.',
  )

  return (
    <section className="za-beoordelen" id="verzoeken" aria-labelledby="za-verzoeken-titel">
      <h2 id="za-verzoeken-titel">
        Verzoeken van zorgaanbieders{data ? ` (${data.aantal} open)` : ''}
      </h2>
      <p>
        Problemen, vragen om een nieuwe keuzemogelijkheid en aanvragen voor toegang. Open een
        verzoek om een antwoord te schrijven en de status te zetten.
      </p>
      {fout && <p role="alert">{fout}</p>}
      {!fout && !data && <p aria-busy="true">De verzoeken laden…</p>}
      {data && data.verzoeken.length === 0 && (
        <p role="status">Er wachten geen verzoeken op een antwoord.</p>
      )}
      {data && data.verzoeken.length > 0 && (
        <div className="za-tabel-wrap">
          <table className="za-tabel za-wachtrij">
            <caption className="za-visually-hidden">
              Verzoeken die op een antwoord wachten, de oudste eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Onderwerp</th>
                <th scope="col">Soort</th>
                <th scope="col">Organisatie</th>
                <th scope="col">Verstuurd door</th>
                <th scope="col">Verstuurd op</th>
                <th scope="col">Status</th>
                <th scope="col">Antwoord uiterlijk</th>
              </tr>
            </thead>
            <tbody>
              {data.verzoeken.map((v) => (
                <tr key={String(v.id)}>
                  <th scope="row">
                    <Link href={`/admin/collections/verzoeken/${v.id}`}>{v.onderwerp}</Link>
                  </th>
                  <td>{v.soort}</td>
                  <td>{v.organisatie || '–'}</td>
                  <td>{v.verstuurdDoor}</td>
                  <td>{datumTijd(v.verstuurdOp)}</td>
                  <td>{v.status}</td>
                  <td>{v.antwoordUiterlijk ? datum(v.antwoordUiterlijk) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
