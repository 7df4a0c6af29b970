'use client'
/**
 * The organisation of a photo: Payload's own relationship field, preset to the organisation of the
 * location the photo is uploaded from (a provider with several organisations otherwise had to pick
 * it, and the upload failed when they did not). The server still checks the choice
 * (setMediaOrganisatie).
 */
import { RelationshipField, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import React, { useEffect } from 'react'
import { huidigeOrganisatie } from './shared/huidigeOrganisatie'

export const MediaOrganisatie: RelationshipFieldClientComponent = (props) => {
  const { value, setValue } = useField<string | number | null>({ path: props.path })
  useEffect(() => {
    const organisatie = huidigeOrganisatie()
    if ((value === null || value === undefined || value === '') && organisatie !== null)
      setValue(organisatie)
    // Only when the field first shows: a choice the user makes afterwards stays.
  }, [])
  return <RelationshipField {...props} />
}
