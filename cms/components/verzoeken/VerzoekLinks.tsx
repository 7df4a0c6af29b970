/** The provider's requests to the zorgkantoor, as links to the form. */
import Link from 'next/link'
import React from 'react'
import '../shared/beheer.css'

export const VERZOEK_LINKS = [
  { soort: 'probleem', tekst: 'Meld een probleem' },
  { soort: 'voorziening', tekst: 'Vraag een nieuwe voorziening aan' },
  { soort: 'zachte-informatie', tekst: 'Vraag een nieuwe optie voor zachte informatie aan' },
  { soort: 'oco-dienst', tekst: 'Vraag een nieuwe OCO-dienst aan' },
] as const

export const verzoekUrl = (soort: string) => `/admin/verzoek?soort=${soort}`

export const VerzoekLinks: React.FC<{ titel?: string }> = ({
  titel = 'Een vraag of verzoek aan het zorgkantoor',
}) => (
  <nav className="za-verzoeklinks" aria-label={titel}>
    <h2>{titel}</h2>
    <ul className="za-lijst">
      {VERZOEK_LINKS.map((l) => (
        <li key={l.soort}>
          <Link href={verzoekUrl(l.soort)}>{l.tekst}</Link>
        </li>
      ))}
      <li>
        <Link href="/admin/collections/verzoeken">Bekijk uw verzoeken en de antwoorden</Link>
      </li>
    </ul>
  </nav>
)
