'use client'
/** "Inloggen in twee stappen" below the navigation, for a login that has not turned it on yet. */
import { useAuth } from '@payloadcms/ui'
import React from 'react'
import '../shared/beheer.css'

export const TweestapsLink: React.FC = () => {
  const { user } = useAuth()
  if (!user || (user as { tweestaps?: boolean | null }).tweestaps) return null
  return (
    <a className="za-tekstknop za-tweestaps-link" href="/admin/tweestaps">
      Inloggen in twee stappen instellen
    </a>
  )
}
