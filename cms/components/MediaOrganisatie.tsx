'use client'
/**
 * The organisation of a photo: Payload's own relationship field, preset to the organisation of the
 * location the photo is uploaded from (a provider with several organisations otherwise had to pick
 * it, and the upload failed when they did not). The upload drawer is rendered outside the
 * location's form, so the location is read from the address of the screen it is opened on, and
 * its organisation from the REST API once the drawer's form has initialised (a value set earlier
 * is replaced by the form's initial state). The server still checks the choice
 * (setMediaOrganisatie).
 */
import { RelationshipField, useField, useFormInitializing } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import React, { useEffect, useRef } from 'react'
import { api } from './shared/api'

/** The id of the location whose edit screen is open, from the address; null elsewhere. */
export function locatieVanScherm(pathname: string): string | null {
  const match = /\/collections\/locaties\/(\d+|[0-9a-f]{24})(?:\/|$)/.exec(pathname)
  return match ? match[1]! : null
}

export const MediaOrganisatie: RelationshipFieldClientComponent = (props) => {
  const { value, setValue } = useField<string | number | null>({ path: props.path })
  const initializing = useFormInitializing()
  const gedaan = useRef(false)
  const zichtbaar = useRef(true)
  useEffect(
    () => () => {
      zichtbaar.current = false
    },
    [],
  )
  useEffect(() => {
    if (initializing || gedaan.current) return
    gedaan.current = true
    // Only when the field first shows empty: a choice the user makes afterwards stays.
    if (value !== null && value !== undefined && value !== '') return
    const locatie = locatieVanScherm(window.location.pathname)
    if (!locatie) return
    void api<{ organisatie?: unknown }>(`/api/locaties/${locatie}?depth=0&draft=true`).then(
      ({ ok, data }) => {
        const organisatie = data.organisatie
        if (!ok || !zichtbaar.current) return
        if (typeof organisatie === 'number' || typeof organisatie === 'string')
          setValue(organisatie)
      },
    )
  }, [initializing, value, setValue])
  return <RelationshipField {...props} />
}
