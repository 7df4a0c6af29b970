/**
 * Contract years (seed 001) through REST as real users, on a real database and the real embedded
 * search engine: a new year filled from the year before as proposals to review, the zorgkantoor's
 * own notes that nobody else reads, groups (concerns) of organisations to filter and set at once,
 * and the public sentence that names the contract year, with a fixed clock around New Year.
 */
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { readSnapshot } from '../helpers/search-index'
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
      for (const [key, email] of Object.entries(EMAILS)) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
    })
    const EMAILS: Record<string, string> = {
      aanbieder: 'aanbieder@test.nl',
      aanbieder2: 'aanbieder2@test.nl',
      cz: 'redacteur.cz@test.nl',
      menzis: 'redacteur.menzis@test.nl',
      beheer: 'beheer@test.nl',
    }
    /** Moves the clock and logs in again (a token from the real clock has expired by then). */
    async function klokEnLogin(iso: string, ...wie: string[]) {
      klok(iso)
      for (const w of wie) tokens[w] = await cms.rest.login(EMAILS[w]!, PASSWORD)
    }

    afterEach(async () => {
      if (vi.isFakeTimers()) {
        vi.useRealTimers()
        for (const w of Object.keys(EMAILS)) tokens[w] = await cms.rest.login(EMAILS[w]!, PASSWORD)
      }
    })
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
        await klokEnLogin('2026-06-01T10:00:00Z', 'cz')
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

      it('a carry-over in the new year is a proposal: the sentence names 2027 only after the review', async () => {
        await klokEnLogin('2027-01-04T09:00:00Z', 'cz')
        const vul = await rest('cz', 'POST', '/contracten/overnemen', { jaar: 2027 })
        expect(vul.status, JSON.stringify(vul.body)).toBe(200)
        expect(vul.body).toMatchObject({ jaar: 2027, vanJaar: 2026, overgenomen: 1 })
        expect((await herindexeer(world.locatie.a1))?.contractering).toEqual({
          jaar: 2026,
          zorgkantoren: ['CZ zorgkantoor'],
        })
        // the review: the zorgkantoor sets the (same) status for the group it checked
        const bulk = await rest('cz', 'POST', '/contracten/bulk', {
          jaar: 2027,
          status: 'volledig',
          filter: { teControleren: true },
        })
        expect(bulk.status, JSON.stringify(bulk.body)).toBe(200)
        expect(bulk.body).toMatchObject({ organisaties: 1, gewijzigd: 1, ongewijzigd: 0 })
        await runQueue(cms.payload)
        expect((await publicDoc(world.locatie.a1))?.contractering).toEqual({
          jaar: 2027,
          zorgkantoren: ['CZ zorgkantoor'],
        })
      })
    })

    describe('"Jaar {n} vullen vanuit {n-1}": last year as proposals, never over a recorded one', () => {
      let extra: Id
      let weg: Id

      beforeAll(async () => {
        const org = async (naam: string, nza: string) =>
          (
            await cms.payload.create({
              collection: 'organisaties',
              data: {
                naam,
                nzaCode: nza,
                type: 'zorgaanbieder',
                zorgkantoren: [world.zk.cz],
                status: 'definitief',
                _status: 'published',
              },
              draft: false,
              overrideAccess: true,
              context: { workflowStatus: 'definitief', skipIndex: true },
            })
          ).id as Id
        extra = await org('Stichting Extra', '301001')
        weg = await org('Stichting Weg', '301002')
        const contract = (organisatie: Id, zorgkantoor: Id, jaar: number, status: string) =>
          cms.payload.create({
            collection: 'contracten',
            data: { organisatie, zorgkantoor, jaar, status: status as never },
            overrideAccess: true,
          })
        await contract(world.org.a, world.zk.cz, 2030, 'volledig')
        await contract(world.org.c, world.zk.cz, 2030, 'niet')
        await contract(extra, world.zk.cz, 2030, 'gedeeltelijk')
        await contract(weg, world.zk.cz, 2030, 'in-onderhandeling')
        await contract(world.org.b, world.zk.menzis, 2030, 'volledig')
        // already recorded for 2031: stays as it is
        await contract(extra, world.zk.cz, 2031, 'niet')
        // CZ no longer works with "Weg": not carried over
        await cms.payload.update({
          collection: 'organisaties',
          id: weg,
          data: { zorgkantoren: [world.zk.menzis] },
          overrideAccess: true,
          context: { workflowStatus: 'definitief', skipIndex: true },
        })
      })

      const contracten2031 = async (zk: Id) =>
        (
          await cms.payload.find({
            collection: 'contracten',
            where: { and: [{ jaar: { equals: 2031 } }, { zorgkantoor: { equals: zk } }] },
            sort: 'organisatie',
            overrideAccess: true,
          })
        ).docs.map((c) => ({
          organisatie: typeof c.organisatie === 'object' ? c.organisatie.id : c.organisatie,
          status: c.status,
          voorstel: c.voorstel,
        }))

      it('only the zorgkantoor fills a year: providers and anonymous are refused', async () => {
        expect(
          (await rest('aanbieder', 'POST', '/contracten/overnemen', { jaar: 2031 })).status,
        ).toBe(403)
        expect(
          (await cms.rest.request('POST', '/contracten/overnemen', { body: { jaar: 2031 } }))
            .status,
        ).toBe(401)
        const ander = await rest('cz', 'POST', '/contracten/overnemen', {
          jaar: 2031,
          zorgkantoor: world.zk.menzis,
        })
        expect(ander.status).toBe(403)
        expect((await rest('beheer', 'POST', '/contracten/overnemen', { jaar: 2031 })).status).toBe(
          400,
        )
        const fout = await rest('cz', 'POST', '/contracten/overnemen', { jaar: '2031', extra: 1 })
        expect(fout.status).toBe(400)
        expect(await contracten2031(world.zk.cz)).toEqual([
          { organisatie: extra, status: 'niet', voorstel: false },
        ])
      })

      it('copies each of its contracts with its status as a proposal, once', async () => {
        const res = await rest('cz', 'POST', '/contracten/overnemen', { jaar: 2031 })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body).toEqual({
          jaar: 2031,
          vanJaar: 2030,
          zorgkantoor: String(world.zk.cz),
          overgenomen: 2,
          alVastgelegd: 1,
          nietMeerGekoppeld: 1,
        })
        const rijen = await contracten2031(world.zk.cz)
        expect(rijen).toEqual(
          expect.arrayContaining([
            { organisatie: world.org.a, status: 'volledig', voorstel: true },
            { organisatie: world.org.c, status: 'niet', voorstel: true },
            { organisatie: extra, status: 'niet', voorstel: false },
          ]),
        )
        expect(rijen).toHaveLength(3)
        // Menzis's contracts are Menzis's business
        expect(await contracten2031(world.zk.menzis)).toEqual([])
        // again: nothing changes
        const weer = await rest('cz', 'POST', '/contracten/overnemen', { jaar: 2031 })
        expect(weer.body).toMatchObject({ overgenomen: 0, alVastgelegd: 3 })
        // audited, with the note of the carry-over
        const log = await cms.payload.find({
          collection: 'audit-log',
          where: { toelichting: { like: 'Overgenomen uit 2030' } },
          overrideAccess: true,
        })
        expect(log.docs).toHaveLength(2)
      })

      it('the screen shows the proposals, filters them, and a review confirms them', async () => {
        const overzicht = await rest(
          'cz',
          'GET',
          '/contracten/overzicht?jaar=2031&teControleren=ja',
        )
        expect(overzicht.status, JSON.stringify(overzicht.body)).toBe(200)
        const rijen = overzicht.body.organisaties as {
          id: string
          voorstel: boolean
          status: string
        }[]
        expect(rijen.map((r) => [r.id, r.status, r.voorstel]).sort()).toEqual(
          [
            [String(world.org.a), 'volledig', true],
            [String(world.org.c), 'niet', true],
          ].sort(),
        )
        // a PATCH of the status is the review of one contract
        const een = await cms.payload.find({
          collection: 'contracten',
          where: { and: [{ jaar: { equals: 2031 } }, { organisatie: { equals: world.org.c } }] },
          overrideAccess: true,
        })
        const patch = await rest('cz', 'PATCH', `/contracten/${een.docs[0]!.id}`, {
          status: 'niet',
        })
        expect(patch.status, JSON.stringify(patch.body)).toBe(200)
        expect(patch.body.doc.voorstel).toBe(false)
        // nobody ticks a proposal by hand
        const terug = await rest('cz', 'PATCH', `/contracten/${een.docs[0]!.id}`, {
          voorstel: true,
        })
        expect(terug.body.doc.voorstel).toBe(false)
        const nog = await rest('cz', 'GET', '/contracten/overzicht?jaar=2031&teControleren=ja')
        expect(nog.body.organisaties.map((r: { id: string }) => r.id)).toEqual([
          String(world.org.a),
        ])
      })
    })

    describe("the zorgkantoor's notes (Opmerkingen) are read by nobody else", () => {
      const GEHEIM = 'Onderhandeling loopt moeizaam; bellen met de bestuurder.'
      let contract: Id

      beforeAll(async () => {
        const res = await rest('cz', 'POST', '/contracten', {
          organisatie: world.org.a,
          zorgkantoor: world.zk.cz,
          jaar: 2040,
          status: 'in-onderhandeling',
          opmerkingen: GEHEIM,
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        contract = res.body.doc.id
        expect(res.body.doc.opmerkingen).toBe(GEHEIM)
      })

      it('the editor and the beheerder read them', async () => {
        expect((await rest('cz', 'GET', `/contracten/${contract}`)).body.opmerkingen).toBe(GEHEIM)
        expect((await rest('beheer', 'GET', `/contracten/${contract}`)).body.opmerkingen).toBe(
          GEHEIM,
        )
        const overzicht = await rest('cz', 'GET', '/contracten/overzicht?jaar=2040')
        const rij = overzicht.body.organisaties.find(
          (r: { id: string }) => r.id === String(world.org.a),
        )
        expect(rij.opmerkingen).toBe(GEHEIM)
      })

      it('a provider of the organisation reads the contract, never the notes (REST, GraphQL)', async () => {
        const een = await rest('aanbieder', 'GET', `/contracten/${contract}`)
        expect(een.status).toBe(200)
        expect(een.body.status).toBe('in-onderhandeling')
        expect(een.body).not.toHaveProperty('opmerkingen')
        const lijst = await rest('aanbieder', 'GET', '/contracten?limit=100')
        expect(JSON.stringify(lijst.body)).not.toContain('moeizaam')
        const gql = await cms.rest.graphql(
          '{ Contracten(limit: 100) { docs { id jaar opmerkingen } } }',
          tokens.aanbieder,
        )
        expect(JSON.stringify(gql.body)).not.toContain('moeizaam')
        // no oracle: filtering or sorting on the notes tells nothing
        const zoek = await rest(
          'aanbieder',
          'GET',
          `/contracten?where[opmerkingen][like]=moeizaam&limit=100`,
        )
        const zonder = await rest('aanbieder', 'GET', '/contracten?limit=100')
        if (zoek.status === 200) expect(zoek.body.totalDocs).toBe(zonder.body.totalDocs)
        else expect(zoek.status).toBeLessThan(500)
        const gqlZoek = await cms.rest.graphql(
          '{ Contracten(where: { opmerkingen: { like: "moeizaam" } }) { totalDocs } }',
          tokens.aanbieder,
        )
        expect(gqlZoek.body?.data?.Contracten?.totalDocs ?? 'geweigerd').not.toBe(1)
      })

      it('the editor of another zorgkantoor reads neither the contract nor the notes', async () => {
        const res = await rest('menzis', 'GET', `/contracten/${contract}`)
        expect([403, 404]).toContain(res.status)
        expect(JSON.stringify(res.body)).not.toContain('moeizaam')
      })

      it('the audit trail says the notes changed, never what they say', async () => {
        const wijzig = await rest('cz', 'PATCH', `/contracten/${contract}`, {
          opmerkingen: 'Nieuwe notitie: akkoord op hoofdlijnen.',
        })
        expect(wijzig.status).toBe(200)
        const log = await cms.payload.find({
          collection: 'audit-log',
          where: { documentId: { equals: String(contract) } },
          overrideAccess: true,
          limit: 0,
          pagination: false,
        })
        expect(log.docs.length).toBeGreaterThanOrEqual(2)
        const tekst = JSON.stringify(log.docs)
        expect(tekst).not.toContain('moeizaam')
        expect(tekst).not.toContain('hoofdlijnen')
        expect(tekst).toContain('Opmerkingen')
      })

      it('the public document never carries them', async () => {
        await klokEnLogin('2040-03-01T10:00:00Z', 'cz')
        await rest('cz', 'PATCH', `/contracten/${contract}`, { status: 'volledig' })
        const doc = await herindexeer(world.locatie.a1)
        expect(doc?.contractering).toEqual({ jaar: 2040, zorgkantoren: ['CZ zorgkantoor'] })
        expect(JSON.stringify(doc)).not.toMatch(/hoofdlijnen|moeizaam|opmerking/i)
      })
    })

    describe('groups (concerns): set by the zorgkantoor, to filter and set a status at once', () => {
      it('the editor sets a group; a provider cannot change it (REST, GraphQL)', async () => {
        const zet = await rest('cz', 'PATCH', `/organisaties/${world.org.a}`, {
          groep: '  Zorggroep   Zuid ',
        })
        expect(zet.status, JSON.stringify(zet.body)).toBe(200)
        expect(zet.body.doc.groep).toBe('Zorggroep Zuid')
        await rest('cz', 'PATCH', `/organisaties/${world.org.c}`, { groep: 'Zorggroep Zuid' })

        const aanbieder = await rest('aanbieder', 'PATCH', `/organisaties/${world.org.a}`, {
          groep: 'Eigen groep',
        })
        // a provider's save is a proposal; the group is not part of it
        const nieuwste = await cms.payload.findByID({
          collection: 'organisaties',
          id: world.org.a,
          draft: true,
          overrideAccess: true,
        })
        expect(nieuwste.groep, JSON.stringify(aanbieder.body)).toBe('Zorggroep Zuid')
        await cms.rest.graphql(
          `mutation { updateOrganisatie(id: ${world.org.a}, data: { groep: "GraphQL groep" }) { id } }`,
          tokens.aanbieder,
        )
        const na = await cms.payload.findByID({
          collection: 'organisaties',
          id: world.org.a,
          draft: true,
          overrideAccess: true,
        })
        expect(na.groep).toBe('Zorggroep Zuid')
        // providers read it
        expect((await rest('aanbieder', 'GET', `/organisaties/${world.org.a}`)).body.groep).toBe(
          'Zorggroep Zuid',
        )
      })

      it('the overview filters on the group and lists the groups', async () => {
        const res = await rest(
          'cz',
          'GET',
          `/contracten/overzicht?jaar=2041&groep=${encodeURIComponent('Zorggroep Zuid')}`,
        )
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body.groepen).toEqual(['Zorggroep Zuid'])
        expect(res.body.organisaties.map((o: { id: string }) => o.id).sort()).toEqual(
          [String(world.org.a), String(world.org.c)].sort(),
        )
        expect(
          res.body.organisaties.every((o: { groep: string }) => o.groep === 'Zorggroep Zuid'),
        ).toBe(true)
      })

      it('the bulk endpoint sets the status of the whole group, and only of its own organisations', async () => {
        // Menzis has no organisation of this group: nothing to set
        const menzis = await rest('menzis', 'POST', '/contracten/bulk', {
          jaar: 2041,
          status: 'volledig',
          filter: { groep: 'Zorggroep Zuid' },
        })
        expect(menzis.status, JSON.stringify(menzis.body)).toBe(200)
        expect(menzis.body.organisaties).toBe(0)
        const cz = await rest('cz', 'POST', '/contracten/bulk', {
          jaar: 2041,
          status: 'gedeeltelijk',
          filter: { groep: 'Zorggroep Zuid' },
        })
        expect(cz.status, JSON.stringify(cz.body)).toBe(200)
        expect(cz.body).toMatchObject({ organisaties: 2, aangemaakt: 2 })
        const gezet = await cms.payload.find({
          collection: 'contracten',
          where: { jaar: { equals: 2041 } },
          overrideAccess: true,
        })
        expect(
          gezet.docs
            .map((c) => (typeof c.organisatie === 'object' ? c.organisatie.id : c.organisatie))
            .sort(),
        ).toEqual([world.org.a, world.org.c].sort())
      })
    })
  })
}
