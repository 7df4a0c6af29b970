'use client'
/** The answer of an action, read out by screen readers: status for success, alert for errors. */
import React from 'react'

export type Melding = { soort: 'ok' | 'fout'; tekst: string }

export const MeldingTekst: React.FC<{ melding: Melding }> = ({ melding }) => (
  <p
    role={melding.soort === 'fout' ? 'alert' : 'status'}
    className={`za-melding za-melding--${melding.soort === 'fout' ? 'fout' : 'ok'}`}
  >
    {melding.tekst}
  </p>
)
