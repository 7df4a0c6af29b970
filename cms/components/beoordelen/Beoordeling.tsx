'use client'
/**
 * The review screen of one change request: per organisation, location and care offer
 * only the changed fields, old → new; new items in full; removals clearly marked. An editor
 * approves all, or rejects with a reason; the decision carries the fingerprint of what is shown, so
 * a request that changed meanwhile is not approved unseen. After the decision (and for the
 * provider's history) the same screen shows the differences as they were decided.
 */
import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import '../shared/beheer.css'
import './beoordelen.css'
import React, { useCallback, useEffect, useState } from 'react'
import type { VerschillenAntwoord } from '../../queries/beoordelen'
import { api, GEEN_VERBINDING, tekstVan } from '../shared/api'
import { useVasteTitel } from '../DocumentTitel'
import { ItemKaart } from './ItemKaart'
import { Aantallen, datumTijd } from './weergave'

type Melding = { soort: 'ok' | 'fout'; tekst: string }

export const Beoordeling: React.FC<{ id: string }> = ({ id }) => {
  const [data, setData] = useState<VerschillenAntwoord | null>(null)
  const [laadFout, setLaadFout] = useState<string | null>(null)
  const [melding, setMelding] = useState<Melding | null>(null)
  const [bezig, setBezig] = useState(false)
  const [toonAfwijzen, setToonAfwijzen] = useState(false)
  const [reden, setReden] = useState('')

  const laad = useCallback(async () => {
    try {
      const { ok, data: antwoord } = await api<VerschillenAntwoord>(
        `/api/wijzigingsverzoeken/${encodeURIComponent(id)}/verschillen`,
      )
      if (ok) {
        setData(antwoord)
        setLaadFout(null)
      } else setLaadFout(tekstVan(antwoord, 'Deze wijziging kon niet worden geladen.'))
    } catch {
      setLaadFout(GEEN_VERBINDING)
    }
  }, [id])
  useEffect(() => {
    void laad()
  }, [laad])
  // The browser tab names the organisation whose change this is.
  const titelNaam = data ? data.verzoek.organisatie.naam || data.verzoek.titel : null
  useVasteTitel(titelNaam ? `Wijziging van ${titelNaam}` : null)

  async function beslis(pad: 'goedkeuren' | 'afwijzen') {
    if (!data) return
    setBezig(true)
    setMelding(null)
    try {
      const body =
        pad === 'afwijzen' ? { reden, controle: data.controle } : { controle: data.controle }
      const {
        ok,
        status,
        data: antwoord,
      } = await api<{ bericht?: string }>(
        `/api/wijzigingsverzoeken/${encodeURIComponent(id)}/${pad}`,
        { method: 'POST', body: JSON.stringify(body) },
      )
      if (ok) {
        setMelding({ soort: 'ok', tekst: antwoord.bericht ?? 'Gelukt.' })
        setToonAfwijzen(false)
      } else {
        setMelding({
          soort: 'fout',
          tekst: tekstVan(antwoord, 'Dat lukte niet. Probeer het opnieuw.'),
        })
      }
      // Changed meanwhile (409): show what it is now before anything else is decided.
      if (ok || status === 409) await laad()
    } catch {
      setMelding({ soort: 'fout', tekst: GEEN_VERBINDING })
    } finally {
      setBezig(false)
    }
  }

  if (laadFout) {
    return (
      <section className="za-beoordelen">
        <h1>Wijziging</h1>
        <p role="alert">{laadFout}</p>
        <Link href="/admin/beoordelen">Naar de wachtrij</Link>
      </section>
    )
  }
  if (!data) {
    return (
      <section className="za-beoordelen" aria-busy="true">
        <h1>Wijziging</h1>
        <p>De wijziging laden…</p>
      </section>
    )
  }

  const { verzoek } = data
  const orgNaam = verzoek.organisatie.naam || verzoek.titel
  return (
    <section className="za-beoordelen" aria-labelledby="za-beoordeling-titel">
      <Link className="za-beoordelen__terug" href="/admin/beoordelen">
        ← Terug naar de wachtrij
      </Link>
      <h1 id="za-beoordeling-titel">Wijziging van {orgNaam}</h1>
      <dl className="za-beoordelen__kop">
        <div>
          <dt>Verstuurd door</dt>
          <dd>{verzoek.verstuurdDoor}</dd>
        </div>
        <div>
          <dt>Verstuurd op</dt>
          <dd>{datumTijd(verzoek.verstuurdOp)}</dd>
        </div>
        <div>
          <dt>Onderdelen</dt>
          <dd>
            <Aantallen aantallen={verzoek.aantallen} />
          </dd>
        </div>
        {verzoek.organisatie.id !== null && (
          <div>
            <dt>Organisatie</dt>
            <dd>
              <Link href={`/admin/collections/organisaties/${verzoek.organisatie.id}`}>
                {orgNaam}
              </Link>
            </dd>
          </div>
        )}
      </dl>

      {verzoek.status === 'goedgekeurd' && (
        <div className="za-melding za-melding--ok" role="note">
          <p>
            <strong>Goedgekeurd</strong> door {verzoek.afgehandeldDoor ?? 'onbekend'}
            {verzoek.beoordeeldNamens ? ` (${verzoek.beoordeeldNamens})` : ''} op{' '}
            {datumTijd(verzoek.afgehandeldOp)}. Hieronder staat wat er toen veranderde.
          </p>
        </div>
      )}
      {verzoek.status === 'afgewezen' && (
        <div className="za-melding za-melding--fout" role="note">
          <p>
            <strong>Afgewezen</strong> door {verzoek.afgehandeldDoor ?? 'onbekend'}
            {verzoek.beoordeeldNamens ? ` (${verzoek.beoordeeldNamens})` : ''} op{' '}
            {datumTijd(verzoek.afgehandeldOp)}.
          </p>
          <p>Reden: {verzoek.reden}</p>
        </div>
      )}

      <h2>Wat verandert er?</h2>
      {data.items.length === 0 && <p>Er zijn geen onderdelen om te tonen.</p>}
      {data.items.map((item) => (
        <ItemKaart key={`${item.collectie}-${item.id}`} item={item} labels={data.soortLabels} />
      ))}

      {melding && (
        <p
          role={melding.soort === 'fout' ? 'alert' : 'status'}
          className={`za-melding za-melding--${melding.soort === 'fout' ? 'fout' : 'ok'}`}
        >
          {melding.tekst}
        </p>
      )}

      {data.magBeslissen && (
        <div className="za-beslissing" role="group" aria-labelledby="za-beslissing-titel">
          <h2 id="za-beslissing-titel">Uw beslissing</h2>
          <p>
            Goedkeuren zet alle onderdelen hierboven in één keer in de Zorgatlas. Afwijzen stuurt
            alles terug naar de zorgaanbieder, met uw reden.
          </p>
          <div className="za-paneel__acties">
            <Button buttonStyle="primary" disabled={bezig} onClick={() => beslis('goedkeuren')}>
              Alles goedkeuren
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={bezig}
              onClick={() => setToonAfwijzen((v) => !v)}
              aria-expanded={toonAfwijzen}
            >
              Afwijzen
            </Button>
          </div>
          {toonAfwijzen && (
            <div>
              <label className="za-label" htmlFor="za-beoordeling-reden">
                Reden van afwijzen (de zorgaanbieder ziet deze tekst en krijgt hem per e-mail)
              </label>
              <textarea
                id="za-beoordeling-reden"
                value={reden}
                onChange={(e) => setReden(e.target.value)}
              />
              <div className="za-paneel__acties">
                <Button buttonStyle="primary" disabled={bezig} onClick={() => beslis('afwijzen')}>
                  Afwijzing versturen
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
