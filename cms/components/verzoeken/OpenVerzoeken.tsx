'use client'
/** On the editor's start screen: how many providers' requests wait for an answer. */
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import type { VerzoekWachtrij } from '../../workflow/verzoeken'
import { api } from '../shared/api'

export const OpenVerzoeken: React.FC = () => {
  const [aantal, setAantal] = useState<number | null>(null)
  useEffect(() => {
    let actief = true
    api<VerzoekWachtrij>('/api/verzoeken/wachtrij')
      .then(({ ok, data }) => actief && ok && setAantal(data.aantal))
      .catch(() => undefined) // a convenience; the queue itself shows the requests
    return () => {
      actief = false
    }
  }, [])
  if (!aantal) return null
  return (
    <p>
      {aantal === 1
        ? '1 verzoek van een zorgaanbieder wacht op een antwoord. '
        : `${aantal} verzoeken van zorgaanbieders wachten op een antwoord. `}
      <Link href="/admin/beoordelen#verzoeken">Naar de verzoeken</Link>
    </p>
  )
}
