'use client'
/**
 * Session (§7): log out after SESSION_IDLE_MINUTES without activity, with a warning a minute
 * before. Payload's admin already warns a minute before the login token expires ("Ingelogd
 * blijven") and logs out when it does, but it only renews the token in the last two minutes, and
 * only on navigation or form changes. So someone who typed at minute 17 and then paused would be
 * logged out at minute 20. This provider renews the token on real activity (keys, clicks, scroll,
 * touch; at most once a minute), so the token runs out exactly after the idle time.
 */
import { useAuth, useModal } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

const ACTIVITEIT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const
const MINSTENS_TUSSEN_VERNIEUWINGEN_MS = 60_000
/** Payload's warning modal; activity inside it (e.g. clicking "Uitloggen") must not renew. */
const WAARSCHUWING = 'stay-logged-in'

export const SessieBewaker: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const { user, refreshCookie } = useAuth()
  const { isModalOpen } = useModal()
  const laatste = useRef(Date.now())

  useEffect(() => {
    if (!user) return
    laatste.current = Date.now()
    const opActiviteit = () => {
      const nu = Date.now()
      if (nu - laatste.current < MINSTENS_TUSSEN_VERNIEUWINGEN_MS || isModalOpen(WAARSCHUWING))
        return
      laatste.current = nu
      refreshCookie(true)
    }
    for (const soort of ACTIVITEIT)
      window.addEventListener(soort, opActiviteit, { capture: true, passive: true })
    return () => {
      for (const soort of ACTIVITEIT)
        window.removeEventListener(soort, opActiviteit, { capture: true })
    }
  }, [user, refreshCookie, isModalOpen])

  return <>{children}</>
}
