/**
 * The public document's `gecontroleerd` (when and on whose behalf a location was last approved),
 * as the indexer projects it from the approved change requests on a real database, for an
 * organisation with a long history: every location gets the newest approval that published it,
 * however many newer approvals did not, and the indexer reads that history in bounded pages,
 * newest first, only as far as it needs. Shared by the SQLite and PostgreSQL files.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ZORGATLAS } from '../../cms/domain/audit'
import { projectLocaties } from '../../search-indexer/sync'
import type { DbKind } from './helpers/database'
import { createWorld, definitieveLocatie, type Id, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

/** Approvals of the organisation newer than the one that published location X. */
const NIEUWERE = 1100
const uur = (n: number) => new Date(Date.UTC(2021, 0, 1, 9) + n * 3_600_000).toISOString()
/** the approval that published X, older than all the others */
const X_OP = '2020-06-01T10:00:00.000Z'
/** the newest approval, which published Y */
const Y_OP = uur(NIEUWERE)

/** A change request written straight to the database (the workflow's hooks are not the point). */
function verzoek(
  payload: Payload,
  data: {
    organisatie: Id
    status: 'goedgekeurd' | 'afgewezen'
    afgehandeldOp: string | null
    gepubliceerdeLocaties: Id[]
    beoordeeldNamens?: string | null
  },
) {
  const nu = new Date().toISOString()
  return payload.db.create({
    collection: 'wijzigingsverzoeken',
    data: {
      titel: 'Wijziging',
      beoordeeldNamens: null,
      createdAt: nu,
      updatedAt: nu,
      ...data,
      gepubliceerdeLocaties: data.gepubliceerdeLocaties.map(String),
    },
  })
}

export function gecontroleerdSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`last approval in the public document on ${kind}`, () => {
    let cms: TestCms
    let w: World
    /** published by one old approval only */
    let x: string
    /** published by every newer approval, the newest one last */
    let y: string
    /** never published by an approval */
    let z: string

    const locatie = async (agbCode: string, naam: string) =>
      String(
        await definitieveLocatie(cms.payload, w, {
          organisatie: w.org.a,
          agbCode,
          naam,
          huisnummer: agbCode.slice(-1),
        }),
      )

    beforeAll(async () => {
      cms = await startCms(kind)
      w = await createWorld(cms.payload)
      x = String(w.locatie.a1)
      y = await locatie('12340001', 'De Oude Hoeve')
      z = await locatie('12340002', 'De Nieuwe Hoeve')
      const org = w.org.a
      await verzoek(cms.payload, {
        organisatie: org,
        status: 'goedgekeurd',
        afgehandeldOp: X_OP,
        gepubliceerdeLocaties: [Number(x)],
      })
      // two approvals per hour: equal times on the way, also where one page ends
      for (let i = 0; i < NIEUWERE; i++) {
        await verzoek(cms.payload, {
          organisatie: org,
          status: 'goedgekeurd',
          afgehandeldOp: uur(Math.floor(i / 2)),
          gepubliceerdeLocaties: [Number(y)],
          beoordeeldNamens: 'Menzis zorgkantoor',
        })
      }
      await verzoek(cms.payload, {
        organisatie: org,
        status: 'goedgekeurd',
        afgehandeldOp: Y_OP,
        gepubliceerdeLocaties: [Number(y)],
        beoordeeldNamens: 'CZ zorgkantoor',
      })
      // newer than all, naming X, and none of them counts: a rejection, an approval without a
      // time, another organisation's approval
      const later = '2030-01-01T00:00:00.000Z'
      for (const [organisatie, status, afgehandeldOp] of [
        [org, 'afgewezen', later],
        [org, 'goedgekeurd', null],
        [w.org.b, 'goedgekeurd', later],
      ] as const) {
        await verzoek(cms.payload, {
          organisatie,
          status,
          afgehandeldOp,
          gepubliceerdeLocaties: [Number(x), Number(z)],
          beoordeeldNamens: 'Fout zorgkantoor',
        })
      }
    }, 600_000)
    afterAll(async () => {
      vi.restoreAllMocks()
      await cms?.close()
    })

    it('a location gets the newest approval that published it, however many newer ones did not', async () => {
      const verwacht = {
        [x]: { op: X_OP, door: ZORGATLAS },
        [y]: { op: Y_OP, door: 'CZ zorgkantoor' },
        [z]: null,
      }
      const batch = await projectLocaties(cms.payload, [x, y, z])
      for (const id of [x, y, z]) {
        expect(batch.get(id), `location ${id} is public`).toBeTruthy()
        expect(batch.get(id)?.gecontroleerd, `location ${id}`).toEqual(verwacht[id])
        // alone (an index job) as in a batch (a full rebuild)
        const alleen = (await projectLocaties(cms.payload, [id])).get(id)
        expect(alleen?.gecontroleerd, `location ${id} alone`).toEqual(verwacht[id])
      }
    })

    it('reads the approvals in bounded pages, newest first, only as far as it needs', async () => {
      const find = vi.spyOn(cms.payload.db, 'find')
      /** the reads of change requests one projection makes */
      const reads = async (ids: string[]) => {
        find.mockClear()
        await projectLocaties(cms.payload, ids)
        return find.mock.calls
          .map(([args]) => args)
          .filter((args) => args.collection === 'wijzigingsverzoeken')
      }
      // the newest page has Y's approval: one page
      const voorY = await reads([y])
      expect(voorY.map((a) => a.page)).toEqual([1])
      // X's approval is older than NIEUWERE others: further pages, one after the other, each
      // bounded (this assumes pages smaller than NIEUWERE rows)
      const voorX = await reads([x])
      expect(voorX.length).toBeGreaterThan(1)
      expect(voorX.map((a) => a.page)).toEqual(voorX.map((_, i) => i + 1))
      for (const a of voorX) {
        expect(a.limit).toBeGreaterThan(0)
        expect(a.limit).toBeLessThan(NIEUWERE)
      }
      // with Y in the same batch: no more pages than X needs alone
      expect((await reads([y, x])).length).toBe(voorX.length)
    })
  })
}
