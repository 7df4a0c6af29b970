'use client'
/** Only zorgkantoor editors and beheerders publish; providers save proposals (drafts) only. */
import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

export const PublishButtonForEditors: React.FC = () => {
  const { user } = useAuth<{ rol?: string }>()
  if (!user || user.rol === 'zorgaanbieder') return null
  return <PublishButton />
}
