'use client'
/**
 * Workflow buttons on an organisation: "Wijziging versturen" for providers (with the overview of
 * what goes, cms/components/versturen), "Goedkeuren" and
 * "Afwijzen" for zorgkantoor editors (with a link to the review screen that shows what changed),
 * and the history of change requests with their outcome and reason. Calls the REST endpoints; the
 * server decides and explains.
 */
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'
import { datumTijd } from '../domain/datum'
import { meldStatusGewijzigd } from './shared/statusGewijzigd'
import { Versturen } from './versturen/Versturen'

type Rol = 'beheerder' | 'zorgkantoor' | 'zorgaanbieder'
type Melding = { soort: 'ok' | 'fout'; tekst: string }
type Verzoek = {
  id: string | number
  status: 'in-behandeling' | 'goedgekeurd' | 'afgewezen'
  reden?: string | null
  verstuurdOp?: string
  afgehandeldOp?: string
  verstuurdDoorNaam?: string | null
  beoordeeldNamens?: string | null
}

const STATUS_TEKST: Record<Verzoek['status'], string> = {
  'in-behandeling': 'In behandeling',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
}

export const WorkflowActies: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ rol?: Rol }>()
  const router = useRouter()
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)
  const [reden, setReden] = useState('')
  const [toonAfwijzen, setToonAfwijzen] = useState(false)
  const [verzoeken, setVerzoeken] = useState<Verzoek[]>([])
  const laatste = verzoeken[0] ?? null

  /** The change requests of this organisation, newest first: open (locked) or how they ended. */
  const laadVerzoek = useCallback(async () => {
    if (!id) return
    // Not knowing the request must show, not pass for "no request": the lock would look open.
    try {
      const res = await fetch(
        `/api/wijzigingsverzoeken?where[organisatie][equals]=${id}&sort=-createdAt&limit=10&depth=0`,
        { credentials: 'include' },
      )
      if (!res.ok) throw new Error(`status ${res.status}`)
      const data = (await res.json()) as { docs: Verzoek[] }
      setVerzoeken(data.docs)
    } catch {
      setVerzoeken([])
      setMelding({
        soort: 'fout',
        tekst: 'We konden niet laden of er een wijziging wacht. Vernieuw de pagina.',
      })
    }
  }, [id])
  useEffect(() => {
    void laadVerzoek()
  }, [laadVerzoek])

  if (!id || !user) return null
  const inBehandeling = laatste?.status === 'in-behandeling'
  const rol = user.rol
  const magVersturen = rol === 'zorgaanbieder' || rol === 'beheerder'
  const magBeoordelen = rol === 'zorgkantoor' || rol === 'beheerder'

  async function actie(pad: 'goedkeuren' | 'afwijzen', body?: unknown) {
    setBezig(true)
    setMelding(null)
    try {
      const res = await fetch(`/api/organisaties/${id}/${pad}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const data = (await res.json().catch(() => ({}))) as {
        bericht?: string
        fout?: string
        velden?: Record<string, string>
      }
      if (res.ok) {
        setMelding({ soort: 'ok', tekst: data.bericht ?? 'Gelukt.' })
        setToonAfwijzen(false)
        await laadVerzoek()
        meldStatusGewijzigd()
        router.refresh()
      } else {
        const veld = data.velden ? Object.values(data.velden)[0] : undefined
        setMelding({
          soort: 'fout',
          tekst: veld ?? data.fout ?? 'Dat lukte niet. Probeer het opnieuw.',
        })
      }
    } catch {
      setMelding({ soort: 'fout', tekst: 'Geen verbinding met de server. Probeer het opnieuw.' })
    } finally {
      setBezig(false)
    }
  }

  return (
    <section className="za-workflow" aria-labelledby="za-workflow-titel">
      <h3 id="za-workflow-titel">Wijzigingen en beoordeling</h3>
      <p>
        {magVersturen && !magBeoordelen
          ? 'Klaar met wijzigen en alles opgeslagen? Verstuur dan uw wijzigingen naar het zorgkantoor. Tot het zorgkantoor uw wijziging heeft afgehandeld, kunt u deze organisatie niet wijzigen.'
          : 'Beoordeel de verstuurde wijzigingen van deze organisatie. Na goedkeuring zijn ze direct zichtbaar in de Zorgatlas.'}
      </p>
      {inBehandeling && (
        <p className="za-workflow__status" role="note">
          <strong>In behandeling</strong> sinds {datumTijd(laatste?.verstuurdOp)}.{' '}
          {magBeoordelen ? (
            <>
              Deze wijziging wacht op uw beoordeling.{' '}
              <a href={`/admin/beoordelen/${laatste?.id}`}>Bekijk precies wat er verandert</a>
            </>
          ) : (
            'U kunt tijdelijk geen wijzigingen doorvoeren, tot het zorgkantoor uw wijziging heeft afgehandeld. Bij vragen neemt het zorgkantoor contact met u op.'
          )}
        </p>
      )}
      {laatste?.status === 'afgewezen' && (
        <p className="za-workflow__status za-workflow__status--afgewezen" role="note">
          <strong>
            {magBeoordelen
              ? 'De laatste wijziging is afgewezen'
              : 'Uw laatste wijziging is afgewezen'}
          </strong>
          {laatste.beoordeeldNamens ? ` door ${laatste.beoordeeldNamens}` : ''} op{' '}
          {datumTijd(laatste.afgehandeldOp)}. Reden: {laatste.reden}
          {magVersturen && !magBeoordelen && (
            <> Pas de gegevens aan en klik daarna weer op &quot;Wijziging versturen&quot;.</>
          )}
        </p>
      )}
      {laatste?.status === 'goedgekeurd' && (
        <p className="za-workflow__status">
          Uw laatste wijziging is goedgekeurd op {datumTijd(laatste.afgehandeldOp)}.
        </p>
      )}
      <div className="za-workflow__actions">
        {magVersturen && !inBehandeling && (
          <Versturen
            organisatieId={id}
            onVerstuurd={async (antwoord) => {
              setMelding({ soort: 'ok', tekst: antwoord.bericht ?? 'Verstuurd.' })
              await laadVerzoek()
            }}
          />
        )}
        {magBeoordelen && inBehandeling && (
          <>
            <Button buttonStyle="primary" disabled={bezig} onClick={() => actie('goedkeuren')}>
              Goedkeuren
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={bezig}
              onClick={() => setToonAfwijzen((v) => !v)}
            >
              Afwijzen
            </Button>
          </>
        )}
      </div>
      {toonAfwijzen && (
        <div className="za-workflow__afwijzen">
          <label htmlFor="za-reden">Reden van afwijzen (de zorgaanbieder ziet deze tekst)</label>
          <textarea
            id="za-reden"
            rows={3}
            value={reden}
            onChange={(e) => setReden(e.target.value)}
            style={{ width: '100%' }}
          />
          <Button
            buttonStyle="primary"
            disabled={bezig}
            onClick={() => actie('afwijzen', { reden })}
          >
            Afwijzing versturen
          </Button>
        </div>
      )}
      {verzoeken.length > 0 && (
        <details className="za-workflow__geschiedenis">
          <summary>Eerdere wijzigingsverzoeken ({verzoeken.length})</summary>
          <ul>
            {verzoeken.map((v) => (
              <li key={String(v.id)}>
                <a href={`/admin/beoordelen/${v.id}`}>Verstuurd op {datumTijd(v.verstuurdOp)}</a>
                {v.verstuurdDoorNaam ? ` door ${v.verstuurdDoorNaam}` : ''}:{' '}
                {STATUS_TEKST[v.status]}
                {v.afgehandeldOp ? ` op ${datumTijd(v.afgehandeldOp)}` : ''}
                {v.status === 'afgewezen' && v.reden ? `. Reden: ${v.reden}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {melding && (
        <p
          role={melding.soort === 'fout' ? 'alert' : 'status'}
          className={`za-workflow__message za-workflow__message--${melding.soort}`}
        >
          {melding.tekst}
        </p>
      )}
    </section>
  )
}
