/**
 * Zorgatlas instead of Payload: the mark of the public site (a pin on its dark blue) as the icon in
 * the navigation header, and with the name as the logo on the login page. Server components.
 */
import React from 'react'
import './shared/beheer.css'

const Merkteken: React.FC<{ maat: number; naam?: string }> = ({ maat, naam }) => (
  <svg
    className="za-merk__teken"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 32 32"
    width={maat}
    height={maat}
    focusable="false"
    {...(naam ? { role: 'img', 'aria-label': naam } : { 'aria-hidden': true })}
  >
    <rect width="32" height="32" rx="6" fill="#154273" />
    <path
      d="M16 6a7 7 0 0 0-7 7c0 5.5 7 13 7 13s7-7.5 7-13a7 7 0 0 0-7-7zm0 10a3 3 0 1 1 0-6 3 3 0 0 1 0 6z"
      fill="#fff"
    />
  </svg>
)

/** In the navigation header; Payload wraps it in the link to the start screen, so it names that link. */
export const ZorgatlasIcoon: React.FC = () => <Merkteken maat={24} naam="Zorgatlas beheer, start" />

/** On the login page and the other pages without navigation. */
export const ZorgatlasLogo: React.FC = () => (
  <span className="za-merk">
    <Merkteken maat={48} />
    <span className="za-merk__tekst">
      <span className="za-merk__naam">Zorgatlas</span>{' '}
      <span className="za-merk__onderschrift">Beheer voor zorgaanbieders en zorgkantoren</span>
    </span>
  </span>
)
