/**
 * The demo seed's open change requests as the review desk shows them, through REST as a beheerder:
 * every request names its sender, and the queue's counts agree with what the review screen shows
 * (an item listed as "gewijzigd" has at least one changed field). And the indexer's projection of
 * the demo's locations: read in one batch (as a full rebuild does) or alone (as an index job
 * does), every location gets the same public document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../cms/seed/seed'
import { projectLocaties } from '../../search-indexer/sync'
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

    it('a batch projection gives every location the document it gets alone', async () => {
      const { docs } = await cms.payload.find({
        collection: 'locaties',
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        select: {},
      })
      const ids = docs.map((d) => String(d.id))
      const batch = await projectLocaties(cms.payload, ids)
      const publiek = [...batch.values()].filter((d) => d !== null)
      // the batch covers what the reads group per location: care offer, free places, waiting
      // times, ratings, contracts and approvals
      expect(publiek.length).toBeGreaterThan(100)
      expect(publiek.some((d) => d.vrijeCapaciteit.length > 0)).toBe(true)
      expect(publiek.some((d) => d.wachttijden.length > 0)).toBe(true)
      expect(publiek.some((d) => d.waardering !== null)).toBe(true)
      expect(publiek.some((d) => d.contractering !== null)).toBe(true)
      expect(publiek.some((d) => d.gecontroleerd !== null)).toBe(true)
      expect(batch.size).toBe(ids.length)
      // each location alone, four at a time (reads only: the answers do not depend on the order)
      const anders: string[] = []
      const rij = [...ids]
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let id = rij.shift(); id !== undefined; id = rij.shift()) {
            const alleen = (await projectLocaties(cms.payload, [id])).get(id)
            if (JSON.stringify(alleen) !== JSON.stringify(batch.get(id))) anders.push(id)
          }
        }),
      )
      expect(anders.sort()).toEqual([])
    }, 120_000)
  })
}
