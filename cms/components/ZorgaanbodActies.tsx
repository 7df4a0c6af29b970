'use client'
/**
 * Actions at the top of a care offer (zorgaanbod per woonplaats): delete / undo (§6) and, for home
 * care and OCO, copying this offer to more woonplaatsen of the same location (§4.5).
 * On the create view it fills in the location from "?locatie=<id>" (the link "Voeg een woonplaats
 * toe" on a location).
 */
import { Button, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import './shared/beheer.css'
import React, { useEffect, useState } from 'react'
import { MESSAGES, type Status } from '../domain/workflow'
import type { KopieerAntwoord } from '../workflow/kopieren'
import type { LocatieOverzichtData } from './LocatieOverzicht'
import { GEEN_VERBINDING, api, idVan, tekstVan, type Id } from './shared/api'
import { MeldingTekst, type Melding } from './shared/Melding'
import { useLocatieUitLink } from './shared/useLocatieUitLink'
import { VerwijderActies } from './shared/VerwijderActies'
import { WoonplaatsKiezer, type Woonplaats } from './shared/WoonplaatsKiezer'

const ADMIN = '/admin/collections'

export const ZorgaanbodActies: React.FC = () => {
  const { id } = useDocumentInfo()
  if (!id) return <LocatieUitLink />
  return <Acties id={id} />
}

/**
 * Create view: once the location is chosen, the form learns its organisation's type, so it shows
 * the sector tabs or the OCO services (an existing care offer reads it with the document).
 */
const useOrganisatieTypeVanLocatie = (): void => {
  const locatieId = idVan(useFormFields(([fields]) => fields.locatie?.value))
  const { setValue } = useField<string | null>({ path: 'organisatieType' })
  useEffect(() => {
    if (!locatieId) return
    let actief = true
    api<LocatieOverzichtData>(`/api/locaties/${encodeURIComponent(locatieId)}/overzicht`)
      // not a change of the user's: the form stays unmodified
      .then(({ ok, data }) => actief && ok && setValue(data.organisatie.type, true))
      // Deliberate: without the type both kinds of tabs show; the server checks what is saved.
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [locatieId, setValue])
}

/** Create view: take the location from the link on the location's overview. */
const LocatieUitLink: React.FC = () => {
  useLocatieUitLink()
  useOrganisatieTypeVanLocatie()
  return (
    <section className="za-paneel" aria-labelledby="za-nieuw-aanbod">
      <h3 id="za-nieuw-aanbod">Zorgaanbod toevoegen in een woonplaats</h3>
      <p>
        Kies de locatie en de woonplaats waar de locatie is, of waar de thuiszorg of dienst wordt
        geleverd. Vul daarna de zachte informatie (alleen als die van toepassing is) en het
        zorgaanbod per sector. Klik op <i>Bewaar concept</i>; verstuur daarna de wijziging vanuit de
        organisatie.
      </p>
    </section>
  )
}

const Acties: React.FC<{ id: Id }> = ({ id }) => {
  const router = useRouter()
  const statusUitFormulier = useFormFields(([fields]) => fields.status?.value) as Status | undefined
  const locatieId = idVan(useFormFields(([fields]) => fields.locatie?.value))
  const woonplaatsId = idVan(useFormFields(([fields]) => fields.woonplaats?.value))
  const [status, setStatus] = useState<Status | null>(statusUitFormulier ?? null)
  const [locatie, setLocatie] = useState<LocatieOverzichtData | null>(null)
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)
  const [toonKopie, setToonKopie] = useState(false)

  useEffect(() => setStatus(statusUitFormulier ?? null), [statusUitFormulier])

  useEffect(() => {
    setLocatie(null)
    if (!locatieId) return
    let actief = true
    api<LocatieOverzichtData>(`/api/locaties/${encodeURIComponent(locatieId)}/overzicht`)
      .then(({ ok, data }) => actief && ok && setLocatie(data))
      // Deliberate: only a hint in the form; without it the form still works and the server checks.
      .catch(() => undefined)
    return () => {
      actief = false
    }
  }, [locatieId])

  const meerdere = Boolean(locatie?.soortZorg?.meerdereWoonplaatsen)
  const naarLocatie = locatieId ? `${ADMIN}/locaties/${locatieId}` : `${ADMIN}/zorgaanbod`

  return (
    <section className="za-paneel" aria-labelledby="za-aanbod-acties">
      <h3 id="za-aanbod-acties">Acties voor dit zorgaanbod</h3>
      {locatie?.inBehandeling && (
        <div className="za-melding za-melding--slot" role="note">
          <p>
            <b>Wijziging in behandeling.</b> {MESSAGES.inBehandeling}
          </p>
        </div>
      )}
      {locatieId && (
        <p>
          <Link href={naarLocatie}>Naar de locatie van dit zorgaanbod</Link>
        </p>
      )}
      <div className="za-paneel__acties">
        <VerwijderActies
          collection="zorgaanbod"
          id={id}
          status={status}
          wat="dit zorgaanbod"
          naVerwijderen={naarLocatie}
          bezig={bezig}
          setBezig={setBezig}
          onMelding={setMelding}
          onGewijzigd={(nieuw) => {
            if (nieuw) setStatus(nieuw)
            router.refresh()
          }}
        />
        {meerdere && (
          <Button
            buttonStyle="secondary"
            margin={false}
            disabled={bezig}
            aria-expanded={toonKopie}
            onClick={() => setToonKopie((v) => !v)}
          >
            Kopieer naar andere woonplaatsen
          </Button>
        )}
      </div>
      {melding && <MeldingTekst melding={melding} />}
      {meerdere && toonKopie && locatie && (
        <KopieerNaarWoonplaatsen
          bronId={id}
          bestaande={[
            ...locatie.zorgaanbod.map((z) => z.woonplaats.id),
            ...(woonplaatsId ? [woonplaatsId] : []),
          ]}
          onKlaar={(m) => {
            setMelding(m)
            if (m.soort === 'ok') {
              setToonKopie(false)
              router.refresh()
            }
          }}
        />
      )}
    </section>
  )
}

/** §4.5: choose one or more woonplaatsen where the offer is the same. */
const KopieerNaarWoonplaatsen: React.FC<{
  bronId: Id
  bestaande: Id[]
  onKlaar: (m: Melding) => void
}> = ({ bronId, bestaande, onKlaar }) => {
  const [gekozen, setGekozen] = useState<Woonplaats[]>([])
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)

  async function kopieer() {
    if (gekozen.length === 0) return setFout('Kies één of meer woonplaatsen.')
    setFout(null)
    setBezig(true)
    try {
      const { ok, data } = await api<KopieerAntwoord>(`/api/zorgaanbod/${bronId}/kopieer`, {
        method: 'POST',
        body: JSON.stringify({ woonplaatsen: gekozen.map((w) => w.id) }),
      })
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
    <div className="za-formulier" role="group" aria-labelledby="za-kopieer-woonplaatsen">
      <h4 id="za-kopieer-woonplaatsen" className="za-paneel__tussenkop">
        Kopieer naar andere woonplaatsen
      </h4>
      <p>
        Kies de woonplaatsen waar het zorgaanbod hetzelfde is. Ze worden aan deze locatie toegevoegd
        met een kopie van dit zorgaanbod. De kopieën zijn voorstellen: verstuur de wijziging als u
        klaar bent.
      </p>
      <WoonplaatsKiezer meerdere gekozen={gekozen} onChange={setGekozen} uitgesloten={bestaande} />
      {fout && (
        <p role="alert" className="za-melding za-melding--fout">
          {fout}
        </p>
      )}
      <div className="za-paneel__acties">
        <Button buttonStyle="primary" margin={false} disabled={bezig} onClick={kopieer}>
          {bezig
            ? 'Bezig met kopiëren…'
            : gekozen.length > 1
              ? `Kopieer naar ${gekozen.length} woonplaatsen`
              : 'Kopieer'}
        </Button>
      </div>
    </div>
  )
}
