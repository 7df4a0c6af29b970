'use client'
/**
 * /admin/contracten-beheren (issue 11 §2, seed 001): the organisations of the editor's zorgkantoor
 * with a filter (name, AGB code, type, contract status, year, region), this zorgkantoor's status
 * for the year, the flag "Geen contract <this year>", and the bulk action that sets the status of
 * the selected or of all filtered organisations at once (POST /api/contracten/bulk). Setting this
 * year's status to "Niet gecontracteerd" asks whether to take the zorgkantoor off too (§1.2).
 * Also: the group (concern) filter, "Jaar {n} vullen vanuit {n-1}" (last year's contracts as
 * proposals to review, POST /api/contracten/overnemen), proposals marked and filterable, and the
 * zorgkantoor's own notes.
 */
import { Button, useAuth } from '@payloadcms/ui'
import '../shared/beheer.css'
import React, { useCallback, useEffect, useMemo, useState } from 'react'
import {
  CONTRACT_STATUSSEN,
  CONTRACT_STATUS_LABELS,
  overnameLabel,
  type ContractStatus,
} from '../../domain/contract'
import type { BulkAntwoord, OvernameAntwoord, OverzichtAntwoord } from '../../workflow/contracten'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'

const TYPES: Record<string, string> = {
  zorgaanbieder: 'Zorgaanbieder',
  oco: 'OCO',
  'pgb-initiatief': 'PGB-initiatief',
}

interface Filter {
  naam: string
  agbCode: string
  type: string
  contractStatus: string
  regio: string
  groep: string
  teControleren: string
  jaar: string
  zorgkantoor: string
}

type Melding = { soort: 'ok' | 'fout'; tekst: string }

const LEEG: Filter = {
  naam: '',
  agbCode: '',
  type: '',
  contractStatus: '',
  regio: '',
  groep: '',
  teControleren: '',
  jaar: '',
  zorgkantoor: '',
}

function query(filter: Filter): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(filter)) if (v.trim()) q.set(k, v.trim())
  return q.toString()
}

/** The filter as the bulk endpoint takes it (no year or zorgkantoor: those are separate). */
function bulkFilter(filter: Filter) {
  const uit: Record<string, string | boolean> = {}
  for (const k of ['naam', 'agbCode', 'type', 'contractStatus', 'regio', 'groep'] as const) {
    if (filter[k].trim()) uit[k] = filter[k].trim()
  }
  if (filter.teControleren === 'ja') uit.teControleren = true
  return uit
}

