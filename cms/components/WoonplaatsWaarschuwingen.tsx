'use client'
/**
 * The §4.1 warnings of a care offer (field `waarschuwingen`, read by the server with the document
 * and with every save): a woonplaats that is not the place of the address, a second location in a
 * region. A warning, not an error: the provider may save and send.
 */
import { useFormFields } from '@payloadcms/ui'
import './shared/beheer.css'
import React from 'react'

export const WoonplaatsWaarschuwingen: React.FC = () => {
  const waarde = useFormFields(([fields]) => fields.waarschuwingen?.value)
  const lijst = Array.isArray(waarde)
    ? waarde.filter((w): w is string => typeof w === 'string')
    : []
  if (!lijst.length) return null
  return (
    <div className="za-melding za-melding--let-op" role="status" aria-labelledby="za-let-op">
      <h3 id="za-let-op">Let op</h3>
      <ul className="za-lijst">
        {lijst.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  )
}
