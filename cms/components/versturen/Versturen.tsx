'use client'
/**
 * "Wijziging versturen" (§5) with the overview first: everything of the organisation that will go
 * to the zorgkantoor (the organisation itself, then per location its own changes and its care
 * offers), per field old → new, photos as thumbnails, the same cards the review desk shows. Sent
 * only on confirmation, with the overview's fingerprint: if anything changed meanwhile, the server
 * refuses and the overview is read again. On the organisation and on every location (§4.2).
 */
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import '../shared/beheer.css'
import '../beoordelen/beoordelen.css'
import React, { useCallback, useEffect, useRef, useState } from 'react'
import type { ItemVerschil } from '../../queries/verschillen'
import type { TeVersturenAntwoord, WorkflowAntwoord } from '../../workflow/versturen'
import { ItemKaart } from '../beoordelen/ItemKaart'
import { Aantallen } from '../beoordelen/weergave'
import { api, GEEN_VERBINDING, tekstVan, type Id } from '../shared/api'
import { MeldingTekst, type Melding } from '../shared/Melding'
import { meldStatusGewijzigd } from '../shared/statusGewijzigd'

interface Groep {
  sleutel: string
  titel: string | null
  items: ItemVerschil[]
}

/** The organisation's own changes first, then one group per location with its care offers. */
export function perLocatie(items: readonly ItemVerschil[]): Groep[] {
  const organisatie = items.filter((i) => i.collectie === 'organisaties')
  const groepen = new Map<string, Groep>()
  const groep = (id: string, titel: string) => {
    if (!groepen.has(id)) groepen.set(id, { sleutel: `locatie-${id}`, titel, items: [] })
    return groepen.get(id)!
  }
  for (const item of items) {
    if (item.collectie === 'locaties') groep(item.id, item.titel).items.unshift(item)
    if (item.collectie === 'zorgaanbod') {
      const locatie = item.locatie ?? { id: 'onbekend', titel: 'Zonder locatie' }
      groep(locatie.id, locatie.titel).items.push(item)
    }
  }
  return [
    ...(organisatie.length ? [{ sleutel: 'organisatie', titel: null, items: organisatie }] : []),
    ...[...groepen.values()].sort((a, b) => (a.titel ?? '').localeCompare(b.titel ?? '', 'nl')),
  ]
}

export const Versturen: React.FC<{
  organisatieId: Id
  /**
   * After a successful send: the caller shows the confirmation (antwoord.bericht) and reloads what
   * it shows. The caller hides this component once the organisation is in behandeling, so a
   * confirmation shown here would vanish as soon as that state is read. Without it, this
   * component shows the confirmation itself.
   */
  onVerstuurd?: (antwoord: WorkflowAntwoord) => void | Promise<void>
  /** the button's text (default "Wijziging versturen") */
  knop?: string
}> = ({ organisatieId, onVerstuurd, knop = 'Wijziging versturen' }) => {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [data, setData] = useState<TeVersturenAntwoord | null>(null)
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<Melding | null>(null)
  const kopRef = useRef<HTMLHeadingElement>(null)
  const kopId = `za-versturen-${organisatieId}`

  const laad = useCallback(async () => {
    setData(null)
    try {
      const { ok, data: antwoord } = await api<TeVersturenAntwoord>(
        `/api/organisaties/${encodeURIComponent(String(organisatieId))}/te-versturen`,
      )
      if (ok) setData(antwoord)
      else
        setMelding({
          soort: 'fout',
          tekst: tekstVan(antwoord, 'Het overzicht kon niet worden geladen.'),
        })
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    }
  }, [organisatieId])

  useEffect(() => {
    if (open) kopRef.current?.focus()
  }, [open, data])

  async function openOverzicht() {
    setMelding(null)
    setOpen(true)
    await laad()
  }

  async function verstuur() {
    if (!data?.controle) return
    setBezig(true)
    setMelding(null)
    try {
      const {
        ok,
        status,
        data: antwoord,
      } = await api<WorkflowAntwoord>(
        `/api/organisaties/${encodeURIComponent(String(organisatieId))}/versturen`,
        { method: 'POST', body: JSON.stringify({ controle: data.controle }) },
      )
      if (ok) {
        setOpen(false)
        setData(null)
        if (!onVerstuurd) setMelding({ soort: 'ok', tekst: antwoord.bericht ?? 'Verstuurd.' })
        meldStatusGewijzigd()
        await onVerstuurd?.(antwoord)
        router.refresh()
      } else {
        setMelding({
          soort: 'fout',
          tekst: tekstVan(antwoord, 'Versturen lukte niet. Probeer het opnieuw.'),
        })
        // Changed meanwhile: show what would go now.
        if (status === 409) await laad()
      }
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  return (
    <div className="za-versturen">
      {!open && (
        <Button buttonStyle="primary" margin={false} disabled={bezig} onClick={openOverzicht}>
          {knop}
        </Button>
      )}
      {open && (
        <section className="za-versturen__overzicht" aria-labelledby={kopId}>
          <h3 id={kopId} ref={kopRef} tabIndex={-1}>
            Dit gaat naar het zorgkantoor
          </h3>
          {!data && !melding && <p aria-busy="true">Overzicht laden…</p>}
          {data && !data.kanVersturen && (
            <p>
              {data.openVerzoek
                ? 'Uw vorige wijziging wordt nog beoordeeld. U kunt pas weer versturen als het zorgkantoor die heeft afgehandeld.'
                : 'Er zijn geen wijzigingen om te versturen. Bewaar eerst uw wijzigingen als concept.'}
            </p>
          )}
          {data && data.kanVersturen && (
            <>
              <p>
                Controleer uw wijzigingen voor {data.organisatie.naam}:{' '}
                <Aantallen aantallen={data.aantallen} />. Het zorgkantoor beoordeelt ze allemaal
                tegelijk. Tot dan kunt u deze organisatie, haar locaties en zorgaanbod niet
                wijzigen.
              </p>
              {perLocatie(data.items).map((g) => (
                <div key={g.sleutel} className="za-versturen__groep">
                  {g.titel !== null && <h4 className="za-versturen__locatie">Locatie {g.titel}</h4>}
                  {g.items.map((item) => (
                    <ItemKaart
                      key={`${item.collectie}-${item.id}`}
                      item={item}
                      labels={data.soortLabels}
                      lezer="aanbieder"
                      kop={g.titel !== null ? 'h5' : 'h4'}
                    />
                  ))}
                </div>
              ))}
            </>
          )}
          <div className="za-paneel__acties">
            {data?.kanVersturen && (
              <Button buttonStyle="primary" margin={false} disabled={bezig} onClick={verstuur}>
                Ja, verstuur naar het zorgkantoor
              </Button>
            )}
            <Button
              buttonStyle="secondary"
              margin={false}
              disabled={bezig}
              onClick={() => {
                setOpen(false)
                setMelding(null)
              }}
            >
              {data?.kanVersturen ? 'Nog niet versturen' : 'Sluiten'}
            </Button>
          </div>
        </section>
      )}
      {melding && <MeldingTekst melding={melding} />}
    </div>
  )
}
