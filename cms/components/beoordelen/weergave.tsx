'use client'
/** Small pieces of the review screens: dates, counts, and one field's old and new value. */
import React from 'react'
import type { Aantallen as AantallenType, Foto, Veldverschil } from '../../domain/verschillen'

export const datumTijd = (iso: string | null | undefined): string =>
  iso
    ? new Date(iso).toLocaleString('nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '–'

export const Aantallen: React.FC<{ aantallen: AantallenType }> = ({ aantallen }) => (
  <span className="za-aantallen">
    {aantallen.nieuw > 0 && (
      <span className="za-soort za-soort--nieuw">{aantallen.nieuw} nieuw</span>
    )}
    {aantallen.gewijzigd > 0 && (
      <span className="za-soort za-soort--gewijzigd">{aantallen.gewijzigd} gewijzigd</span>
    )}
    {aantallen.verwijderd > 0 && (
      <span className="za-soort za-soort--verwijderd">{aantallen.verwijderd} verwijderen</span>
    )}
  </span>
)

const Leeg = () => <span className="za-leeg">(leeg)</span>

const Fotos: React.FC<{ fotos: Foto[]; gemarkeerd: Foto[]; soort: 'nieuw' | 'weg' }> = ({
  fotos,
  gemarkeerd,
  soort,
}) => {
  if (!fotos.length) return <Leeg />
  const ids = new Set(gemarkeerd.map((f) => f.id))
  return (
    <ul className="za-fotos">
      {fotos.map((f) => (
        <li key={f.id} className={ids.has(f.id) ? `za-foto--${soort}` : undefined}>
          <figure>
            {f.url ? <img src={f.url} alt={f.alt} loading="lazy" /> : <span>{f.alt}</span>}
            <figcaption>
              {f.alt}
              {ids.has(f.id) && <b> ({soort === 'nieuw' ? 'nieuw' : 'weg'})</b>}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  )
}

/** One side (was / wordt) of a changed field. */
export const Waarde: React.FC<{ verschil: Veldverschil; kant: 'oud' | 'nieuw' }> = ({
  verschil,
  kant,
}) => {
  if (verschil.soort === 'tekst') {
    const tekst = verschil[kant]
    if (tekst === null) return <Leeg />
    const link = kant === 'oud' ? verschil.oudLink : verschil.nieuwLink
    return (
      <>
        <span className={`za-meertekst${kant === 'oud' ? ' za-oud' : ''}`}>{tekst}</span>
        {link && (
          <>
            {' '}
            {/* A plain link: nothing is loaded from YouTube until someone follows it. */}
            <a className="za-videolink" href={link} target="_blank" rel="noopener noreferrer">
              {link}
              <span className="za-visually-hidden"> (opent in een nieuw tabblad)</span>
            </a>
          </>
        )}
      </>
    )
  }
  if (verschil.soort === 'fotos') {
    return kant === 'oud' ? (
      <Fotos fotos={verschil.oud} gemarkeerd={verschil.eraf} soort="weg" />
    ) : (
      <Fotos fotos={verschil.nieuw} gemarkeerd={verschil.erbij} soort="nieuw" />
    )
  }
  const items = verschil[kant]
  if (!items.length) return <Leeg />
  const gemarkeerd = new Set(kant === 'oud' ? verschil.eraf : verschil.erbij)
  return (
    <ul className="za-lijst">
      {items.map((item, i) => (
        <li
          key={`${item}-${i}`}
          className={gemarkeerd.has(item) ? (kant === 'oud' ? 'za-eraf' : 'za-erbij') : undefined}
        >
          {gemarkeerd.has(item) && (
            <span className="za-visually-hidden">{kant === 'oud' ? 'Eraf: ' : 'Erbij: '}</span>
          )}
          {item}
        </li>
      ))}
    </ul>
  )
}