export const ContractBeheer: React.FC = () => {
  const { user } = useAuth<{
    rol?: string
    zorgkantoor?: number | string | { id: number } | null
  }>()
  const beheerder = user?.rol === 'beheerder'
  const eigenZk = typeof user?.zorgkantoor === 'object' ? user?.zorgkantoor?.id : user?.zorgkantoor
  const [regios, setRegios] = useState<string[]>([])
  const [invoer, setInvoer] = useState<Filter>(LEEG)
  const [filter, setFilter] = useState<Filter>(LEEG)
  const [data, setData] = useState<OverzichtAntwoord | null>(null)
  const [fout, setFout] = useState<string | null>(null)
  const [gekozen, setGekozen] = useState<Set<string>>(new Set())
  const [status, setStatus] = useState<ContractStatus>('volledig')
  const [vraag, setVraag] = useState<{ wat: 'selectie' | 'filter' } | null>(null)
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)
  const [zorgkantoren, setZorgkantoren] = useState<{ id: string; naam: string }[]>([])

  const laad = useCallback(async (f: Filter) => {
    setFout(null)
    try {
      const { ok, data: antwoord } = await api<OverzichtAntwoord>(
        `/api/contracten/overzicht?${query(f)}`,
      )
      if (ok) {
        setData(antwoord)
        setGekozen(new Set())
      } else setFout(tekstVan(antwoord, 'De organisaties konden niet worden geladen.'))
    } catch {
      setFout(GEEN_VERBINDING)
    }
  }, [])

  useEffect(() => {
    void laad(filter)
  }, [filter, laad])

  useEffect(() => {
    // A beheerder works for any zorgkantoor; an editor always for their own.
    if (!beheerder) return
    api<{ docs: { id: number; naam: string }[] }>('/api/zorgkantoren?limit=100&depth=0&sort=naam')
      .then(({ ok, data: d }) =>
        ok ? setZorgkantoren(d.docs.map((z) => ({ id: String(z.id), naam: z.naam }))) : undefined,
      )
      .catch(() => undefined)
  }, [beheerder])

  useEffect(() => {
    // Suggestions for the region filter: the zorgkantoorregio's of the zorgkantoor(en).
    const url = beheerder
      ? '/api/zorgkantoren?limit=100&depth=0'
      : eigenZk
        ? `/api/zorgkantoren?limit=1&depth=0&where[id][equals]=${eigenZk}`
        : null
    if (!url) return
    api<{ docs: { regios?: { naam: string }[] | null }[] }>(url)
      .then(({ ok, data: d }) => {
        if (!ok) return
        const namen = d.docs.flatMap((z) => (z.regios ?? []).map((r) => r.naam))
        setRegios([...new Set(namen)].sort((a, b) => a.localeCompare(b, 'nl')))
      })
      .catch(() => undefined) // suggestions only; typing the region still works
  }, [beheerder, eigenZk])

  const jaar = data?.jaar
  const huidigJaar = data?.huidigJaar
  const rijen = data?.organisaties ?? []
  const alleGekozen = rijen.length > 0 && rijen.every((r) => gekozen.has(r.id))
  const zkNaam = data?.zorgkantoor?.naam

  const zet = (k: keyof Filter) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setInvoer((f) => ({ ...f, [k]: e.target.value }))

  const toepassen = (wat: 'selectie' | 'filter') => {
    setMelding(null)
    if (status === 'niet' && jaar === huidigJaar) setVraag({ wat })
    else void voerUit(wat, false)
  }

  const voerUit = async (wat: 'selectie' | 'filter', verwijderZorgkantoor: boolean) => {
    if (!jaar) return
    setVraag(null)
    setBezig(true)
    try {
      const body = {
        jaar,
        status,
        ...(filter.zorgkantoor ? { zorgkantoor: filter.zorgkantoor } : {}),
        ...(wat === 'selectie' ? { organisaties: [...gekozen] } : { filter: bulkFilter(filter) }),
        ...(verwijderZorgkantoor ? { verwijderZorgkantoor: true } : {}),
      }
      const { ok, data: antwoord } = await api<BulkAntwoord>('/api/contracten/bulk', {
        method: 'POST',
        body: JSON.stringify(body),
      })
      if (!ok) {
        setMelding({ soort: 'fout', tekst: tekstVan(antwoord, 'De contractstatus is niet gezet.') })
        return
      }
      const delen = [
        `Contractstatus ${CONTRACT_STATUS_LABELS[status].toLowerCase()} gezet voor ${antwoord.organisaties} organisatie(s) in ${antwoord.jaar}.`,
      ]
      if (antwoord.zorgkantoorVerwijderd)
        delen.push(
          `Bij ${antwoord.zorgkantoorVerwijderd} organisatie(s) is uw zorgkantoor weggehaald.`,
        )
      if (antwoord.organisatiesVerwijderd)
        delen.push(
          `${antwoord.organisatiesVerwijderd} organisatie(s) zonder zorgkantoor zijn verwijderd.`,
        )
      setMelding({ soort: 'ok', tekst: delen.join(' ') })
      await laad(filter)
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  const overnemen = async () => {
    if (!jaar) return
    setMelding(null)
    setBezig(true)
    try {
      const { ok, data: antwoord } = await api<OvernameAntwoord>('/api/contracten/overnemen', {
        method: 'POST',
        body: JSON.stringify({
          jaar,
          ...(filter.zorgkantoor ? { zorgkantoor: filter.zorgkantoor } : {}),
        }),
      })
      if (!ok) {
        setMelding({ soort: 'fout', tekst: tekstVan(antwoord, 'Het jaar is niet gevuld.') })
        return
      }
      const delen = [
        `${antwoord.overgenomen} contract(en) uit ${antwoord.vanJaar} overgenomen als voorstel voor ${antwoord.jaar}. Controleer ze en zet de status.`,
      ]
      if (antwoord.alVastgelegd)
        delen.push(`${antwoord.alVastgelegd} organisatie(s) hadden al een contract en bleven zo.`)
      setMelding({ soort: 'ok', tekst: delen.join(' ') })
      await laad(filter)
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  const aantalGeenContract = useMemo(() => rijen.filter((r) => r.geenContract).length, [rijen])
  const aantalVoorstel = useMemo(() => rijen.filter((r) => r.voorstel).length, [rijen])

  return (
    <section className="za-contracten" aria-labelledby="za-contracten-titel">
      <h1 id="za-contracten-titel">Contracten beheren</h1>
      <p>
        Zoek organisaties en zet de contractstatus van {zkNaam ?? 'een zorgkantoor'} voor een jaar.
        Kies organisaties met het vinkje, of pas de status toe op alle organisaties die het filter
        vindt.
      </p>

      <form
        className="za-contracten__filter"
        aria-label="Filter"
        onSubmit={(e) => {
          e.preventDefault()
          setFilter(invoer)
        }}
      >
        <label>
          Naam
          <input value={invoer.naam} onChange={zet('naam')} />
        </label>
        <label>
          AGB-code van een locatie
          <input value={invoer.agbCode} onChange={zet('agbCode')} inputMode="numeric" />
        </label>
        <label>
          Soort organisatie
          <select value={invoer.type} onChange={zet('type')}>
            <option value="">Alle</option>
            {Object.entries(TYPES).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          Contractstatus
          <select value={invoer.contractStatus} onChange={zet('contractStatus')}>
            <option value="">Alle</option>
            {CONTRACT_STATUSSEN.map((s) => (
              <option key={s} value={s}>
                {CONTRACT_STATUS_LABELS[s]}
              </option>
            ))}
            <option value="geen">Nog niets vastgelegd</option>
          </select>
        </label>
        <label>
          Jaar
          <input
            value={invoer.jaar}
            onChange={zet('jaar')}
            inputMode="numeric"
            placeholder={String(huidigJaar ?? '')}
          />
        </label>
        <label>
          Zorgkantoorregio
          <input value={invoer.regio} onChange={zet('regio')} list="za-regios" />
          <datalist id="za-regios">
            {regios.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </label>
        <label>
          Groep
          <select value={invoer.groep} onChange={zet('groep')}>
            <option value="">Alle</option>
            {(data?.groepen ?? []).map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={invoer.teControleren === 'ja'}
            onChange={(e) =>
              setInvoer((f) => ({ ...f, teControleren: e.target.checked ? 'ja' : '' }))
            }
          />{' '}
          Alleen voorstellen die u nog moet controleren
        </label>
        {beheerder && zorgkantoren.length > 0 && (
          <label>
            Zorgkantoor
            <select value={invoer.zorgkantoor} onChange={zet('zorgkantoor')}>
              <option value="">Alle (alleen bekijken)</option>
              {zorgkantoren.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.naam}
                </option>
              ))}
            </select>
          </label>
        )}
        <Button buttonStyle="secondary" margin={false} type="submit">
          Zoeken
        </Button>
      </form>

      {fout && <p role="alert">{fout}</p>}
      {!fout && !data && <p aria-busy="true">Organisaties laden…</p>}

      {data && (
        <>
          <p role="status">
            {rijen.length} organisatie(s) gevonden
            {aantalGeenContract > 0 &&
              `; ${aantalGeenContract} zonder contract in ${huidigJaar}. Het zorgkantoor haalt een organisatie weg die niet meer gecontracteerd is.`}
            {aantalVoorstel > 0 &&
              ` ${aantalVoorstel} contract(en) zijn een voorstel uit ${(jaar ?? 0) - 1}: controleer ze en zet de status.`}
          </p>
          {data.zorgkantoor && jaar && (
            <p>
              <Button buttonStyle="secondary" margin={false} disabled={bezig} onClick={overnemen}>
                {overnameLabel(jaar)}
              </Button>{' '}
              <span className="za-hint">
                Neemt de contracten van {zkNaam} uit {jaar - 1} over als voorstel. Een contract dat
                al is vastgelegd voor {jaar} blijft zoals het is.
              </span>
            </p>
          )}
          {data.zorgkantoor && (
            <div className="za-contracten__bulk" role="group" aria-label="Contractstatus zetten">
              <label>
                Nieuwe contractstatus voor {jaar}
                <select
                  value={status}
                  onChange={(e) => setStatus(e.target.value as ContractStatus)}
                >
                  {CONTRACT_STATUSSEN.map((s) => (
                    <option key={s} value={s}>
                      {CONTRACT_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </label>
              <Button
                buttonStyle="primary"
                margin={false}
                disabled={bezig || gekozen.size === 0}
                onClick={() => toepassen('selectie')}
              >
                {`Toepassen op gekozen (${gekozen.size})`}
              </Button>
              <Button
                buttonStyle="secondary"
                margin={false}
                disabled={bezig || rijen.length === 0}
                onClick={() => toepassen('filter')}
              >
                {`Toepassen op alle gevonden (${rijen.length})`}
              </Button>
            </div>
          )}
          {vraag && (
            <div className="za-melding" role="alertdialog" aria-labelledby="za-niet-vraag">
              <p id="za-niet-vraag">
                U zet de status op Niet gecontracteerd voor {jaar}. Wilt u ook {zkNaam} weghalen bij
                deze organisaties? Een organisatie zonder ander zorgkantoor wordt dan verwijderd,
                met haar locaties. Dat kunt u niet ongedaan maken.
              </p>
              <Button buttonStyle="primary" margin={false} onClick={() => voerUit(vraag.wat, true)}>
                Ja, zorgkantoor weghalen
              </Button>{' '}
              <Button
                buttonStyle="secondary"
                margin={false}
                onClick={() => voerUit(vraag.wat, false)}
              >
                Nee, alleen de status
              </Button>{' '}
              <Button buttonStyle="secondary" margin={false} onClick={() => setVraag(null)}>
                Annuleren
              </Button>
            </div>
          )}
          {melding && (
            <p role={melding.soort === 'fout' ? 'alert' : 'status'} className="za-melding">
              {melding.tekst}
            </p>
          )}
          <div className="za-tabel-wrap">
            <table className="za-tabel">
              <caption className="za-visually-hidden">Organisaties en hun contractstatus</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Alle organisaties kiezen"
                      checked={alleGekozen}
                      onChange={() =>
                        setGekozen(alleGekozen ? new Set() : new Set(rijen.map((r) => r.id)))
                      }
                    />
                  </th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">NZa-code</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Zorgkantoren</th>
                  <th scope="col">Groep</th>
                  <th scope="col">Contract {jaar}</th>
                  <th scope="col">Opmerkingen</th>
                </tr>
              </thead>
              <tbody>
                {rijen.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${r.naam} kiezen`}
                        checked={gekozen.has(r.id)}
                        onChange={() =>
                          setGekozen((g) => {
                            const n = new Set(g)
                            if (n.has(r.id)) n.delete(r.id)
                            else n.add(r.id)
                            return n
                          })
                        }
                      />
                    </td>
                    <th scope="row">
                      <a href={`/admin/collections/organisaties/${r.id}`}>{r.naam}</a>
                      {r.geenContract && (
                        <span className="za-badge za-badge--waarschuwing">
                          {' '}
                          Geen contract {huidigJaar}
                        </span>
                      )}
                    </th>
                    <td>{r.nzaCode}</td>
                    <td>{TYPES[r.type] ?? r.type}</td>
                    <td>{r.zorgkantoren.join(', ')}</td>
                    <td>{r.groep ?? ''}</td>
                    <td>
                      {r.status ? CONTRACT_STATUS_LABELS[r.status] : 'Nog niets vastgelegd'}
                      {r.voorstel && (
                        <span className="za-badge za-badge--open"> Voorstel, nog controleren</span>
                      )}
                    </td>
                    <td>
                      {r.opmerkingen ?? ''}
                      {r.contract && (
                        <>
                          {' '}
                          <a
                            href={`/admin/collections/contracten/${r.contract}`}
                            aria-label={`Contract van ${r.naam} openen`}
                          >
                            {r.opmerkingen ? 'Wijzigen' : 'Opmerking toevoegen'}
                          </a>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
