'use client'
/**
 * ZorgkaartNederland link of a location (§3.2.8). Shows which record the location is linked to
 * (the ID chosen here, or automatically by the visiting address), lets the provider search the
 * register by name or place and link the right one ('Koppel'), or remove their choice
 * ('Ontkoppel'). The checkbox 'Nog niet geregistreerd' stays next to it. Saving and review work as
 * for every other field.
 */
import { TextField, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import './shared/beheer.css'
import React, { useEffect, useState } from 'react'
import { adresSleutel } from '../domain/zorgkaart'
import type { Zorgkaart } from '../payload-types'
import { api, GEEN_VERBINDING } from './shared/api'

type Record = Pick<
  Zorgkaart,
  | 'zorgkaartId'
  | 'naam'
  | 'straat'
  | 'huisnummer'
  | 'postcode'
  | 'plaats'
  | 'score'
  | 'aantalWaarderingen'
>

const cijfer = (r: Record) =>
  r.score === null || r.score === undefined
    ? 'nog geen cijfer'
    : `cijfer ${r.score.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} (${r.aantalWaarderingen} ${r.aantalWaarderingen === 1 ? 'waardering' : 'waarderingen'})`

const RecordTekst = ({ r }: { r: Record }) => (
  <>
    <strong>{r.naam}</strong>, {r.straat} {r.huisnummer}, {r.postcode} {r.plaats} · {cijfer(r)}{' '}
    <span className="za-zorgkaart__id">(ID {r.zorgkaartId})</span>
  </>
)

async function zoekRecords(query: string): Promise<Record[]> {
  const { ok, data } = await api<{ docs?: Record[] }>(`/api/zorgkaart?${query}&depth=0`)
  if (!ok) throw new Error(GEEN_VERBINDING)
  return data.docs ?? []
}

export const ZorgkaartKoppeling: TextFieldClientComponent = (props) => {
  const { setValue, value } = useField<string>({ potentiallyStalePath: props.path })
  const nietGeregistreerd = Boolean(
    useFormFields(([f]) => f['zorgkaartNederland.nietGeregistreerd']?.value),
  )
  const kleinschalig = Boolean(useFormFields(([f]) => f.kleinschalig?.value))
  const postcode = useFormFields(([f]) => f['bezoekadres.postcode']?.value) as string | undefined
  const huisnummer = useFormFields(([f]) => f['bezoekadres.huisnummer']?.value) as
    string | undefined
  const toevoeging = useFormFields(([f]) => f['bezoekadres.huisnummerToevoeging']?.value) as
    string | undefined
  const sleutel = adresSleutel(postcode, huisnummer, toevoeging)
  const id = (value ?? '').trim()

  const [huidig, setHuidig] = useState<{ records: Record[]; klaar: boolean }>({
    records: [],
    klaar: false,
  })
  const [zoekterm, setZoekterm] = useState('')
  const [resultaten, setResultaten] = useState<Record[] | null>(null)
  const [fout, setFout] = useState<string | null>(null)

  useEffect(() => {
    let actief = true
    setHuidig({ records: [], klaar: false })
    const query = id
      ? `where[zorgkaartId][equals]=${encodeURIComponent(id)}&limit=1`
      : !nietGeregistreerd && !kleinschalig && sleutel
        ? `where[adresSleutel][equals]=${encodeURIComponent(sleutel)}&limit=5`
        : null
    if (!query) {
      setHuidig({ records: [], klaar: true })
      return
    }
    zoekRecords(query)
      .then((records) => actief && setHuidig({ records, klaar: true }))
      .catch((e: Error) => actief && setFout(e.message))
    return () => {
      actief = false
    }
  }, [id, nietGeregistreerd, kleinschalig, sleutel])

  const zoek = () => {
    const term = zoekterm.trim()
    if (term.length < 2) {
      setFout('Typ minstens 2 letters van de naam of de plaats.')
      return
    }
    setFout(null)
    const t = encodeURIComponent(term)
    zoekRecords(`where[or][0][naam][like]=${t}&where[or][1][plaats][like]=${t}&limit=10&sort=naam`)
      .then(setResultaten)
      .catch((e: Error) => setFout(e.message))
  }

  let status: React.ReactNode = null
  if (huidig.klaar) {
    const [eerste] = huidig.records
    if (id && eerste) {
      status = (
        <p>
          Gekoppeld met het ID dat u koos: <RecordTekst r={eerste} />
        </p>
      )
    } else if (id) {
      status = (
        <p>
          Het ID {id} staat (nog) niet in ons ZorgkaartNederland-bestand. Er staat dan geen cijfer
          in de Zorgatlas.
        </p>
      )
    } else if (nietGeregistreerd) {
      status = <p>U gaf aan dat deze locatie nog niet bij ZorgkaartNederland staat.</p>
    } else if (kleinschalig) {
      status = (
        <p>
          Een kleinschalig wooninitiatief koppelen we niet op het adres. Zoek de locatie hieronder
          als u een cijfer wilt tonen.
        </p>
      )
    } else if (huidig.records.length === 1 && eerste) {
      status = (
        <p>
          Automatisch gekoppeld op het bezoekadres: <RecordTekst r={eerste} />. Klopt dit niet? Zoek
          hieronder de juiste locatie.
        </p>
      )
    } else if (huidig.records.length > 1) {
      status = (
        <p>
          Op dit adres staan {huidig.records.length} zorgverleners bij ZorgkaartNederland. Daarom
          koppelen we niet vanzelf. Zoek hieronder de juiste en klik op Koppel.
        </p>
      )
    } else {
      status = <p>Op dit bezoekadres staat niets bij ZorgkaartNederland.</p>
    }
  }

  return (
    <div className="za-zorgkaart">
      <TextField {...props} />
      <div role="status" className="za-zorgkaart__status">
        {status}
      </div>
      {id && (
        <button type="button" className="za-agb__knop" onClick={() => setValue('')}>
          Ontkoppel
        </button>
      )}
      <div role="search" aria-label="Zoeken bij ZorgkaartNederland" className="za-zorgkaart__zoek">
        <label htmlFor="za-zorgkaart-zoek">Zoek op naam of plaats</label>
        <input
          id="za-zorgkaart-zoek"
          type="search"
          value={zoekterm}
          onChange={(e) => setZoekterm(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              zoek()
            }
          }}
        />
        <button type="button" className="za-agb__knop" onClick={zoek}>
          Zoek
        </button>
      </div>
      {fout && <p role="alert">{fout}</p>}
      {resultaten && (
        <ul className="za-zorgkaart__resultaten" aria-label="Gevonden bij ZorgkaartNederland">
          {resultaten.length === 0 && <li>Niets gevonden. Probeer een ander woord.</li>}
          {resultaten.map((r) => (
            <li key={r.zorgkaartId}>
              <RecordTekst r={r} />{' '}
              <button
                type="button"
                className="za-agb__knop"
                aria-pressed={id === r.zorgkaartId}
                aria-label={`Koppel ${r.naam}`}
                onClick={() => setValue(r.zorgkaartId)}
              >
                Koppel
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
