/**
 * "Geschiedenis" tab of an organisation: every entry of the audit log about it, its
 * locations, care offers and change requests — who, when, what, and old → new. Read as the logged-in
 * user, so only editors of a contracting zorgkantoor and beheerders see it.
 */
import type { DocumentViewServerProps } from 'payload'
import React from 'react'
import { Gutter } from '@payloadcms/ui'
import { mayApprove } from '../../domain/roles'
import type { Veldverschil } from '../../domain/verschillen'
import '../shared/beheer.css'
import './beoordelen.css'

const tijd = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  })

const waarde = (v: Veldverschil, kant: 'oud' | 'nieuw'): string => {
  const w = v[kant]
  if (w === null) return '(leeg)'
  if (Array.isArray(w)) {
    if (!w.length) return '(leeg)'
    return w.map((x) => (typeof x === 'string' ? x : x.alt || `foto ${x.id}`)).join(', ')
  }
  return w
}

export async function GeschiedenisView(props: DocumentViewServerProps) {
  const { initPageResult } = props
  const { req } = initPageResult
  const id = initPageResult.docID ?? (props.doc as { id?: string | number } | undefined)?.id
  const user = req.user && req.user.collection === 'users' ? req.user : null
  // Only the zorgkantoor and beheerders read the log (the tab is hidden for others).
  const found =
    id === undefined || !mayApprove(user)
      ? null
      : await req.payload.find({
          collection: 'audit-log',
          where: { organisatieId: { equals: String(id) } },
          sort: '-createdAt',
          limit: 200,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })

  return (
    <Gutter className="za-beoordelen za-geschiedenis">
      <h2>Geschiedenis</h2>
      {!found ? (
        <p>De geschiedenis is alleen te zien voor het zorgkantoor en de beheerder.</p>
      ) : found.docs.length === 0 ? (
        <p>Er staat nog niets in de geschiedenis van deze organisatie.</p>
      ) : (
        <>
          <p>
            Alles wat er met deze organisatie, haar locaties en zorgaanbod is gebeurd: wie, wanneer
            en wat er veranderde. De nieuwste staat bovenaan
            {found.totalDocs > found.docs.length ? ` (de laatste ${found.docs.length})` : ''}.
          </p>
          <ol>
            {found.docs.map((e) => {
              const wijzigingen = (
                Array.isArray(e.wijzigingen) ? e.wijzigingen : []
              ) as Veldverschil[]
              return (
                <li key={String(e.id)}>
                  <div>
                    <time dateTime={e.createdAt}>{tijd(e.createdAt)}</time> ·{' '}
                    <strong>{e.gebruikerNaam}</strong>
                    {e.gebruikerRol ? <span className="za-hint"> ({e.gebruikerRol})</span> : null}
                  </div>
                  <div>{e.samenvatting}</div>
                  {e.toelichting && <div className="za-hint">{e.toelichting}</div>}
                  {wijzigingen.length > 0 && (
                    <details>
                      <summary>
                        {wijzigingen.length} {wijzigingen.length === 1 ? 'gegeven' : 'gegevens'}{' '}
                        gewijzigd
                      </summary>
                      <table className="za-verschillen">
                        <thead>
                          <tr>
                            <th scope="col">Gegeven</th>
                            <th scope="col">Was</th>
                            <th scope="col">Wordt</th>
                          </tr>
                        </thead>
                        <tbody>
                          {wijzigingen.map((v) => (
                            <tr key={v.veld}>
                              <th scope="row">{v.label}</th>
                              <td>{waarde(v, 'oud')}</td>
                              <td>{waarde(v, 'nieuw')}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  )}
                </li>
              )
            })}
          </ol>
        </>
      )}
    </Gutter>
  )
}
