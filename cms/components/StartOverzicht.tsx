'use client'
/**
 * The table of the start screen (§1.3), from GET /api/organisaties/mijn-overzicht: every
 * organisation of this login with zorgkantoren, locations, status, pending change and
 * completeness per location. No organisation at all: how to get access.
 */
import Link from 'next/link'
import './shared/beheer.css'
import React, { useState } from 'react'
import type { MijnOverzicht, OrganisatieRij } from '../queries/overzicht'
import { useLaden } from './shared/useLaden'
import { StatusLabel } from './shared/StatusLabel'
import { OpenVerzoeken } from './verzoeken/OpenVerzoeken'
import { ToegangFormulier } from './verzoeken/ToegangFormulier'
import { VerzoekLinks } from './verzoeken/VerzoekLinks'

type Rol = 'beheerder' | 'zorgkantoor' | 'zorgaanbieder'

const ADMIN = '/admin/collections'

export const StartOverzicht: React.FC<{ rol: Rol; naam: string | null }> = ({ rol, naam }) => {
  const { data, fout } = useLaden<MijnOverzicht>(
    '/api/organisaties/mijn-overzicht',
    'Uw organisaties konden niet worden geladen. Ververs de pagina.',
  )

  const aanbieder = rol === 'zorgaanbieder'
  const titel = aanbieder ? 'Uw organisaties' : 'Organisaties'

  if (fout) {
    return (
      <section className="za-start__blok">
        <h1>{titel}</h1>
        <p role="alert">{fout}</p>
      </section>
    )
  }
  if (!data) {
    return (
      <section className="za-start__blok" aria-busy="true">
        <h1>{titel}</h1>
        <p>Uw organisaties laden…</p>
      </section>
    )
  }
  if (data.organisaties.length === 0 && aanbieder)
    return <GeenToegang zorgkantoren={data.zorgkantoren} />

  const teBeoordelen = data.organisaties.filter((o) => o.inBehandeling).length
  return (
    <section className="za-start__blok" aria-labelledby="za-start-titel">
      <h1 id="za-start-titel">{titel}</h1>
      {aanbieder ? (
        <>
          <p>
            {naam ? `Welkom, ${naam}. ` : ''}Hieronder staan alle organisaties (NZa-codes /
            stichtingen) waarmee u voor de Wlz gecontracteerd bent, bij alle zorgkantoren. U kiest
            zelf met welke stichting u aan de slag gaat: klik op de naam om de gegevens te
            controleren, aan te vullen of te wijzigen.
          </p>
          <p>
            Klaar met wijzigen? Klik bij de organisatie op <i>Wijziging versturen</i>. Zolang het
            zorgkantoor een wijziging beoordeelt, kunt u die organisatie niet wijzigen. Uw andere
            organisaties kunt u dan wel wijzigen.
          </p>
        </>
      ) : (
        <p>
          {teBeoordelen > 0 ? (
            <>
              {`${teBeoordelen} ${teBeoordelen === 1 ? 'organisatie heeft een wijziging' : 'organisaties hebben een wijziging'} die op uw beoordeling wacht. Die staan bovenaan. `}
              <Link href="/admin/beoordelen">Naar de wijzigingen die wachten</Link>
            </>
          ) : (
            'Er wachten geen wijzigingen op uw beoordeling.'
          )}
        </p>
      )}
      {!aanbieder && <OpenVerzoeken />}
      {data.organisaties.length === 0 ? (
        <p>Er zijn nog geen organisaties.</p>
      ) : (
        <div className="za-tabel-wrap">
          <table className="za-tabel">
            <caption className="za-visually-hidden">{titel}</caption>
            <thead>
              <tr>
                <th scope="col">Organisatie</th>
                <th scope="col">NZa-code</th>
                <th scope="col">Zorgkantoren</th>
                <th scope="col">Locaties</th>
                <th scope="col">Status</th>
                <th scope="col">Volledigheid</th>
              </tr>
            </thead>
            <tbody>
              {data.organisaties.map((o) => (
                <OrganisatieRegel key={String(o.id)} organisatie={o} aanbieder={aanbieder} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {aanbieder && <VerzoekLinks />}
    </section>
  )
}

const OrganisatieRegel: React.FC<{ organisatie: OrganisatieRij; aanbieder: boolean }> = ({
  organisatie: o,
  aanbieder,
}) => {
  const [open, setOpen] = useState(false)
  const detailId = `za-locaties-${String(o.id)}`
  return (
    <>
      <tr className={o.inBehandeling ? 'za-tabel__rij--behandeling' : undefined}>
        <th scope="row">
          <Link href={`${ADMIN}/organisaties/${o.id}`}>{o.naam}</Link>
          {o.verkorteNaam && <span className="za-hint"> ({o.verkorteNaam})</span>}
        </th>
        <td>{o.nzaCode}</td>
        <td>{o.zorgkantoren.join(', ') || '–'}</td>
        <td>{o.aantalLocaties}</td>
        <td>
          <div className="za-status-cel">
            <StatusLabel status={o.status} label={o.statusLabel} />
            {o.inBehandeling &&
              (!aanbieder && o.laatsteVerzoek ? (
                <Link
                  className="za-badge za-badge--behandeling"
                  href={`/admin/beoordelen/${o.laatsteVerzoek.id}`}
                >
                  Wijziging beoordelen
                </Link>
              ) : (
                <span className="za-badge za-badge--behandeling">Wijziging in behandeling</span>
              ))}
            {!o.inBehandeling && o.openWijzigingen > 0 && (
              <span className="za-badge za-badge--open">
                {o.openWijzigingen} {o.openWijzigingen === 1 ? 'wijziging' : 'wijzigingen'} nog niet
                verstuurd
                {aanbieder ? '' : ' door de aanbieder'}
              </span>
            )}
          </div>
          {o.laatsteVerzoek?.status === 'afgewezen' && !o.inBehandeling && (
            <p className="za-afwijzing" role="note">
              <strong>
                {aanbieder ? 'Uw laatste wijziging is afgewezen' : 'Laatste wijziging afgewezen'}
              </strong>
              {o.laatsteVerzoek.beoordeeldNamens
                ? ` door ${o.laatsteVerzoek.beoordeeldNamens}`
                : ''}
              . Reden: {o.laatsteVerzoek.reden}
              {aanbieder && (
                <>
                  {' '}
                  Pas de gegevens aan en verstuur de wijziging opnieuw.{' '}
                  <Link href={`/admin/beoordelen/${o.laatsteVerzoek.id}`}>
                    Bekijk wat u verstuurde
                  </Link>
                </>
              )}
            </p>
          )}
        </td>
        <td>
          <div className="za-volledigheid-cel">
            <meter
              min={0}
              max={100}
              low={50}
              high={80}
              optimum={100}
              value={o.volledigheid.gemiddeld}
              aria-hidden="true"
            />
            <span>
              {o.aantalLocaties > 0
                ? `${o.volledigheid.gemiddeld}% gemiddeld`
                : 'Nog geen locaties'}
            </span>
            {o.volledigheid.locaties.length > 0 && (
              <button
                type="button"
                className="za-tekstknop"
                aria-expanded={open}
                aria-controls={detailId}
                onClick={() => setOpen((v) => !v)}
              >
                {open ? 'Verberg per locatie' : 'Toon per locatie'}
                <span className="za-visually-hidden"> voor {o.naam}</span>
              </button>
            )}
          </div>
        </td>
      </tr>
      {open && (
        <tr id={detailId} className="za-tabel__detail">
          <td colSpan={6}>
            <ul className="za-locatiescores" aria-label={`Volledigheid per locatie van ${o.naam}`}>
              {o.volledigheid.locaties.map((l) => (
                <li key={String(l.id)}>
                  <Link href={`${ADMIN}/locaties/${l.id}`}>{l.naam}</Link>: <b>{l.score}%</b>
                  {!l.publiek && (
                    <span className="za-badge za-badge--open">Niet in de Zorgatlas</span>
                  )}
                  {l.ontbreekt.length > 0 && (
                    <span className="za-hint"> – nog aan te vullen: {l.ontbreekt.join(', ')}</span>
                  )}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  )
}

/** A login without any organisation (seed 002's 403 case): how to get access, not an error. */
const GeenToegang: React.FC<{ zorgkantoren: MijnOverzicht['zorgkantoren'][number][] }> = ({
  zorgkantoren,
}) => (
  <section className="za-start__blok" aria-labelledby="za-geen-toegang">
    <h1 id="za-geen-toegang">U heeft nog geen toegang</h1>
    <p>
      U bent ingelogd, maar uw login is nog niet gekoppeld aan een organisatie. Daarom kunt u nog
      geen gegevens bekijken of wijzigen.
    </p>
    <p>
      Uw zorgkantoor koppelt uw login aan uw organisatie. Vraag hieronder toegang aan: het
      zorgkantoor dat met uw organisatie werkt, krijgt uw aanvraag en neemt contact met u op. U kunt
      uw zorgkantoor ook zelf bellen of mailen:
    </p>
    <ul className="za-lijst">
      {zorgkantoren.map((z) => (
        <li key={z.naam}>
          <b>{z.naam}</b>
          {z.email && (
            <>
              {': '}
              <a href={`mailto:${z.email}`}>{z.email}</a>
            </>
          )}
          {z.telefoon && (
            <>
              {z.email ? ' of ' : ': '}
              <a href={`tel:${z.telefoon.replace(/\s+/g, '')}`}>{z.telefoon}</a>
            </>
          )}
        </li>
      ))}
    </ul>
    <p>Vermeld in uw bericht de naam en de NZa-code van uw organisatie.</p>
    <ToegangFormulier />
  </section>
)
