'use client'
/**
 * The current password on one's own account page: a password input (never shown in clear), asked
 * again to change the password or e-mail address. Not required otherwise; the server checks it
 * (cms/collections/Users/hooks/bewaakWachtwoord.ts) and answers in Dutch.
 */
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React from 'react'

export const HuidigWachtwoord: TextFieldClientComponent = (props) => (
  <PasswordField
    {...props}
    field={{ ...props.field, required: false }}
    autoComplete="current-password"
    validate={() => true}
  />
)
