'use client'
/**
 * Overview at the top of a location: status, whether the public sees it and why not, the lock
 * while a change is in behandeling (§5), completeness, the care offer per woonplaats (§4.1),
 * delete / undo (§6) and copying the care offer to another location (§4.4).
 * Reads GET /api/locaties/:id/overzicht; the server decides every action and explains it.
 */
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import './shared/beheer.css'
import React, { useCallback, useEffect, useState } from 'react'
import { isMelder } from '../domain/capaciteit'
import { MESSAGES } from '../domain/workflow'
import type { LocatieOverzicht as LocatieOverzichtAntwoord } from '../queries/overzicht'
import { nietVoorVerwijdering } from '../domain/zichtbaarheid'
import type { KopieerAntwoord } from '../workflow/kopieren'
import { api, GEEN_VERBINDING, tekstVan, type Id } from './shared/api'
import { StatusLabel } from './shared/StatusLabel'
import { MeldingTekst, type Melding } from './shared/Melding'
import { VerwijderActies } from './shared/VerwijderActies'
import { Volledigheid } from './shared/Volledigheid'
import { WoonplaatsKiezer, type Woonplaats } from './shared/WoonplaatsKiezer'
import { Versturen } from './versturen/Versturen'

/** The answer of GET /api/locaties/:id/overzicht, as the endpoint declares it. */
export type LocatieOverzichtData = LocatieOverzichtAntwoord

const ADMIN = '/admin/collections'

export const LocatieOverzicht: React.FC = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  if (!id) return <NieuweLocatieUitleg />
  // Reload after every save, so status and completeness follow what was just saved.
  return <Overzicht id={id} opgeslagen={lastUpdateTime} />
}

/** Create view: how to fill AGB code and hoofdlocatie (§3.2.1–§3.2.2). */
const NieuweLocatieUitleg: React.FC = () => (
  <section className="za-paneel" aria-labelledby="za-nieuwe-locatie">
    <h3 id="za-nieuwe-locatie">Een locatie toevoegen</h3>
    <ul className="za-lijst">
      <li>
        <b>Heeft de locatie een eigen AGB-code?</b> Vul de 8 cijfers in en zet <i>Hoofdlocatie</i>{' '}
        aan. De locatie krijgt volgnummer 0.
      </li>
      <li>
        <b>Geen eigen AGB-code?</b> Vul de AGB-code van de hoofdlocatie in en zet{' '}
        <i>Hoofdlocatie</i> uit. De locatie krijgt dan automatisch een eigen volgnummer.
      </li>
      <li>Registreer alle locaties, ook die zonder eigen AGB-code.</li>
    </ul>
    <p>
      Klik op <i>Bewaar concept</i> om de locatie op te slaan. Daarna voegt u een woonplaats met
      zorgaanbod toe.
    </p>
  </section>
)

