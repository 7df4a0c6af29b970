'use client'
/**
 * "Overal uitloggen" (§7): ends every session of this login (other computers and phones too),
 * via Payload's POST /api/users/logout?allSessions=true. Shown below the navigation links.
 */
import { useAuth, useConfig } from '@payloadcms/ui'
import './shared/beheer.css'
import React, { useState } from 'react'

export const OveralUitloggen: React.FC = () => {
  const { user } = useAuth()
  const { config } = useConfig()
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)
  if (!user) return null

  async function uitloggen() {
    setBezig(true)
    setFout(null)
    try {
      const res = await fetch(`${config.routes.api}/${config.admin.user}/logout?allSessions=true`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!res.ok) throw new Error(String(res.status))
      window.location.assign(`${config.routes.admin}/login`)
    } catch {
      setFout('Uitloggen lukte niet. Probeer het opnieuw.')
      setBezig(false)
    }
  }

  return (
    <div className="za-overal-uitloggen">
      <button
        type="button"
        className="za-tekstknop"
        onClick={uitloggen}
        disabled={bezig}
        aria-describedby="za-overal-uitloggen-uitleg"
      >
        Overal uitloggen
      </button>
      <p id="za-overal-uitloggen-uitleg" className="za-hint">
        Op deze en alle andere computers en telefoons.
      </p>
      {fout && <p role="alert">{fout}</p>}
    </div>
  )
}
