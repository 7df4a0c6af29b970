'use client'
/**
 * The worker's jobs that failed for good (GET /api/taken/mislukt), oldest failure first: what the
 * job was for (the locations of an index job, the subject of an e-mail — never its address or
 * text), when its last try failed, how often it was tried and its last error. "Opnieuw proberen"
 * puts it back in the worker's queue with a fresh set of tries; "Verwijderen" (after a
 * confirmation) removes a job that can never succeed. Both are in the audit trail.
 */
import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import '../shared/beheer.css'
import '../beoordelen/beoordelen.css'
import './taken.css'
import type { MislukteTaak, MislukteTakenAntwoord, OpnieuwAntwoord } from '../../domain/taken'
import { datumTijd } from '../beoordelen/weergave'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'
import { MeldingTekst, type Melding } from '../shared/Melding'

const MAX_LOCATIES = 10

const Waarover: React.FC<{ taak: MislukteTaak }> = ({ taak }) => {
  if (taak.onderwerp !== undefined) return <>E-mail: “{taak.onderwerp}”</>
  if (taak.locaties) {
    const namen = taak.locaties.map((l) =>
      l.naam ? `${l.naam} (${l.id})` : `locatie ${l.id} (bestaat niet meer)`,
    )
    const meer = namen.length - MAX_LOCATIES
    return (
      <>
        {namen.length === 1 ? 'Locatie: ' : `${namen.length} locaties: `}
        {namen.slice(0, MAX_LOCATIES).join(', ')}
        {meer > 0 ? ` en ${meer} meer` : ''}
        {taak.labels ? '; en de namen van de keuzelijsten op de site' : ''}
      </>
    )
  }
  if (taak.reden !== undefined) return <>Reden: {taak.reden}</>
  return <>–</>
}

const Rij: React.FC<{
  taak: MislukteTaak
  bezig: boolean
  opnieuw: (taak: MislukteTaak) => void
  verwijder: (taak: MislukteTaak) => void
}> = ({ taak, bezig, opnieuw, verwijder }) => {
  const { openModal } = useModal()
  const modalSlug = `za-taak-verwijderen-${taak.id}`
  return (
    <tr>
      <th scope="row">{taak.naam}</th>
      <td>
        <Waarover taak={taak} />
      </td>
      <td>{datumTijd(taak.misluktOp)}</td>
      <td>{taak.pogingen}</td>
      <td className="za-taak-fout">{taak.fout}</td>
      <td>
        <div className="za-taak-acties">
          <Button
            buttonStyle="primary"
            disabled={bezig}
            onClick={() => opnieuw(taak)}
            margin={false}
          >
            Opnieuw proberen
          </Button>
          <Button
            buttonStyle="secondary"
            className="za-knop--verwijder"
            disabled={bezig}
            onClick={() => openModal(modalSlug)}
            margin={false}
          >
            Verwijderen
          </Button>
        </div>
        <ConfirmationModal
          modalSlug={modalSlug}
          heading="Weet u zeker dat u deze taak wilt verwijderen?"
          body={
            <p>
              De taak “{taak.naam}” wordt niet meer uitgevoerd
              {taak.onderwerp !== undefined ? ': de e-mail wordt niet verstuurd' : ''}. Doe dit
              alleen als hij nooit kan lukken. Kan het later wel lukken, kies dan “Opnieuw
              proberen”.
            </p>
          }
          confirmLabel="Verwijderen"
          confirmingLabel="Bezig met verwijderen…"
          cancelLabel="Annuleren"
          onConfirm={() => verwijder(taak)}
        />
      </td>
    </tr>
  )
}

export const MislukteTaken: React.FC = () => {
  const [data, setData] = useState<MislukteTakenAntwoord | null>(null)
  const [laadFout, setLaadFout] = useState<string | null>(null)
  const [melding, setMelding] = useState<Melding | null>(null)
  const [bezig, setBezig] = useState(false)

  const laad = useCallback(async () => {
    try {
      const { ok, data: antwoord } = await api<MislukteTakenAntwoord>('/api/taken/mislukt')
      if (ok) {
        setData(antwoord)
        setLaadFout(null)
      } else
        setLaadFout(
          tekstVan(antwoord, 'De mislukte taken konden niet worden geladen. Ververs de pagina.'),
        )
    } catch {
      setLaadFout(GEEN_VERBINDING)
    }
  }, [])

  useEffect(() => {
    void laad()
  }, [laad])

  async function actie(taak: MislukteTaak, init: RequestInit, foutTekst: string) {
    setBezig(true)
    setMelding(null)
    try {
      const { ok, data: antwoord } = await api<OpnieuwAntwoord>(
        `/api/taken/${taak.id}${init.method === 'POST' ? '/opnieuw' : ''}`,
        init,
      )
      setMelding(
        ok
          ? { soort: 'ok', tekst: `${taak.naam}: ${antwoord.message}` }
          : { soort: 'fout', tekst: tekstVan(antwoord, foutTekst) },
      )
      await laad()
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  const opnieuw = (taak: MislukteTaak) =>
    actie(
      taak,
      { method: 'POST', body: '{}' },
      'Opnieuw proberen lukte niet. Probeer het later opnieuw.',
    )
  const verwijder = (taak: MislukteTaak) =>
    actie(taak, { method: 'DELETE' }, 'Verwijderen lukte niet. Probeer het later opnieuw.')

  return (
    <section className="za-beoordelen za-taken" aria-labelledby="za-taken-titel">
      <h1 id="za-taken-titel">Mislukte taken</h1>
      <p>
        Taken van de worker die ook na alle nieuwe pogingen niet lukten: een e-mail die niet is
        verstuurd, of een wijziging die niet in de zoekindex van de site is gekomen. Is de oorzaak
        opgelost (de mailserver of de zoekmachine werkt weer), kies dan “Opnieuw proberen”. Zolang
        er een mislukte taak is, meldt de statuscontrole (/api/health) “degraded”.
      </p>
      {melding && <MeldingTekst melding={melding} />}
      {laadFout && <p role="alert">{laadFout}</p>}
      {!laadFout && !data && <p aria-busy="true">De mislukte taken laden…</p>}
      {data && data.taken.length === 0 && <p role="status">Er zijn geen mislukte taken.</p>}
      {data && data.taken.length > 0 && (
        <>
          <p role="status">
            {data.aantal === 1 ? '1 mislukte taak' : `${data.aantal} mislukte taken`}
            {data.aantal > data.taken.length ? ` (de oudste ${data.taken.length} staan hier)` : ''}.
          </p>
          <div className="za-tabel-wrap">
            <table className="za-tabel za-wachtrij">
              <caption className="za-visually-hidden">Mislukte taken, de oudste eerst</caption>
              <thead>
                <tr>
                  <th scope="col">Taak</th>
                  <th scope="col">Waarover</th>
                  <th scope="col">Mislukt op</th>
                  <th scope="col">Pogingen</th>
                  <th scope="col">Laatste fout</th>
                  <th scope="col">Actie</th>
                </tr>
              </thead>
              <tbody>
                {data.taken.map((taak) => (
                  <Rij
                    key={taak.id}
                    taak={taak}
                    bezig={bezig}
                    opnieuw={opnieuw}
                    verwijder={verwijder}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
