'use client'
/** Voorziening (§3.2.3). Placeholder: the plain text field until the choice list is built. */
import { TextField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React from 'react'

export const VoorzieningKeuze: TextFieldClientComponent = (props) => <TextField {...props} />
