/**
 * A root view of our own inside Payload's admin layout (navigation, header): Payload renders custom
 * root views without a template, so each wraps itself in the default one. `kruimel` names the page
 * in the header's path (else the path of the previous screen, e.g. "Organisaties", stayed there).
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

export function BeheerPagina({
  view,
  kruimel,
  children,
}: {
  view: AdminViewServerProps
  kruimel: string
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: kruimel }]} />
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
