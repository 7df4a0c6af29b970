/**
 * Contract years (seed 001) through REST as real users, on a real database and the real embedded
 * search engine: a new year filled from the year before as proposals to review, the zorgkantoor's
 * own notes that nobody else reads, groups (concerns) of organisations to filter and set at once,
 * and the public sentence that names the contract year, with a fixed clock around New Year.
 */
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { readSnapshot } from '../../search-indexer/engine/embedded/snapshot'
import { queueIndexJob } from '../../cms/jobs/queue'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

/** A clock in the Netherlands: only Date is faked (Payload's timers keep running). */
function klok(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) })
}

export function contractjarenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`contract years on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      for (const [key, email] of Object.entries({
        aanbieder: 'aanbieder@test.nl',
        aanbieder2: 'aanbieder2@test.nl',
        cz: 'redacteur.cz@test.nl',
        menzis: 'redacteur.menzis@test.nl',
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
    })
    afterEach(() => vi.useRealTimers())
    afterAll(async () => cms?.close())

    const rest = (who: string, method: string, pad: string, body?: unknown) =>
      cms.rest.request(method, pad, { token: tokens[who], body })

    async function publicDoc(locatieId: Id) {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry ? (JSON.parse(entry.json) as Record<string, any>) : null
    }

    /** Re-index a location (as any change would) and read its public document. */
    async function herindexeer(locatieId: Id) {
      await queueIndexJob({ payload: cms.payload } as never, [String(locatieId)])
      await runQueue(cms.payload)
      return publicDoc(locatieId)
    }

    describe('the sentence that names the contract year', () => {
      it('still names last year after New Year, until this year is recorded', async () => {
        klok('2026-06-01T10:00:00Z')
        const res = await rest('cz', 'POST', '/contracten', {
          organisatie: world.org.a,
          zorgkantoor: world.zk.cz,
          jaar: 2026,
          status: 'volledig',
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        expect((await herindexeer(world.locatie.a1))?.contractering).toEqual({
          jaar: 2026,
          zorgkantoren: ['CZ zorgkantoor'],
        })

        // 00:30 on 1 January 2027 in Amsterdam (still 2026 in UTC): a re-index of the location.
        klok('2026-12-31T23:30:00Z')
        expect((await herindexeer(world.locatie.a1))?.contractering).toEqual({
          jaar: 2026,
          zorgkantoren: ['CZ zorgkantoor'],
        })
      })
    })
  })
}
