/**
 * Reference lists through REST on SQLite and PostgreSQL: locations store a
 * voorziening's code, not its label; renaming a zachte-informatie option or a voorziening
 * re-publishes the label table and re-indexes exactly the public locations that show it (checked
 * in the embedded engine's snapshot); codes in use cannot change and entries in use cannot be
 * deleted; the migration's data step maps stored names to codes.
 */
import path from 'node:path'
import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { geefVoorzieningenCodes } from '../../cms/db/voorziening-codes'
import { INDEX_QUEUE, queueReindexJob } from '../../cms/jobs/queue'
import { readSnapshot } from '../helpers/search-index'
import { readLabels } from '../../search-indexer/engine/embedded/side-files'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

export function referentielijstenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`reference lists on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let a3: Id
    const tokens: Record<string, string> = {}

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      for (const [key, email] of Object.entries({
        aanbieder: 'aanbieder@test.nl',
        cz: 'redacteur.cz@test.nl',
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
      const loc = await cms.payload.create({
        collection: 'locaties',
        data: {
          organisatie: world.org.a,
          agbCode: '12340003',
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Woonzorgcentrum',
          naam: 'De Hoeve',
          bezoekadres: {
            straat: 'Hoevelaan',
            huisnummer: '3',
            postcode: '4811 CD',
            plaats: 'Breda',
          },
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      a3 = loc.id
      await cms.payload.create({
        collection: 'zorgaanbod',
        data: {
          locatie: a3,
          woonplaats: world.wp.breda,
          zachteInformatie: [world.zi.islamitisch],
          vv: VV_AANBOD,
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())

    const runJobs = () => runQueue(cms.payload)

    /** The index jobs waiting now (input), oldest first. */
    async function wachtendeJobs() {
      const found = await cms.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: INDEX_QUEUE } },
        sort: 'id',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      return found.docs.map((d) => d.input as { locatieIds: string[]; labels?: boolean })
    }

    /** Every public document as stored in the engine, by location id (raw JSON). */
    async function documenten(): Promise<Record<string, string>> {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      return Object.fromEntries(
        (current?.snapshot.entries ?? []).map((e) => [e.id.replace(/^locatie-/, ''), e.json]),
      )
    }
    const doc = (docs: Record<string, string>, id: Id) => JSON.parse(docs[String(id)]!)
    const labels = () => readLabels(path.join(cms.dataDir, 'search'))

    const patch = (who: string, pad: string, body: unknown) =>
      cms.rest.request('PATCH', pad, { token: tokens[who], body })

    async function soort() {
      return cms.payload.findByID({
        collection: 'soorten-zorg',
        id: world.soort.verpleeghuis,
        overrideAccess: true,
      })
    }

    it('voorzieningen have codes; locations store the code and the public shows the label', async () => {
      expect((await soort()).voorzieningen?.map((v) => [v.code, v.naam])).toEqual([
        ['verpleeghuis', 'Verpleeghuis'],
        ['woonzorgcentrum', 'Woonzorgcentrum'],
      ])
      const a1 = await cms.payload.findByID({
        collection: 'locaties',
        id: world.locatie.a1,
        overrideAccess: true,
      })
      expect(a1.voorziening).toBe('verpleeghuis')
      expect(a1.volledigeNaam).toBe('Zorgstroom – Verpleeghuis Hof Mondriaan')
      const docs = await documenten()
      expect(doc(docs, world.locatie.a1)).toMatchObject({
        voorziening: 'Verpleeghuis',
        naam: 'Zorgstroom – Verpleeghuis Hof Mondriaan',
      })
      expect(doc(docs, a3).voorziening).toBe('Woonzorgcentrum')
      expect((await labels())?.lijsten.voorzieningen).toMatchObject({
        'ouderenzorg-instelling/verpleeghuis': 'Verpleeghuis',
      })
    })

    it('a provider chooses a voorziening by code (or its label); another soort’s is refused', async () => {
      const basis = {
        organisatie: world.org.a,
        hoofdlocatie: true,
        soortZorg: world.soort.verpleeghuis,
        naam: 'Nieuw',
        bezoekadres: { straat: 'Laan', huisnummer: '9', postcode: '5038 AB', plaats: 'Tilburg' },
      }
      const code = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder,
        body: { ...basis, agbCode: '55550001', voorziening: 'woonzorgcentrum' },
      })
      expect(code.status, JSON.stringify(code.body)).toBe(201)
      expect(code.body.doc.voorziening).toBe('woonzorgcentrum')
      expect(code.body.doc.volledigeNaam).toBe('Zorgstroom – Woonzorgcentrum Nieuw')
      const fout = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder,
        body: { ...basis, agbCode: '55550002', voorziening: 'thuiszorgteam' },
      })
      expect(fout.status).toBe(400)
      expect(JSON.stringify(fout.body)).toContain('Kies uit: Verpleeghuis, Woonzorgcentrum')
      // a draft of a provider is not public: it is not re-indexed by the renames below
      await cms.payload.delete({ collection: 'locaties', id: code.body.doc.id, ...SYSTEM })
    })

    it('renaming a zachte-informatie option re-indexes exactly the locations showing it', async () => {
      const voor = await documenten()
      const klaar = (await wachtendeJobs()).length
      const res = await patch('beheer', `/zachte-informatie/${world.zi.huisdieren}`, {
        naam: 'Huisdieren zijn welkom',
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const jobs = (await wachtendeJobs()).slice(klaar)
      expect(jobs).toEqual([{ locatieIds: [String(world.locatie.a1)], labels: true }])
      await runJobs()
      const na = await documenten()
      expect(doc(na, world.locatie.a1).zachteInformatie).toEqual([
        expect.objectContaining({ code: 'huisdieren-welkom', naam: 'Huisdieren zijn welkom' }),
      ])
      // nothing else changed
      expect(na[String(world.locatie.b1)]).toBe(voor[String(world.locatie.b1)])
      expect(na[String(a3)]).toBe(voor[String(a3)])
      expect((await labels())?.lijsten.zachteInformatie?.['huisdieren-welkom']).toBe(
        'Huisdieren zijn welkom',
      )
    })

    it('renaming a voorziening re-indexes exactly the locations with that voorziening', async () => {
      const voor = await documenten()
      const klaar = (await wachtendeJobs()).length
      const huidige = (await soort()).voorzieningen ?? []
      const res = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        voorzieningen: huidige.map((v) =>
          v.code === 'woonzorgcentrum' ? { ...v, naam: 'Verzorgingshuis' } : v,
        ),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const jobs = (await wachtendeJobs()).slice(klaar)
      expect(jobs).toEqual([{ locatieIds: [String(a3)], labels: true }])
      await runJobs()
      const na = await documenten()
      expect(doc(na, a3)).toMatchObject({
        voorziening: 'Verzorgingshuis',
        naam: 'Zorgstroom – Verzorgingshuis De Hoeve',
      })
      expect(na[String(world.locatie.a1)]).toBe(voor[String(world.locatie.a1)])
      expect(na[String(world.locatie.b1)]).toBe(voor[String(world.locatie.b1)])
      expect(
        (await labels())?.lijsten.voorzieningen?.['ouderenzorg-instelling/woonzorgcentrum'],
      ).toBe('Verzorgingshuis')
      // the location still stores the code
      const opgeslagen = await cms.payload.findByID({
        collection: 'locaties',
        id: a3,
        overrideAccess: true,
      })
      expect(opgeslagen.voorziening).toBe('woonzorgcentrum')
    })

    it('a code in use cannot change (400) and an entry in use cannot be deleted (409)', async () => {
      const code = await patch('beheer', `/zachte-informatie/${world.zi.huisdieren}`, {
        code: 'huisdieren',
      })
      expect(code.status).toBe(400)
      expect(code.body.errors[0].message).toBe(
        'De code "huisdieren-welkom" is in gebruik bij 1 locatie en kan daarom niet veranderen. Verander alleen de naam; de code blijft.',
      )
      const huidige = (await soort()).voorzieningen ?? []
      const vCode = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        voorzieningen: huidige.map((v) => (v.code === 'verpleeghuis' ? { ...v, code: 'vph' } : v)),
      })
      expect(vCode.status).toBe(400)
      expect(vCode.body.errors[0].message).toContain('"verpleeghuis" is in gebruik bij 2 locaties')
      const weg = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        voorzieningen: huidige.filter((v) => v.code !== 'verpleeghuis'),
      })
      expect(weg.status).toBe(409)
      expect(weg.body.errors[0].message).toBe(
        '"Verpleeghuis" kan niet worden verwijderd: 2 locaties gebruiken dit nog. Kies bij die locaties eerst iets anders.',
      )
      const soortCode = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        code: 'vv-instelling',
      })
      expect(soortCode.status).toBe(400)
      const ziWeg = await cms.rest.request('DELETE', `/zachte-informatie/${world.zi.huisdieren}`, {
        token: tokens.beheer,
      })
      expect(ziWeg.status).toBe(409)
      expect(ziWeg.body.errors[0].message).toContain('1 locatie gebruikt dit nog')
      const soortWeg = await cms.rest.request(
        'DELETE',
        `/soorten-zorg/${world.soort.verpleeghuis}`,
        { token: tokens.beheer },
      )
      expect(soortWeg.status).toBe(409)
      expect(soortWeg.body.errors[0].message).toContain('3 locaties gebruiken dit nog')
      // nothing changed
      expect((await soort()).voorzieningen?.map((v) => v.code)).toEqual([
        'verpleeghuis',
        'woonzorgcentrum',
      ])
      const zi = await cms.payload.findByID({
        collection: 'zachte-informatie',
        id: world.zi.huisdieren,
        overrideAccess: true,
      })
      expect(zi.code).toBe('huisdieren-welkom')
    })

    it('an unused entry may change its code and be deleted; a voorziening’s code must be clean and unique', async () => {
      const nieuw = await cms.rest.request('POST', '/zachte-informatie', {
        token: tokens.beheer,
        body: { naam: 'Moestuin', code: 'moestuin', groep: 'faciliteiten' },
      })
      expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201)
      const id = nieuw.body.doc.id
      expect((await patch('beheer', `/zachte-informatie/${id}`, { code: 'tuin' })).status).toBe(200)
      const weg = await cms.rest.request('DELETE', `/zachte-informatie/${id}`, {
        token: tokens.beheer,
      })
      expect(weg.status).toBe(200)
      const huidige = (await soort()).voorzieningen ?? []
      const dubbel = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        voorzieningen: [...huidige, { naam: 'Tweede', code: 'verpleeghuis' }],
      })
      expect(dubbel.status).toBe(400)
      expect(dubbel.body.errors[0].message).toContain('verpleeghuis')
      const vies = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        voorzieningen: [...huidige, { naam: 'Vies', code: 'Niet Goed!' }],
      })
      expect(vies.status).toBe(400)
      const erbij = await patch('beheer', `/soorten-zorg/${world.soort.verpleeghuis}`, {
        voorzieningen: [...huidige, { naam: 'Kleinschalig wonen' }],
      })
      expect(erbij.status, JSON.stringify(erbij.body)).toBe(200)
      expect(erbij.body.doc.voorzieningen.map((v: { code: string }) => v.code)).toEqual([
        'verpleeghuis',
        'woonzorgcentrum',
        'kleinschalig-wonen',
      ])
    })

    it('only the beheerder changes reference lists', async () => {
      for (const who of ['aanbieder', 'cz']) {
        const res = await patch(who, `/zachte-informatie/${world.zi.islamitisch}`, {
          naam: 'Anders',
        })
        expect(res.status).toBe(403)
      }
      const anoniem = await cms.rest.request('PATCH', `/soorten-zorg/${world.soort.thuis}`, {
        body: { naam: 'x' },
      })
      expect(anoniem.status).toBe(403)
    })

    it('the migration maps stored voorziening names to codes (current rows and versions)', async () => {
      const drizzle = (cms.payload.db as unknown as { drizzle: any }).drizzle
      const sql = kind === 'sqlite' ? sqliteSql : pgSql
      const rijen = async (q: unknown) =>
        kind === 'sqlite' ? drizzle.all(q) : (await drizzle.execute(q)).rows
      const voerUit = (q: unknown) => (kind === 'sqlite' ? drizzle.run(q) : drizzle.execute(q))
      // back to the data as it was before the migration: names, no codes
      await voerUit(sql`UPDATE "soorten_zorg_voorzieningen" SET "code" = NULL`)
      await voerUit(sql`UPDATE "locaties" SET "voorziening" = 'Verzorgingshuis' WHERE "id" = ${a3}`)
      await voerUit(
        sql`UPDATE "_locaties_v" SET "version_voorziening" = 'Verzorgingshuis' WHERE "parent_id" = ${a3}`,
      )
      await voerUit(
        sql`UPDATE "locaties" SET "voorziening" = 'Verpleeghuis' WHERE "id" = ${world.locatie.a1}`,
      )
      // a name that is not in its soort zorg's list stays as it is
      await voerUit(
        sql`UPDATE "locaties" SET "voorziening" = 'Onbekend' WHERE "id" = ${world.locatie.b1}`,
      )
      await geefVoorzieningenCodes({ sql: sql as never, rijen, voerUit })
      expect((await soort()).voorzieningen?.map((v) => v.code)).toEqual([
        'verpleeghuis',
        'verzorgingshuis',
        'kleinschalig-wonen',
      ])
      const opgeslagen = (await rijen(
        sql`SELECT "id", "voorziening" FROM "locaties" ORDER BY "id"`,
      )) as { id: number; voorziening: string }[]
      const van = (id: Id) => opgeslagen.find((r) => Number(r.id) === Number(id))?.voorziening
      expect(van(world.locatie.a1)).toBe('verpleeghuis')
      expect(van(a3)).toBe('verzorgingshuis')
      expect(van(world.locatie.b1)).toBe('Onbekend')
      const versies = (await rijen(
        sql`SELECT DISTINCT "version_voorziening" AS "v" FROM "_locaties_v" WHERE "parent_id" = ${a3}`,
      )) as { v: string }[]
      expect(versies.map((r) => r.v)).toEqual(['verzorgingshuis'])
    })
  })
}
