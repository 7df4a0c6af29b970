'use client'
/**
 * "Publiceer wijzigingen" and "Publicatie ongedaan maken" only for the roles that publish
 * (cms/domain/beheermenu.ts): zorgkantoor editors and beheerders. Providers save proposals
 * (drafts) and remove public items through "Verwijder" (§6); the server enforces that too.
 */
import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'
import { beheerschermVan } from '../domain/beheermenu'
import type { User } from '../payload-types'

const useMagPubliceren = (): boolean => beheerschermVan(useAuth<User>().user).publiceren

export const PublishButtonForEditors: React.FC = () =>
  useMagPubliceren() ? <PublishButton /> : null

export const UnpublishButtonForEditors: React.FC = () =>
  useMagPubliceren() ? <UnpublishButton /> : null