const Overzicht: React.FC<{ id: Id; opgeslagen: number }> = ({ id, opgeslagen }) => {
  const router = useRouter()
  const { user } = useAuth<{ rol?: string }>()
  const melder = isMelder(user as never)
  // Sending is per organisation; the manual puts the button on the location too (§4.2).
  const magVersturen = user?.rol === 'zorgaanbieder' || user?.rol === 'beheerder'
  const [data, setData] = useState<LocatieOverzichtData | null>(null)
  const [laadFout, setLaadFout] = useState<string | null>(null)
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)
  const [toonKopie, setToonKopie] = useState(false)

  const laad = useCallback(async () => {
    try {
      const { ok, data: antwoord } = await api<LocatieOverzichtData>(
        `/api/locaties/${id}/overzicht`,
      )
      if (ok) {
        setData(antwoord)
        setLaadFout(null)
      } else
        setLaadFout(tekstVan(antwoord, 'Het overzicht van deze locatie kon niet worden geladen.'))
    } catch {
      setLaadFout(GEEN_VERBINDING)
    }
  }, [id])

  useEffect(() => {
    void laad()
  }, [laad, opgeslagen])

  if (laadFout) {
    return (
      <section className="za-paneel">
        <p role="alert">{laadFout}</p>
      </section>
    )
  }
  if (!data) {
    return (
      <section className="za-paneel" aria-busy="true">
        <p>Overzicht laden…</p>
      </section>
    )
  }

  const meldingen = data.meldingen.filter((m) => m !== MESSAGES.inBehandeling)
  const kanKopieren = data.soortZorg !== null && !data.soortZorg.meerdereWoonplaatsen
  const heeftAanbod = data.zorgaanbod.some(nietVoorVerwijdering)

  return (
    <section className="za-paneel" aria-labelledby="za-locatie-overzicht">
      <h3 id="za-locatie-overzicht">Overzicht van deze locatie</h3>

      {data.inBehandeling && (
        <div className="za-melding za-melding--slot" role="note">
          <p>
            <b>Wijziging in behandeling.</b> {MESSAGES.inBehandeling}
          </p>
        </div>
      )}

      {data.publiek ? (
        <p className="za-melding za-melding--ok">
          Deze locatie staat in de Zorgatlas.
          {data.status !== 'definitief' &&
            ' Uw wijzigingen zijn pas zichtbaar als het zorgkantoor ze heeft goedgekeurd.'}
        </p>
      ) : (
        <div className="za-melding za-melding--let-op">
          <p>
            <b>Deze locatie staat nog niet in de Zorgatlas.</b>
          </p>
          {meldingen.length > 0 && (
            <ul>
              {meldingen.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <Volledigheid score={data.volledigheid.score} ontbreekt={data.volledigheid.ontbreekt} />

      {magVersturen && !data.inBehandeling && (
        <>
          <h4 className="za-paneel__tussenkop">Wijzigingen versturen</h4>
          <p className="za-hint">
            Klaar met wijzigen en alles bewaard? Verstuur dan alle wijzigingen van{' '}
            {data.organisatie.naam} naar het zorgkantoor: deze locatie en de andere locaties,
            zorgaanbod en de organisatie zelf. U ziet eerst wat er verstuurd wordt.
          </p>
          <Versturen
            organisatieId={data.organisatie.id}
            onVerstuurd={async (antwoord) => {
              setMelding({ soort: 'ok', tekst: antwoord.bericht ?? 'Verstuurd.' })
              await laad()
            }}
          />
        </>
      )}

      <h4 className="za-paneel__tussenkop">Zorgaanbod per woonplaats</h4>
      {data.zorgaanbod.length === 0 ? (
        <p>
          Deze locatie heeft nog geen woonplaats met zorgaanbod. Zonder zorgaanbod staat de locatie
          niet in de Zorgatlas.
        </p>
      ) : (
        <ul className="za-lijst">
          {data.zorgaanbod.map((z) => (
            <li key={String(z.id)}>
              <Link href={`${ADMIN}/zorgaanbod/${z.id}`}>{z.woonplaats.naam || 'Woonplaats'}</Link>{' '}
              <StatusLabel status={z.status} klein />
              {z.gevuld === false && <span className="za-hint"> – nog niet gevuld</span>}
            </li>
          ))}
        </ul>
      )}
      {(data.soortZorg?.meerdereWoonplaatsen || data.zorgaanbod.length === 0) && (
        <p>
          <Link
            className="za-link-knop"
            href={`${ADMIN}/zorgaanbod/create?locatie=${encodeURIComponent(String(data.id))}`}
          >
            Voeg een woonplaats toe
          </Link>
        </p>
      )}
      {data.soortZorg && !data.soortZorg.meerdereWoonplaatsen && data.zorgaanbod.length > 0 && (
        <p className="za-hint">
          Bij {data.soortZorg.naam.toLowerCase()} hoort precies één woonplaats per locatie.
        </p>
      )}

      <h4 className="za-paneel__tussenkop">Vrije plaatsen en wachttijd</h4>
      <p className="za-hint">
        Vrije plaatsen en wachttijden staan direct in de Zorgatlas, zonder controle door het
        zorgkantoor.
      </p>
      <p className="za-paneel__links">
        {/* The provider reports; the zorgkantoor only removes entries (§3.2.9). */}
        {melder && (
          <>
            <Link
              className="za-link-knop"
              href={`${ADMIN}/vrije-capaciteit/create?locatie=${encodeURIComponent(String(data.id))}`}
            >
              Vrije plaatsen melden
            </Link>{' '}
            <Link
              className="za-link-knop"
              href={`${ADMIN}/wachttijden/create?locatie=${encodeURIComponent(String(data.id))}`}
            >
              Wachttijd opgeven
            </Link>{' '}
          </>
        )}
        <Link
          href={`${ADMIN}/vrije-capaciteit?where[locatie][equals]=${encodeURIComponent(String(data.id))}`}
        >
          Meldingen van deze locatie
        </Link>
      </p>

      <div className="za-paneel__acties">
        <VerwijderActies
          collection="locaties"
          id={data.id}
          status={data.status}
          wat="deze locatie"
          naVerwijderen={`${ADMIN}/locaties`}
          bezig={bezig}
          setBezig={setBezig}
          onMelding={setMelding}
          onGewijzigd={() => {
            void laad()
            router.refresh()
          }}
        />
        {kanKopieren && (
          <Button
            buttonStyle="secondary"
            margin={false}
            disabled={bezig}
            aria-expanded={toonKopie}
            onClick={() => setToonKopie((v) => !v)}
          >
            Kopieer zorgaanbod naar een andere locatie
          </Button>
        )}
      </div>

      {melding && <MeldingTekst melding={melding} />}

      {kanKopieren && toonKopie && (
        <KopieerNaarLocatie
          bronId={data.id}
          heeftAanbod={heeftAanbod}
          doelen={data.kopieerDoelen}
          onKlaar={(m) => {
            setMelding(m)
            if (m.soort === 'ok') {
              setToonKopie(false)
              void laad()
              router.refresh()
            }
          }}
        />
      )}
    </section>
  )
}

/** §4.4: pick the target location (by AGB code) and the woonplaats to add with the copied offer. */
const KopieerNaarLocatie: React.FC<{
  bronId: Id
  heeftAanbod: boolean
  doelen: LocatieOverzichtData['kopieerDoelen']
  onKlaar: (melding: Melding) => void
}> = ({ bronId, heeftAanbod, doelen, onKlaar }) => {
  const [doel, setDoel] = useState('')
  const [woonplaats, setWoonplaats] = useState<Woonplaats[]>([])
  const [toelichting, setToelichting] = useState('')
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)

  if (!heeftAanbod) {
    return (
      <div className="za-formulier">
        <p>
          Deze locatie heeft nog geen zorgaanbod om te kopiëren. Voeg eerst een woonplaats met
          zorgaanbod toe.
        </p>
      </div>
    )
  }
  if (doelen.length === 0) {
    return (
      <div className="za-formulier">
        <p>
          Er is geen andere locatie om naar te kopiëren. Maak eerst de andere locatie aan; een
          woonplaats toevoegen hoeft nog niet, dat doet u tijdens het kopiëren.
        </p>
      </div>
    )
  }

  async function kopieer() {
    const gekozenDoel = doelen.find((d) => String(d.id) === doel)
    const gekozenWoonplaats = woonplaats[0]
    if (!gekozenDoel) return setFout('Kies de locatie waar u naartoe wilt kopiëren.')
    if (!gekozenWoonplaats) return setFout('Kies de woonplaats waar dit aanbod ook geleverd wordt.')
    setFout(null)
    setBezig(true)
    try {
      const { ok, data } = await api<KopieerAntwoord>(
        `/api/locaties/${bronId}/kopieer-zorgaanbod`,
        {
          method: 'POST',
          body: JSON.stringify({
            naarLocatie: gekozenDoel.id,
            woonplaats: gekozenWoonplaats.id,
            ...(toelichting.trim() ? { woonplaatsToelichting: toelichting.trim() } : {}),
          }),
        },
      )
      if (ok) onKlaar({ soort: 'ok', tekst: data.message ?? 'Het zorgaanbod is gekopieerd.' })
      else setFout(tekstVan(data, 'Kopiëren lukte niet. Probeer het opnieuw.'))
    } catch {
      setFout(GEEN_VERBINDING)
    } finally {
      setBezig(false)
    }
  }

  return (
    // Not a <form>: this sits inside Payload's document form.
    <div className="za-formulier" role="group" aria-labelledby="za-kopieer-titel">
      <h4 id="za-kopieer-titel" className="za-paneel__tussenkop">
        Zorgaanbod kopiëren naar een andere locatie
      </h4>
      <p>
        Het zorgaanbod van deze locatie wordt gekopieerd naar de locatie die u kiest, met de
        woonplaats die u kiest. De kopie is een voorstel: verstuur de wijziging als u klaar bent.
      </p>
      <label htmlFor="za-kopieer-doel" className="za-label">
        Naar locatie
      </label>
      <select
        id="za-kopieer-doel"
        className="za-select"
        value={doel}
        onChange={(e) => setDoel(e.target.value)}
      >
        <option value="">Kies de locatie (AGB-code)</option>
        {doelen.map((d) => (
          <option key={String(d.id)} value={String(d.id)}>
            {`AGB-code ${d.agbCode}-${d.volgnummer} · ${d.naam || 'zonder naam'}`}
          </option>
        ))}
      </select>
      <WoonplaatsKiezer meerdere={false} gekozen={woonplaats} onChange={setWoonplaats} />
      <label htmlFor="za-kopieer-toelichting" className="za-label">
        Toelichting bij de woonplaats (niet verplicht)
      </label>
      <p id="za-kopieer-toelichting-uitleg" className="za-hint">
        Alleen nodig bij verblijf en dagbesteding als de woonplaats niet de plaats van het
        bezoekadres van de gekozen locatie is: leg uit waarom. Het zorgkantoor ziet deze toelichting
        bij de beoordeling.
      </p>
      <textarea
        id="za-kopieer-toelichting"
        className="za-input"
        aria-describedby="za-kopieer-toelichting-uitleg"
        maxLength={1000}
        rows={3}
        value={toelichting}
        onChange={(e) => setToelichting(e.target.value)}
      />
      {fout && (
        <p role="alert" className="za-melding za-melding--fout">
          {fout}
        </p>
      )}
      <div className="za-paneel__acties">
        <Button buttonStyle="primary" margin={false} disabled={bezig} onClick={kopieer}>
          {bezig ? 'Bezig met kopiëren…' : 'Kopieer'}
        </Button>
      </div>
    </div>
  )
}
