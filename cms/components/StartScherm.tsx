/**
 * Start screen after login (§1.3), replacing Payload's dashboard. Providers see every organisation
 * of their login across zorgkantoren and choose the one to work on; editors and beheerders see the
 * same table (change requests to review first) with Payload's collection cards below.
 * Server component: picks the layout by role; the table loads in the browser (StartOverzicht).
 */
import { DefaultDashboard, type DashboardViewServerProps } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import { StartOverzicht } from './StartOverzicht'

type Rol = 'beheerder' | 'zorgkantoor' | 'zorgaanbieder'

export function StartScherm(props: DashboardViewServerProps) {
  const user = props.user as { rol?: Rol; naam?: string } | null | undefined
  const rol: Rol = user?.rol ?? 'zorgaanbieder'
  return (
    <>
      <Gutter className="za-start">
        <StartOverzicht rol={rol} naam={user?.naam ?? null} />
      </Gutter>
      {rol !== 'zorgaanbieder' && <DefaultDashboard {...props} />}
    </>
  )
}
