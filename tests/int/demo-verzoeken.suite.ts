/**
 * The demo seed's open change requests as the review desk shows them, through REST as a beheerder:
 * every request names its sender, and the queue's counts agree with what the review screen shows
 * (an item listed as "gewijzigd" has at least one changed field).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../cms/seed/seed'
import type { DbKind } from './helpers/database'
import { startCms, type TestCms } from './helpers/payload'
import { loginMetCode } from './helpers/tweestaps'
import { DEMO_TWEESTAPS_GEHEIM } from '../../cms/domain/tweestaps'

const WACHTWOORD = 'Demo-wachtwoord-2026'

type Aantallen = { nieuw: number; gewijzigd: number; verwijderd: number }

export function demoVerzoekenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`demo change requests on ${kind}`, () => {
    let cms: TestCms
    let token: string

    beforeAll(async () => {
      cms = await startCms(kind)
      await seedDemo(cms.payload, { password: WACHTWOORD })
      // the demo logins use two-step login with the documented demo secret
      token = await loginMetCode(
        cms.rest,
        'beheer@zorgatlas.test',
        WACHTWOORD,
        DEMO_TWEESTAPS_GEHEIM,
      )
    }, 600_000)
    afterAll(async () => cms?.close())

    it('every open request has a sender, and the queue and the review screen agree', async () => {
      const wachtrij = await cms.rest.request('GET', '/wijzigingsverzoeken/wachtrij', { token })
      expect(wachtrij.status, JSON.stringify(wachtrij.body)).toBe(200)
      const verzoeken = wachtrij.body.verzoeken as {
        id: number
        verstuurdDoor: string
        aantallen: Aantallen
      }[]
      expect(verzoeken.length).toBeGreaterThan(0)
      // Every disagreement at once, so a failure names all of them.
      const fouten: string[] = []
      for (const regel of verzoeken) {
        if (regel.verstuurdDoor === 'onbekend') fouten.push(`request ${regel.id}: no sender`)
        const res = await cms.rest.request('GET', `/wijzigingsverzoeken/${regel.id}/verschillen`, {
          token,
        })
        expect(res.status).toBe(200)
        const items = res.body.items as { soort: keyof Aantallen; titel: string; velden: [] }[]
        const getoond: Aantallen = { nieuw: 0, gewijzigd: 0, verwijderd: 0 }
        for (const item of items) getoond[item.soort]++
        if (JSON.stringify(getoond) !== JSON.stringify(regel.aantallen))
          fouten.push(
            `request ${regel.id}: queue ${JSON.stringify(regel.aantallen)}, screen ${JSON.stringify(getoond)}`,
          )
        expect(res.body.verzoek.aantallen).toEqual(regel.aantallen)
        for (const item of items.filter((i) => i.soort === 'gewijzigd' && !i.velden.length))
          fouten.push(`request ${regel.id}: "${item.titel}" listed as gewijzigd, nothing changed`)
      }
      expect(fouten).toEqual([])
    })
  })
}
