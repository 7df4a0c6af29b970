/**
 * Organisations, contracts and mergers, through REST as real users on a real
 * database and the real embedded search engine: NZa codes, who may touch which organisation and
 * contract, the bulk contract change on exactly the filtered set, and the merger.
 */
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractJaar } from '../../cms/domain/contract'
import { FUSIE_MESSAGES } from '../../cms/domain/fusie'
import { NZA_MESSAGES } from '../../cms/domain/organisatie'
import { queueReindexJob } from '../../cms/jobs/queue'
import { createSearchReader } from '../../search-indexer/engine'
import { readSnapshot } from '../helpers/search-index'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const JAAR = contractJaar()

/** A small real JPEG, to store media. */
const JPEG = await sharp({
  create: { width: 16, height: 12, channels: 3, background: '#7a9a5a' },
})
  .jpeg()
  .toBuffer()

/** The message of one field in Payload's REST answer (ValidationError) or in ours (`velden`). */
function veldFout(body: any, pad: string): string | undefined {
  if (body?.velden?.[pad]) return body.velden[pad]
  for (const e of body?.errors ?? []) {
    for (const f of e?.data?.errors ?? []) if (f.path === pad) return f.message
  }
  return undefined
}

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

export function organisatiesSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`organisations, contracts and mergers on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    let agb = 50000000

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
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())

    const runJobs = () => runQueue(cms.payload)

    async function publicDoc(locatieId: Id) {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry
        ? (JSON.parse(entry.json) as {
            naam: string
            organisatie: { id: string; naam: string }
            zorgkantoren: string[]
            contractering: { jaar: number; zorgkantoren: string[] } | null
          })
        : null
    }

    /** A Definitief organisation of the given zorgkantoren, written as the system. */
    async function organisatie(
      naam: string,
      zorgkantoren: Id[],
      extra: Record<string, unknown> = {},
    ) {
      const doc = await cms.payload.create({
        collection: 'organisaties',
        data: {
          naam,
          nzaCode: String(agb++),
          type: 'zorgaanbieder',
          zorgkantoren,
          status: 'definitief',
          _status: 'published',
          ...extra,
        },
        draft: false,
        ...SYSTEM,
      })
      return doc.id as Id
    }

    /** A Definitief, public location with a filled care offer in Tilburg, written as the system. */
    async function locatie(org: Id, naam: string) {
      const l = await cms.payload.create({
        collection: 'locaties',
        data: {
          organisatie: org,
          agbCode: String(agb++),
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam,
          gebruikVolledigeNaam: true,
          bezoekadres: {
            straat: 'Kerkstraat',
            huisnummer: '3',
            postcode: '5038 CD',
            plaats: 'Tilburg',
          },
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      const z = await cms.payload.create({
        collection: 'zorgaanbod',
        data: {
          locatie: l.id,
          woonplaats: world.wp.tilburg,
          vv: VV_AANBOD,
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      return { locatie: l.id as Id, aanbod: z.id as Id, agbCode: l.agbCode }
    }

    const contractVan = async (org: Id, zk: Id, jaar = JAAR) =>
      (
        await cms.payload.find({
          collection: 'contracten',
          where: {
            and: [
              { organisatie: { equals: org } },
              { zorgkantoor: { equals: zk } },
              { jaar: { equals: jaar } },
            ],
          },
          overrideAccess: true,
        })
      ).docs[0] ?? null

    const alleContracten = async () =>
      (
        await cms.payload.find({
          collection: 'contracten',
          limit: 0,
          pagination: false,
          sort: 'id',
          overrideAccess: true,
          depth: 0,
        })
      ).docs.map((c) => ({
        id: c.id,
        org: String(c.organisatie),
        zk: String(c.zorgkantoor),
        jaar: c.jaar,
        status: c.status,
      }))

    // --- 1. Organisations -----------------------------------------------------------------------
    describe('1. registering organisations: NZa code unique, fictitious for OCO and PGB', () => {
      it('an editor registers a zorgaanbieder with its NZa code', async () => {
        const res = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: {
            naam: 'Stichting Nieuw',
            nzaCode: '301001',
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.cz],
          },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        expect(res.body.doc.nzaCode).toBe('301001')
      })

      it('a second organisation with the same NZa code is refused (create and update), naming the field', async () => {
        const dubbel = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: {
            naam: 'Stichting Dubbel',
            nzaCode: '300101',
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.cz],
          },
        })
        expect(dubbel.status, JSON.stringify(dubbel.body)).toBe(400)
        expect(veldFout(dubbel.body, 'nzaCode')).toBe(NZA_MESSAGES.dubbel('Stichting Zorgstroom'))
        // with spaces around it, it is the same code
        const spaties = await cms.rest.request('POST', '/organisaties', {
          token: tokens.beheer,
          body: {
            naam: 'Stichting Spatie',
            nzaCode: ' 300101 ',
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.cz],
          },
        })
        expect(spaties.status, JSON.stringify(spaties.body)).toBe(400)
        const update = await cms.rest.request('PATCH', `/organisaties/${world.org.c}`, {
          token: tokens.cz,
          body: { nzaCode: '300101' },
        })
        expect(update.status, JSON.stringify(update.body)).toBe(400)
        expect(veldFout(update.body, 'nzaCode')).toContain('al in gebruik')
        const c = await cms.payload.findByID({
          collection: 'organisaties',
          id: world.org.c,
          draft: true,
          overrideAccess: true,
        })
        expect(c.nzaCode).toBe('300303')
        // saving its own code again is fine
        const zelf = await cms.rest.request('PATCH', `/organisaties/${world.org.c}`, {
          token: tokens.cz,
          body: { nzaCode: '300303', telefoon: '013 000 00 00' },
        })
        expect(zelf.status, JSON.stringify(zelf.body)).toBe(200)
      })

      it('the database refuses a double code too (the unique index behind the check)', async () => {
        await expect(
          cms.payload.db.create({
            collection: 'organisaties',
            data: { naam: 'Race', nzaCode: '300202', type: 'zorgaanbieder', status: 'definitief' },
          }),
        ).rejects.toThrow()
      })

      it('an OCO and a PGB-initiatief get the next free fictitious code; a real code for them is refused', async () => {
        const oco1 = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: { naam: 'OCO Eén', type: 'oco', zorgkantoren: [world.zk.cz] },
        })
        expect(oco1.status, JSON.stringify(oco1.body)).toBe(201)
        expect(oco1.body.doc.nzaCode).toBe('OCO-0001')
        const oco2 = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: { naam: 'OCO Twee', type: 'oco', nzaCode: '', zorgkantoren: [world.zk.cz] },
        })
        expect(oco2.body.doc.nzaCode).toBe('OCO-0002')
        const pgb = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: { naam: 'PGB Huis', type: 'pgb-initiatief', zorgkantoren: [world.zk.cz] },
        })
        expect(pgb.body.doc.nzaCode).toBe('PGB-0001')
        const echt = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: { naam: 'OCO Drie', type: 'oco', nzaCode: '399999', zorgkantoren: [world.zk.cz] },
        })
        expect(echt.status, JSON.stringify(echt.body)).toBe(400)
        expect(veldFout(echt.body, 'nzaCode')).toBe(NZA_MESSAGES.verkeerdeReeks('OCO'))
        const gereserveerd = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: {
            naam: 'Zorg Vals',
            type: 'zorgaanbieder',
            nzaCode: 'OCO-0009',
            zorgkantoren: [world.zk.cz],
          },
        })
        expect(gereserveerd.status, JSON.stringify(gereserveerd.body)).toBe(400)
        expect(veldFout(gereserveerd.body, 'nzaCode')).toBe(NZA_MESSAGES.gereserveerd)
        const zonder = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: { naam: 'Zorg Zonder', type: 'zorgaanbieder', zorgkantoren: [world.zk.cz] },
        })
        expect(zonder.status, JSON.stringify(zonder.body)).toBe(400)
        expect(veldFout(zonder.body, 'nzaCode')).toBe(NZA_MESSAGES.verplicht)
        // a zorgaanbieder that becomes an OCO gets a fictitious code
        const wordtOco = await cms.rest.request('PATCH', `/organisaties/${world.org.c}`, {
          token: tokens.beheer,
          body: { type: 'pgb-initiatief' },
        })
        expect(wordtOco.status, JSON.stringify(wordtOco.body)).toBe(200)
        expect(wordtOco.body.doc.nzaCode).toBe('PGB-0002')
        const terug = await cms.rest.request('PATCH', `/organisaties/${world.org.c}`, {
          token: tokens.beheer,
          body: { type: 'zorgaanbieder', nzaCode: '300303' },
        })
        expect(terug.status, JSON.stringify(terug.body)).toBe(200)
      })

      it('a provider cannot register an organisation, nor change its NZa code', async () => {
        const res = await cms.rest.request('POST', '/organisaties', {
          token: tokens.aanbieder,
          body: {
            naam: 'Eigen',
            nzaCode: '309999',
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.cz],
          },
        })
        expect(res.status).toBe(403)
      })
    })

    // --- 2. Access of another zorgkantoor ---------------------------------------------------------
    describe('2. an editor of zorgkantoor B gets nothing of an organisation contracted only by A', () => {
      it('read of drafts, update, delete', async () => {
        const read = await cms.rest.request('GET', `/organisaties/${world.org.a}?draft=true`, {
          token: tokens.menzis,
        })
        expect([403, 404]).toContain(read.status)
        const update = await cms.rest.request('PATCH', `/organisaties/${world.org.a}`, {
          token: tokens.menzis,
          body: { telefoon: '099' },
        })
        expect([403, 404]).toContain(update.status)
        const del = await cms.rest.request('DELETE', `/organisaties/${world.org.a}`, {
          token: tokens.menzis,
        })
        expect([403, 404]).toContain(del.status)
        const a = await cms.payload.findByID({
          collection: 'organisaties',
          id: world.org.a,
          overrideAccess: true,
        })
        expect(a.telefoon ?? null).not.toBe('099')
      })

      it('contract change: create, update, delete, and the bulk action', async () => {
        const eigen = await cms.rest.request('POST', '/contracten', {
          token: tokens.cz,
          body: {
            organisatie: world.org.a,
            zorgkantoor: world.zk.cz,
            jaar: JAAR,
            status: 'volledig',
          },
        })
        expect(eigen.status, JSON.stringify(eigen.body)).toBe(201)
        for (const zk of [world.zk.menzis, world.zk.cz]) {
          const res = await cms.rest.request('POST', '/contracten', {
            token: tokens.menzis,
            body: { organisatie: world.org.a, zorgkantoor: zk, jaar: JAAR + 1, status: 'niet' },
          })
          expect([403, 404], JSON.stringify(res.body)).toContain(res.status)
        }
        const update = await cms.rest.request('PATCH', `/contracten/${eigen.body.doc.id}`, {
          token: tokens.menzis,
          body: { status: 'niet' },
        })
        expect([403, 404]).toContain(update.status)
        const del = await cms.rest.request('DELETE', `/contracten/${eigen.body.doc.id}`, {
          token: tokens.menzis,
        })
        expect([403, 404]).toContain(del.status)
        const bulk = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.menzis,
          body: { jaar: JAAR, status: 'niet', organisaties: [world.org.a] },
        })
        expect([403, 404]).toContain(bulk.status)
        // a beheerder-only option: an editor cannot act for another zorgkantoor
        const ander = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.menzis,
          body: { jaar: JAAR, status: 'niet', zorgkantoor: world.zk.cz, filter: {} },
        })
        expect(ander.status).toBe(403)
        expect((await contractVan(world.org.a, world.zk.cz))?.status).toBe('volledig')
        // reading: not the other zorgkantoor's contracts
        const lijst = await cms.rest.request('GET', '/contracten?limit=100', {
          token: tokens.menzis,
        })
        expect(lijst.status).toBe(200)
        expect(lijst.body.docs).toHaveLength(0)
        const een = await cms.rest.request('GET', `/contracten/${eigen.body.doc.id}`, {
          token: tokens.menzis,
        })
        expect([403, 404]).toContain(een.status)
      })

      it('merger', async () => {
        for (const [van, naar] of [
          [world.org.a, world.org.c],
          [world.org.b, world.org.a],
        ]) {
          const res = await cms.rest.request('POST', `/organisaties/${van}/fusie`, {
            token: tokens.menzis,
            body: { naar },
          })
          expect([403, 404], JSON.stringify(res.body)).toContain(res.status)
        }
        // contracting one side is not enough: CZ does not contract b
        const half = await cms.rest.request('POST', `/organisaties/${world.org.c}/fusie`, {
          token: tokens.cz,
          body: { naar: world.org.b },
        })
        expect(half.status).toBe(404)
        expect(half.body.fout).toBe(FUSIE_MESSAGES.naarNietGevonden)
        const provider = await cms.rest.request('POST', `/organisaties/${world.org.b}/fusie`, {
          token: tokens.aanbieder,
          body: { naar: world.org.a },
        })
        expect(provider.status).toBe(403)
        const publiek = await cms.rest.request('POST', `/organisaties/${world.org.b}/fusie`, {
          body: { naar: world.org.a },
        })
        expect(publiek.status).toBe(401)
        expect(
          (
            await cms.payload.count({
              collection: 'organisaties',
              where: { id: { in: [world.org.a, world.org.b, world.org.c] } },
              overrideAccess: true,
            })
          ).totalDocs,
        ).toBe(3)
      })
    })

    // --- 3. Contracts ------------------------------------------------------------------------------
    describe('3. contracts: one per organisation, zorgkantoor and year; who reads them', () => {
      it('a second contract for the same organisation, zorgkantoor and year is refused', async () => {
        const res = await cms.rest.request('POST', '/contracten', {
          token: tokens.cz,
          body: { organisatie: world.org.a, zorgkantoor: world.zk.cz, jaar: JAAR, status: 'niet' },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(400)
        expect(veldFout(res.body, 'jaar')).toContain('al een contract')
        const bad = await cms.rest.request('POST', '/contracten', {
          token: tokens.cz,
          body: {
            organisatie: world.org.a,
            zorgkantoor: world.zk.cz,
            jaar: 1200,
            status: 'volledig',
          },
        })
        expect(bad.status).toBe(400)
        const badStatus = await cms.rest.request('POST', '/contracten', {
          token: tokens.cz,
          body: {
            organisatie: world.org.a,
            zorgkantoor: world.zk.cz,
            jaar: JAAR + 2,
            status: 'half',
          },
        })
        expect(badStatus.status).toBe(400)
      })

      it('providers read their own organisations’ contracts, the public none', async () => {
        const eigen = await cms.rest.request('GET', '/contracten?limit=100', {
          token: tokens.aanbieder,
        })
        expect(eigen.status).toBe(200)
        expect(eigen.body.docs.length).toBeGreaterThan(0)
        expect(
          eigen.body.docs.every((c: { organisatie: { id: number } | number }) =>
            [world.org.a, world.org.b]
              .map(String)
              .includes(
                String(typeof c.organisatie === 'object' ? c.organisatie.id : c.organisatie),
              ),
          ),
        ).toBe(true)
        const ander = await cms.rest.request('GET', '/contracten?limit=100', {
          token: tokens.aanbieder2,
        })
        expect(ander.body.docs).toHaveLength(0)
        const wijzig = await cms.rest.request('POST', '/contracten', {
          token: tokens.aanbieder,
          body: {
            organisatie: world.org.a,
            zorgkantoor: world.zk.cz,
            jaar: JAAR + 3,
            status: 'volledig',
          },
        })
        expect(wijzig.status).toBe(403)
        const publiek = await cms.rest.request('GET', '/contracten')
        expect([200, 403]).toContain(publiek.status)
        if (publiek.status === 200) expect(publiek.body.docs).toHaveLength(0)
      })

      it('every contract change is in the audit trail, under the organisation', async () => {
        const log = await cms.payload.find({
          collection: 'audit-log',
          where: { collectie: { equals: 'contracten' } },
          overrideAccess: true,
        })
        expect(log.docs.length).toBeGreaterThan(0)
        expect(log.docs[0]!.organisatieId).toBe(String(world.org.a))
      })

      it('the public document names the zorgkantoren that contract the organisation this year', async () => {
        await runJobs()
        const doc = await publicDoc(world.locatie.a1)
        expect(doc?.contractering).toEqual({ jaar: JAAR, zorgkantoren: ['CZ zorgkantoor'] })
        const b1 = await publicDoc(world.locatie.b1)
        expect(b1?.contractering ?? null).toBeNull()
      })
    })

    // --- 4. Bulk ---------------------------------------------------------------------------------
    describe('4. the bulk action sets the status of exactly the chosen or filtered organisations', () => {
      let ocoX: Id
      let ocoY: Id
      let zorgZ: Id

      beforeAll(async () => {
        ocoX = await organisatie('OCO Xenia', [world.zk.cz], { type: 'oco', nzaCode: 'OCO-0100' })
        ocoY = await organisatie('OCO Yara', [world.zk.cz, world.zk.menzis], {
          type: 'oco',
          nzaCode: 'OCO-0101',
        })
        zorgZ = await organisatie('Zorg Zeta', [world.zk.cz])
        await cms.payload.update({
          collection: 'woonplaatsen',
          id: world.wp.tilburg,
          data: { zorgkantoorregio: 'Midden-Brabant' },
          overrideAccess: true,
        })
      })

      it('by filter (type): only the OCOs of the editor’s zorgkantoor change; nothing else', async () => {
        const voor = await alleContracten()
        const logVoor = (await cms.payload.count({ collection: 'audit-log', overrideAccess: true }))
          .totalDocs
        const res = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: { jaar: JAAR, status: 'gedeeltelijk', filter: { type: 'oco' } },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        const na = await alleContracten()
        const nieuw = na.filter((c) => !voor.some((v) => v.id === c.id))
        const ocoIds = (
          await cms.payload.find({
            collection: 'organisaties',
            where: { and: [{ type: { equals: 'oco' } }, { zorgkantoren: { in: [world.zk.cz] } }] },
            limit: 0,
            pagination: false,
            overrideAccess: true,
          })
        ).docs.map((o) => String(o.id))
        expect(ocoIds).toEqual(expect.arrayContaining([String(ocoX), String(ocoY)]))
        expect(nieuw.map((c) => c.org).sort()).toEqual([...ocoIds].sort())
        expect(
          nieuw.every(
            (c) => c.zk === String(world.zk.cz) && c.jaar === JAAR && c.status === 'gedeeltelijk',
          ),
        ).toBe(true)
        // the existing contracts did not change
        expect(na.filter((c) => voor.some((v) => v.id === c.id))).toEqual(voor)
        expect(res.body.aangemaakt).toBe(ocoIds.length)
        // audited: one entry per contract, with the note of the bulk action
        const log = await cms.payload.find({
          collection: 'audit-log',
          where: { collectie: { equals: 'contracten' } },
          sort: '-createdAt',
          limit: ocoIds.length,
          overrideAccess: true,
        })
        expect(
          (await cms.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs -
            logVoor,
        ).toBe(ocoIds.length)
        expect(log.docs.every((e) => e.toelichting?.includes('in één keer'))).toBe(true)
      })

      it('by filter (AGB code, region, contract status) and by selection', async () => {
        const agb = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: { jaar: JAAR + 1, status: 'in-onderhandeling', filter: { agbCode: '12345678' } },
        })
        expect(agb.status, JSON.stringify(agb.body)).toBe(200)
        expect(agb.body.organisaties).toBe(1)
        expect((await contractVan(world.org.a, world.zk.cz, JAAR + 1))?.status).toBe(
          'in-onderhandeling',
        )
        const regio = await cms.rest.request(
          'GET',
          `/contracten/overzicht?jaar=${JAAR}&regio=Midden-Brabant`,
          {
            token: tokens.cz,
          },
        )
        expect(regio.status, JSON.stringify(regio.body)).toBe(200)
        expect(regio.body.organisaties.map((o: { id: string }) => o.id)).toEqual([
          String(world.org.a),
        ])
        const status = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: {
            jaar: JAAR,
            status: 'volledig',
            filter: { contractStatus: 'gedeeltelijk', naam: 'Yara' },
          },
        })
        expect(status.body.organisaties).toBe(1)
        expect((await contractVan(ocoY, world.zk.cz))?.status).toBe('volledig')
        expect((await contractVan(ocoX, world.zk.cz))?.status).toBe('gedeeltelijk')
        const keuze = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: { jaar: JAAR, status: 'volledig', organisaties: [zorgZ, ocoX] },
        })
        expect(keuze.status, JSON.stringify(keuze.body)).toBe(200)
        expect(keuze.body).toMatchObject({ organisaties: 2, aangemaakt: 1, gewijzigd: 1 })
      })

      it('a beheerder works for a chosen zorgkantoor; providers and the public get no overview', async () => {
        const res = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.beheer,
          body: {
            jaar: JAAR,
            status: 'volledig',
            zorgkantoor: world.zk.menzis,
            organisaties: [world.org.b],
          },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect((await contractVan(world.org.b, world.zk.menzis))?.status).toBe('volledig')
        // only organisations that zorgkantoor contracts
        const fout = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.beheer,
          body: {
            jaar: JAAR,
            status: 'volledig',
            zorgkantoor: world.zk.menzis,
            organisaties: [world.org.a],
          },
        })
        expect(fout.status).toBe(404)
        const onbekend = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.beheer,
          body: { jaar: JAAR, status: 'volledig', zorgkantoor: 999999, filter: {} },
        })
        expect(onbekend.status).toBe(404)
        const alles = await cms.rest.request('GET', `/contracten/overzicht?jaar=${JAAR}`, {
          token: tokens.beheer,
        })
        expect(alles.status).toBe(200)
        expect(alles.body.organisaties.map((o: { id: string }) => o.id)).toEqual(
          expect.arrayContaining([String(world.org.a), String(world.org.b)]),
        )
        // a provider: 403; without a login: 401
        for (const [token, status] of [
          [tokens.aanbieder, 403],
          [undefined, 401],
        ] as const) {
          const res = await cms.rest.request('GET', '/contracten/overzicht', { token })
          expect(res.status).toBe(status)
          const bulk = await cms.rest.request('POST', '/contracten/bulk', {
            token,
            body: { jaar: JAAR, status: 'niet', organisaties: [world.org.a] },
          })
          expect(bulk.status).toBe(status)
        }
        const badJaar = await cms.rest.request('GET', '/contracten/overzicht?jaar=abc', {
          token: tokens.cz,
        })
        expect(badJaar.status).toBe(400)
      })

      it('the overview flags organisations without a contract this year', async () => {
        const res = await cms.rest.request('GET', `/contracten/overzicht?jaar=${JAAR}`, {
          token: tokens.cz,
        })
        expect(res.status).toBe(200)
        const rij = (id: Id) =>
          res.body.organisaties.find((o: { id: string }) => o.id === String(id))
        expect(rij(world.org.a).geenContract).toBe(false)
        expect(rij(world.org.c).geenContract).toBe(true)
        expect(rij(world.org.a).status).toBe('volledig')
        expect(
          res.body.organisaties.some((o: { id: string }) => o.id === String(world.org.b)),
        ).toBe(false)
      })

      it('refuses bad input with Dutch messages, and other zorgkantoren’s organisations', async () => {
        for (const body of [
          { jaar: JAAR, status: 'half', filter: {} },
          { jaar: 'dit jaar', status: 'niet', filter: {} },
          { jaar: JAAR, status: 'niet' },
          { jaar: JAAR, status: 'niet', filter: {}, organisaties: [1] },
          { jaar: JAAR, status: 'niet', filter: { agbCode: '123' } },
          { jaar: JAAR, status: 'niet', filter: { onbekend: 1 } },
          { jaar: JAAR, status: 'volledig', filter: {}, verwijderZorgkantoor: true },
          { jaar: JAAR - 1, status: 'niet', filter: {}, verwijderZorgkantoor: true },
        ]) {
          const res = await cms.rest.request('POST', '/contracten/bulk', { token: tokens.cz, body })
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(typeof res.body.fout).toBe('string')
        }
        const vreemd = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: { jaar: JAAR, status: 'niet', organisaties: [world.org.a, world.org.b] },
        })
        expect(vreemd.status).toBe(404)
        expect((await contractVan(world.org.a, world.zk.cz))?.status).toBe('volledig')
        const beheerZonderZk = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.beheer,
          body: { jaar: JAAR, status: 'niet', filter: {} },
        })
        expect(beheerZonderZk.status).toBe(400)
      })

      it('`niet` with verwijderZorgkantoor takes the zorgkantoor off, and removes an organisation without any left', async () => {
        const { locatie: zetaLocatie } = await locatie(zorgZ, 'Zeta Huis')
        await queueReindexJob(cms.payload, 'test')
        await runJobs()
        expect(await publicDoc(zetaLocatie)).not.toBeNull()
        const res = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: {
            jaar: JAAR,
            status: 'niet',
            organisaties: [ocoY, zorgZ],
            verwijderZorgkantoor: true,
          },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body).toMatchObject({ zorgkantoorVerwijderd: 1, organisatiesVerwijderd: 1 })
        const y = await cms.payload.findByID({
          collection: 'organisaties',
          id: ocoY,
          overrideAccess: true,
          depth: 0,
        })
        expect(y.zorgkantoren!.map(String)).toEqual([String(world.zk.menzis)])
        expect(y.status).toBe('definitief')
        const z = await cms.payload.find({
          collection: 'organisaties',
          where: { id: { equals: zorgZ } },
          overrideAccess: true,
        })
        expect(z.docs).toHaveLength(0)
        await runJobs()
        expect(await publicDoc(zetaLocatie)).toBeNull()
      })

      it('refuses to take the zorgkantoor off an organisation with a pending change (409, nothing changed)', async () => {
        const edit = await cms.rest.request('PATCH', `/organisaties/${world.org.a}`, {
          token: tokens.aanbieder,
          body: { telefoon: '013 111 22 33' },
        })
        expect(edit.status, JSON.stringify(edit.body)).toBe(200)
        const res = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: {
            jaar: JAAR,
            status: 'niet',
            organisaties: [world.org.a, ocoX],
            verwijderZorgkantoor: true,
          },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(409)
        expect(res.body.fout).toContain('Stichting Zorgstroom')
        expect((await contractVan(world.org.a, world.zk.cz))?.status).toBe('volledig')
        expect((await contractVan(ocoX, world.zk.cz))?.status).toBe('volledig')
        // the editor publishes the proposal: Definitief again
        const publiceer = await cms.rest.request('PATCH', `/organisaties/${world.org.a}`, {
          token: tokens.cz,
          body: { _status: 'published' },
        })
        expect(publiceer.status, JSON.stringify(publiceer.body)).toBe(200)
        expect(publiceer.body.doc.status).toBe('definitief')
      })
    })

    // --- 5. Merger ---------------------------------------------------------------------------------
    describe('5. merger', () => {
      let van: Id
      let naar: Id
      let loc: { locatie: Id; aanbod: Id; agbCode: string }
      let verzoek: number
      let foto: Id
      let melding: Id

      beforeAll(async () => {
        van = await organisatie('Stichting Opgaand', [world.zk.cz, world.zk.menzis], {
          verkorteNaam: 'Opgaand',
        })
        naar = await organisatie('Stichting Blijvend', [world.zk.cz], { verkorteNaam: 'Blijvend' })
        loc = await locatie(van, 'De Eik')
        foto = (
          await cms.payload.create({
            collection: 'media',
            data: { alt: 'De tuin van De Eik', organisatie: van },
            file: { data: JPEG, mimetype: 'image/jpeg', name: 'eik.jpg', size: JPEG.length },
            overrideAccess: true,
          })
        ).id as Id
        await cms.payload.update({
          collection: 'locaties',
          id: loc.locatie,
          data: { fotos: [foto], _status: 'published' },
          draft: false,
          ...SYSTEM,
        })
        melding = (
          await cms.payload.create({
            collection: 'vrije-capaciteit',
            data: {
              locatie: loc.locatie,
              sector: 'VV',
              zorgprofiel: 'VV-5',
              soortPlaats: 'verblijf',
              aantal: 2,
            } as never,
            overrideAccess: true,
          })
        ).id as Id
        await cms.payload.create({
          collection: 'contracten',
          data: { organisatie: van, zorgkantoor: world.zk.menzis, jaar: JAAR, status: 'volledig' },
          overrideAccess: true,
        })
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder2,
          data: { organisaties: [world.org.c, van] },
          overrideAccess: true,
        })
        await queueReindexJob(cms.payload, 'test')
        await runJobs()
        expect((await publicDoc(loc.locatie))?.organisatie.naam).toBe('Stichting Opgaand')
      })

      it('is refused (409) while a change request is pending, and nothing moves', async () => {
        const aanbieder2 = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        const edit = await cms.rest.request('PATCH', `/locaties/${loc.locatie}`, {
          token: aanbieder2,
          body: { telefoon: '013 222 33 44' },
        })
        expect(edit.status, JSON.stringify(edit.body)).toBe(200)
        // a draft only: not Definitief
        const draft = await cms.rest.request('POST', `/organisaties/${van}/fusie`, {
          token: tokens.cz,
          body: { naar },
        })
        expect(draft.status, JSON.stringify(draft.body)).toBe(409)
        expect(draft.body.fout).toBe(FUSIE_MESSAGES.nietDefinitief('Stichting Opgaand', 1))
        const sent = await cms.rest.request('POST', `/organisaties/${van}/versturen`, {
          token: aanbieder2,
        })
        expect(sent.status, JSON.stringify(sent.body)).toBe(200)
        verzoek = sent.body.wijzigingsverzoek
        for (const [a, b] of [
          [van, naar],
          [naar, van],
        ]) {
          const res = await cms.rest.request('POST', `/organisaties/${a}/fusie`, {
            token: tokens.cz,
            body: { naar: b },
          })
          expect(res.status, JSON.stringify(res.body)).toBe(409)
          expect(res.body.fout).toBe(FUSIE_MESSAGES.openVerzoek('Stichting Opgaand'))
        }
        const l = await cms.payload.findByID({
          collection: 'locaties',
          id: loc.locatie,
          overrideAccess: true,
          depth: 0,
        })
        expect(String(l.organisatie)).toBe(String(van))
      })

      it('refuses bad input', async () => {
        for (const [id, body, status] of [
          [van, {}, 400],
          [van, { naar: 'abc' }, 404],
          [van, { naar: van }, 400],
          [van, { naar: 999999 }, 404],
          [999999, { naar }, 404],
          [van, { naar, extra: 1 }, 400],
        ] as const) {
          const res = await cms.rest.request('POST', `/organisaties/${id}/fusie`, {
            token: tokens.cz,
            body,
          })
          expect(res.status, JSON.stringify([id, body, res.body])).toBe(status)
        }
      })

      it('after approval: locations, care offers, history, logins and contracts move; the merged one is gone; the public index follows', async () => {
        const ok = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, {
          token: tokens.cz,
          body: {},
        })
        expect(ok.status, JSON.stringify(ok.body)).toBe(200)
        await runJobs()
        const versiesVoor = await cms.payload.findVersions({
          collection: 'locaties',
          where: { parent: { equals: loc.locatie } },
          overrideAccess: true,
        })
        expect(versiesVoor.totalDocs).toBeGreaterThan(1)

        const res = await cms.rest.request('POST', `/organisaties/${van}/fusie`, {
          token: tokens.cz,
          body: { naar },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body).toMatchObject({ locaties: 1, zorgaanbod: 1, gebruikers: 1 })

        // the merged organisation is gone, its location is not
        const weg = await cms.rest.request('GET', `/organisaties/${van}?draft=true`, {
          token: tokens.cz,
        })
        expect(weg.status).toBe(404)
        const l = await cms.rest.request('GET', `/locaties/${loc.locatie}?draft=true&depth=0`, {
          token: tokens.cz,
        })
        expect(l.status, JSON.stringify(l.body)).toBe(200)
        expect(String(l.body.organisatie)).toBe(String(naar))
        expect(l.body.volledigeNaam).toBe('Blijvend – Verpleeghuis De Eik')
        expect(l.body.status).toBe('definitief')
        const z = await cms.payload.findByID({
          collection: 'zorgaanbod',
          id: loc.aanbod,
          overrideAccess: true,
          depth: 0,
        })
        expect(String(z.organisatie)).toBe(String(naar))
        // photos and free places moved along; the location still shows its photo
        const f = await cms.payload.findByID({
          collection: 'media',
          id: foto,
          overrideAccess: true,
          depth: 0,
        })
        expect(String(f.organisatie)).toBe(String(naar))
        const m = await cms.payload.findByID({
          collection: 'vrije-capaciteit',
          id: melding,
          overrideAccess: true,
          depth: 0,
        })
        expect(String(m.organisatie)).toBe(String(naar))
        expect((l.body.fotos ?? []).map(String)).toEqual([String(foto)])
        // the history moved along: every version, readable for the surviving organisation
        const versies = await cms.payload.findVersions({
          collection: 'locaties',
          where: { parent: { equals: loc.locatie } },
          overrideAccess: true,
          depth: 0,
          limit: 100,
        })
        expect(versies.totalDocs).toBe(versiesVoor.totalDocs)
        expect(versies.docs.every((v) => String(v.version.organisatie) === String(naar))).toBe(true)
        // logins: the merged organisation replaced by the surviving one
        const u = await cms.payload.findByID({
          collection: 'users',
          id: world.users.aanbieder2,
          overrideAccess: true,
          depth: 0,
        })
        expect((u.organisaties ?? []).map(String).sort()).toEqual(
          [String(world.org.c), String(naar)].sort(),
        )
        // zorgkantoren and contracts follow
        const n = await cms.payload.findByID({
          collection: 'organisaties',
          id: naar,
          overrideAccess: true,
          depth: 0,
        })
        expect(n.zorgkantoren!.map(String).sort()).toEqual(
          [String(world.zk.cz), String(world.zk.menzis)].sort(),
        )
        expect((await contractVan(naar, world.zk.menzis))?.status).toBe('volledig')
        // audited
        const log = await cms.payload.find({
          collection: 'audit-log',
          where: { actie: { equals: 'gefuseerd' } },
          overrideAccess: true,
        })
        expect(log.docs.map((e) => e.collectie).sort()).toEqual(['locaties', 'organisaties'])
        expect(log.docs.every((e) => e.organisatieId === String(naar))).toBe(true)
        // the public index: the location under the surviving organisation's name
        await runJobs()
        const doc = await publicDoc(loc.locatie)
        expect(doc?.organisatie).toMatchObject({ id: String(naar), naam: 'Stichting Blijvend' })
        expect(doc?.naam).toBe('Blijvend – Verpleeghuis De Eik')
        const current = await readSnapshot(path.join(cms.dataDir, 'search'))
        expect(current?.snapshot.entries.some((e) => e.json.includes('Stichting Opgaand'))).toBe(
          false,
        )
        // the public search: found under the surviving name, nothing under the merged one
        const reader = createSearchReader({
          engine: 'embedded',
          dir: path.join(cms.dataDir, 'search'),
        })
        try {
          const blijvend = await reader.search({ text: 'Blijvend', page: 1, perPage: 20 })
          expect(blijvend.hits.map((h) => h.document.locatieId)).toContain(String(loc.locatie))
          const hit = blijvend.hits.find((h) => h.document.locatieId === String(loc.locatie))
          expect(hit?.document.organisatie.naam).toBe('Stichting Blijvend')
          const opgaand = await reader.search({ text: 'Opgaand', page: 1, perPage: 20 })
          expect(opgaand.total).toBe(0)
        } finally {
          await reader.close()
        }
        // the surviving organisation's editor and provider work on it as on their own
        const wijzig = await cms.rest.request('PATCH', `/locaties/${loc.locatie}`, {
          token: tokens.cz,
          body: { telefoon: '013 999 88 77' },
        })
        expect(wijzig.status, JSON.stringify(wijzig.body)).toBe(200)
        const aanbieder2 = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        const eigen = await cms.rest.request('GET', `/locaties/${loc.locatie}?draft=true`, {
          token: aanbieder2,
        })
        expect(eigen.status).toBe(200)
      })
    })

    // --- 6. The zorgkantoren of a shared organisation ----------------------------------------------
    describe('6. the zorgkantoren of an organisation: an editor adds or removes only their own link', () => {
      let gedeeld: Id
      let zilver: Id

      const zorgkantorenVan = async (id: Id) => {
        const [published, draft] = await Promise.all(
          [false, true].map((d) =>
            cms.payload.findByID({
              collection: 'organisaties',
              id,
              draft: d,
              depth: 0,
              overrideAccess: true,
            }),
          ),
        )
        const ids = (doc: { zorgkantoren?: unknown[] | null }) =>
          (doc.zorgkantoren ?? []).map(String).sort()
        expect(ids(draft!), 'the newest version').toEqual(ids(published!))
        return ids(published!)
      }
      const sorted = (...ids: Id[]) => ids.map(String).sort()

      beforeAll(async () => {
        gedeeld = await organisatie('Stichting Gedeeld', [world.zk.cz, world.zk.menzis])
        zilver = (
          await cms.payload.create({
            collection: 'zorgkantoren',
            data: { naam: 'Zilveren Kruis zorgkantoor', code: 'zk', email: 'zorgatlas@zk.test' },
            overrideAccess: true,
          })
        ).id as Id
      })

      it('the CZ editor cannot take Menzis off, or add another zorgkantoor: by id, in bulk, GraphQL, Local API', async () => {
        const patch = (body: unknown) =>
          cms.rest.request('PATCH', `/organisaties/${gedeeld}`, { token: tokens.cz, body })
        const weg = await patch({ zorgkantoren: [world.zk.cz] })
        expect(weg.status, JSON.stringify(weg.body)).toBe(403)
        expect(weg.body.errors[0].message).toMatch(/eigen zorgkantoor/)
        const erbij = await patch({ zorgkantoren: [world.zk.cz, world.zk.menzis, zilver] })
        expect(erbij.status).toBe(403)
        const bulk = await cms.rest.request('PATCH', `/organisaties?where[id][equals]=${gedeeld}`, {
          token: tokens.cz,
          body: { zorgkantoren: [world.zk.cz] },
        })
        expect(bulk.status).not.toBe(200)
        const gql = await cms.rest.graphql(
          `mutation { updateOrganisaty(id: ${gedeeld}, data: { zorgkantoren: [${world.zk.cz}] }) { id } }`,
          tokens.cz,
        )
        expect(gql.body.errors?.[0]?.message, JSON.stringify(gql.body)).toMatch(/eigen zorgkantoor/)
        const cz = await cms.payload.findByID({
          collection: 'users',
          id: world.users.redacteurCz,
          overrideAccess: true,
        })
        await expect(
          cms.payload.update({
            collection: 'organisaties',
            id: gedeeld,
            data: { zorgkantoren: [world.zk.cz, zilver] },
            overrideAccess: false,
            user: { ...cz, collection: 'users' },
          }),
        ).rejects.toThrow(/eigen zorgkantoor/)
        expect(await zorgkantorenVan(gedeeld)).toEqual(sorted(world.zk.cz, world.zk.menzis))
        // the same list in another order, with other changes, is no change of links
        const zelfde = await patch({
          zorgkantoren: [world.zk.menzis, world.zk.cz],
          telefoon: '013 555 70 67',
        })
        expect(zelfde.status, JSON.stringify(zelfde.body)).toBe(200)
      })

      it('an editor registers an organisation only with their own zorgkantoor', async () => {
        const res = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: {
            naam: 'Stichting Ook Menzis',
            nzaCode: '301777',
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.cz, world.zk.menzis],
          },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(403)
        expect(
          (
            await cms.payload.count({
              collection: 'organisaties',
              where: { nzaCode: { equals: '301777' } },
              overrideAccess: true,
            })
          ).totalDocs,
        ).toBe(0)
      })

      it('the contracts bulk action takes off only the editor’s own zorgkantoor', async () => {
        const ander = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: {
            jaar: JAAR,
            status: 'niet',
            zorgkantoor: world.zk.menzis,
            organisaties: [gedeeld],
            verwijderZorgkantoor: true,
          },
        })
        expect(ander.status).toBe(403)
        expect(await zorgkantorenVan(gedeeld)).toEqual(sorted(world.zk.cz, world.zk.menzis))
        const eigen = await cms.rest.request('POST', '/contracten/bulk', {
          token: tokens.cz,
          body: { jaar: JAAR, status: 'niet', organisaties: [gedeeld], verwijderZorgkantoor: true },
        })
        expect(eigen.status, JSON.stringify(eigen.body)).toBe(200)
        expect(eigen.body.zorgkantoorVerwijderd).toBe(1)
        expect(await zorgkantorenVan(gedeeld)).toEqual(sorted(world.zk.menzis))
      })

      it('an editor takes off their own link by hand; a beheerder changes all', async () => {
        // Menzis cannot add CZ back, nor another zorgkantoor
        const terug = await cms.rest.request('PATCH', `/organisaties/${gedeeld}`, {
          token: tokens.menzis,
          body: { zorgkantoren: [world.zk.menzis, world.zk.cz] },
        })
        expect(terug.status).toBe(403)
        const beheer = await cms.rest.request('PATCH', `/organisaties/${gedeeld}`, {
          token: tokens.beheer,
          body: { zorgkantoren: [world.zk.menzis, world.zk.cz, zilver] },
        })
        expect(beheer.status, JSON.stringify(beheer.body)).toBe(200)
        expect(await zorgkantorenVan(gedeeld)).toEqual(sorted(world.zk.cz, world.zk.menzis, zilver))
        // Menzis takes its own link off: allowed, the others stay
        const eigen = await cms.rest.request('PATCH', `/organisaties/${gedeeld}`, {
          token: tokens.menzis,
          body: { zorgkantoren: [world.zk.cz, zilver] },
        })
        expect(eigen.status, JSON.stringify(eigen.body)).toBe(200)
        expect(await zorgkantorenVan(gedeeld)).toEqual(sorted(world.zk.cz, zilver))
        // and no longer reaches the organisation
        const nu = await cms.rest.request('PATCH', `/organisaties/${gedeeld}`, {
          token: tokens.menzis,
          body: { zorgkantoren: [world.zk.menzis, world.zk.cz, zilver] },
        })
        expect([403, 404]).toContain(nu.status)
      })
    })
  })
}
