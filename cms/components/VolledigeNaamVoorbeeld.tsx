'use client'
/** Volledige naam (§3.2.4). Placeholder: the plain text field until the live preview is built. */
import { TextField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React from 'react'

export const VolledigeNaamVoorbeeld: TextFieldClientComponent = (props) => <TextField {...props} />
