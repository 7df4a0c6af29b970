'use client'
/**
 * Session (seed 004 §2.1): log out after 20 minutes without activity (SESSION_IDLE_MINUTES, or
 * SESSION_IDLE_SECONDS for tests), with a warning a minute before (halfway in a short session). Payload's admin already warns a minute before the login token expires ("Ingelogd
 * blijven") and logs out when it does, but it only renews the token in the last two minutes, and
 * only on navigation or form changes. So someone who typed at minute 17 and then paused would be
 * logged out at minute 20. This provider renews the token on real activity (keys, clicks, scroll,
 * touch), at most every 30 seconds (a quarter of a shorter session): activity in between is renewed
 * when that interval is over. So the token runs out after the idle time, never earlier and at most
 * one interval later.
 * Whatever the activity, a session ends SESSION_MAX_MINUTES after login (12 hours): the server
 * then refuses its token (cms/collections/Users/hooks/tweedeStap.ts) and the admin logs out.
 */
import { useAuth, useModal } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'
import { STANDAARD_IDLE_MINUTEN, vernieuwIntervalMs } from '../domain/sessie'

const ACTIVITEIT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const
/** Payload's warning modal; activity inside it (e.g. clicking "Uitloggen") must not renew. */
const WAARSCHUWING = 'stay-logged-in'

export const SessieBewaker: React.FC<{ children?: React.ReactNode; idleSeconden?: number }> = ({
  children,
  idleSeconden = STANDAARD_IDLE_MINUTEN * 60,
}) => {
  const tussenVernieuwingenMs = vernieuwIntervalMs(idleSeconden)
  const { user, refreshCookie } = useAuth()
  const { isModalOpen } = useModal()
  const aangemeld = Boolean(user)
  // Latest functions in refs, so opening a modal or a renewal does not drop a pending renewal.
  const vernieuwRef = useRef(refreshCookie)
  const waarschuwingOpenRef = useRef(() => isModalOpen(WAARSCHUWING))
  useEffect(() => {
    vernieuwRef.current = refreshCookie
    waarschuwingOpenRef.current = () => isModalOpen(WAARSCHUWING)
  }, [refreshCookie, isModalOpen])

  useEffect(() => {
    if (!aangemeld) return
    let laatste = Date.now()
    let uitgesteld: ReturnType<typeof setTimeout> | undefined
    const vernieuw = () => {
      uitgesteld = undefined
      if (waarschuwingOpenRef.current()) return
      // On the login page a session may still wait for its second step: nothing to renew.
      if (/\/login\/?$/.test(window.location.pathname)) return
      laatste = Date.now()
      vernieuwRef.current(true)
    }
    const opActiviteit = () => {
      if (uitgesteld || waarschuwingOpenRef.current()) return
      const wacht = laatste + tussenVernieuwingenMs - Date.now()
      if (wacht <= 0) vernieuw()
      else uitgesteld = setTimeout(vernieuw, wacht)
    }
    for (const soort of ACTIVITEIT)
      window.addEventListener(soort, opActiviteit, { capture: true, passive: true })
    return () => {
      clearTimeout(uitgesteld)
      for (const soort of ACTIVITEIT)
        window.removeEventListener(soort, opActiviteit, { capture: true })
    }
  }, [aangemeld, tussenVernieuwingenMs])

  return <>{children}</>
}
