/**
 * ZorgkaartNederland ratings on a real database and the real
 * embedded search engine: the importer links by visiting address and refuses a bad file storing
 * nothing; the provider's own ID (reviewed) wins; 'nog niet geregistreerd' removes the automatic
 * link; a changed score is public without review; the register is not public and only the
 * beheerder writes it.
 */
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseZorgkaartCsv, type ZorgkaartRecord } from '../../cms/domain/zorgkaart'
import { queueReindexJob } from '../../cms/jobs/queue'
import { importeerZorgkaart, ZorgkaartImportGeweigerd } from '../../cms/queries/zorgkaart'
import type { PublicDocument } from '../../search-indexer/contract'
import { readSnapshot } from '../helpers/search-index'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const KOP = 'zorgkaartId;naam;straat;huisnummer;postcode;plaats;score;aantalWaarderingen;url'
const URL_ZK = 'https://www.zorgkaartnederland.nl/zorginstelling'
/** a1 of the test world stands at Dorpsstraat 1, 5038 AB Tilburg */
const BIJ_A1 = `Dorpsstraat;1;5038 ab;Tilburg`

export function zorgkaartSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`ZorgkaartNederland ratings on ${kind}`, () => {
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
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())

    const runJobs = () => runQueue(cms.payload)

    async function waardering(locatieId: Id): Promise<PublicDocument['waardering'] | undefined> {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry ? (JSON.parse(entry.json) as PublicDocument).waardering : undefined
    }

    async function importeer(csv: string, volledig = false) {
      const gelezen = parseZorgkaartCsv(csv)
      if (!gelezen.ok) throw new Error(gelezen.fouten.join('\n'))
      return importeerZorgkaart(await createLocalReq({}, cms.payload), gelezen.records, {
        volledig,
      })
    }

    const aantalRecords = async () =>
      (await cms.payload.count({ collection: 'zorgkaart', overrideAccess: true })).totalDocs

    /** The provider changes a1; the editor of CZ approves. */
    async function wijzigEnKeurGoed(zorgkaartNederland: Record<string, unknown>) {
      const patch = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token: tokens.aanbieder,
        body: { zorgkaartNederland },
      })
      expect(patch.status, JSON.stringify(patch.body)).toBe(200)
      await runJobs()
      const voor = await waardering(world.locatie.a1)
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)
      const ok = await cms.rest.request('POST', `/organisaties/${world.org.a}/goedkeuren`, {
        token: tokens.cz,
      })
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      await runJobs()
      return voor
    }

    it('the importer links a1 by its visiting address, and b1 not (no record there)', async () => {
      const telling = await importeer(
        `${KOP}\n100;Hof Mondriaan;${BIJ_A1};8,4;123;${URL_ZK}/hof-mondriaan-100\n` +
          `200;De Esdoorn;Lindelaan;7;5038 AC;Tilburg;9,1;45;${URL_ZK}/de-esdoorn-200\n`,
      )
      expect(telling).toMatchObject({ nieuw: 2, gewijzigd: 0, ongewijzigd: 0, gekoppeldOpAdres: 1 })
      await runJobs()
      expect(await waardering(world.locatie.a1)).toEqual({
        score: 8.4,
        aantal: 123,
        url: `${URL_ZK}/hof-mondriaan-100`,
        naam: 'Hof Mondriaan',
        gekoppeld: 'adres',
      })
      expect(await waardering(world.locatie.b1)).toBeNull()
      const nogmaals = await importeer(
        `${KOP}\n100;Hof Mondriaan;${BIJ_A1};8,4;123;${URL_ZK}/hof-mondriaan-100\n`,
      )
      expect(nogmaals).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 1 })
    })

    it('refuses a bad file with Dutch line errors and stores nothing', async () => {
      const voor = await aantalRecords()
      const slecht = parseZorgkaartCsv(
        `${KOP}\n300;Goed;Laan;1;1234 AB;Utrecht;8;1;${URL_ZK}/goed\n` +
          `301;Fout;Laan;2;12345;Utrecht;8;1;${URL_ZK}/fout\n`,
      )
      expect(slecht).toEqual({
        ok: false,
        fouten: ["Regel 3: de postcode '12345' klopt niet (moet zijn als 1234 AB)."],
      })
      // A record the database refuses halfway (past the parser) rolls the whole file back.
      const goed: ZorgkaartRecord = {
        zorgkaartId: '302',
        naam: 'Goed',
        straat: 'Laan',
        huisnummer: '3',
        postcode: '1234 AB',
        plaats: 'Utrecht',
        score: 8,
        aantalWaarderingen: 1,
        url: `${URL_ZK}/goed-302`,
      }
      await expect(
        importeerZorgkaart(await createLocalReq({}, cms.payload), [
          goed,
          { ...goed, zorgkaartId: '303', url: 'https://elders.example/303' },
        ]),
      ).rejects.toThrow()
      expect(await aantalRecords()).toBe(voor)
    })

    it('a changed score reaches the public document without review', async () => {
      const telling = await importeer(
        `${KOP}\n100;Hof Mondriaan;${BIJ_A1};7,9;130;${URL_ZK}/hof-mondriaan-100\n`,
      )
      expect(telling).toMatchObject({ nieuw: 0, gewijzigd: 1, herindexeren: 1 })
      await runJobs()
      expect(await waardering(world.locatie.a1)).toMatchObject({ score: 7.9, aantal: 130 })
      // the same through REST by the beheerder (the collection's own hook queues the index)
      const [record] = (
        await cms.payload.find({
          collection: 'zorgkaart',
          where: { zorgkaartId: { equals: '100' } },
          overrideAccess: true,
        })
      ).docs
      const patch = await cms.rest.request('PATCH', `/zorgkaart/${record!.id}`, {
        token: tokens.beheer,
        body: { score: 8.8, aantalWaarderingen: 131 },
      })
      expect(patch.status, JSON.stringify(patch.body)).toBe(200)
      await runJobs()
      expect(await waardering(world.locatie.a1)).toMatchObject({ score: 8.8, aantal: 131 })
    })

    it("the provider's own ID (after approval) wins over the address", async () => {
      const voor = await wijzigEnKeurGoed({ zorgkaartId: '200' })
      // the proposal alone did not change the public document
      expect(voor).toMatchObject({ naam: 'Hof Mondriaan', gekoppeld: 'adres' })
      expect(await waardering(world.locatie.a1)).toEqual({
        score: 9.1,
        aantal: 45,
        url: `${URL_ZK}/de-esdoorn-200`,
        naam: 'De Esdoorn',
        gekoppeld: 'handmatig',
      })
    })

    it("'nog niet geregistreerd' removes the automatic link; two records at one address do not link", async () => {
      await wijzigEnKeurGoed({ zorgkaartId: '', nietGeregistreerd: true })
      expect(await waardering(world.locatie.a1)).toBeNull()
      await importeer(`${KOP}\n101;Huisarts Dorpsstraat;${BIJ_A1};6,9;12;${URL_ZK}/huisarts-101\n`)
      await wijzigEnKeurGoed({ zorgkaartId: '', nietGeregistreerd: false })
      expect(await waardering(world.locatie.a1)).toBeNull()
    })

    it('the register is not public, logged-in users read it, only the beheerder writes it', async () => {
      expect((await cms.rest.request('GET', '/zorgkaart')).status).toBe(403)
      const anoniem = await cms.rest.graphql('{ ZorgkaartRecords { docs { naam } } }')
      expect(JSON.stringify(anoniem.body)).not.toContain('Hof Mondriaan')
      const gql = await cms.rest.graphql(
        '{ ZorgkaartRecords { docs { naam } } }',
        tokens.aanbieder2,
      )
      expect(JSON.stringify(gql.body)).toContain('Hof Mondriaan')
      const zoek = await cms.rest.request(
        'GET',
        '/zorgkaart?where[or][0][naam][like]=esdoorn&where[or][1][plaats][like]=esdoorn&limit=10',
        { token: tokens.aanbieder },
      )
      expect(zoek.status).toBe(200)
      expect(zoek.body.docs.map((d: { zorgkaartId: string }) => d.zorgkaartId)).toEqual(['200'])

      const record = {
        zorgkaartId: '400',
        naam: 'Nieuw',
        straat: 'Laan',
        huisnummer: '4',
        postcode: '1234 AB',
        plaats: 'Utrecht',
        score: 8,
        aantalWaarderingen: 3,
        url: `${URL_ZK}/nieuw-400`,
      }
      const voor = await aantalRecords()
      for (const token of [undefined, tokens.aanbieder, tokens.cz]) {
        const post = await cms.rest.request('POST', '/zorgkaart', { token, body: record })
        expect(post.status).toBe(403)
        const patch = await cms.rest.request('PATCH', `/zorgkaart?where[zorgkaartId][equals]=100`, {
          token,
          body: { score: 1 },
        })
        expect([403, 200]).toContain(patch.status)
        expect(patch.body.docs ?? []).toEqual([])
      }
      expect(await aantalRecords()).toBe(voor)
      expect(await waardering(world.locatie.a1)).toBeNull()
      const bad = await cms.rest.request('POST', '/zorgkaart', {
        token: tokens.beheer,
        body: { ...record, postcode: '12345' },
      })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.body)).toContain('De postcode klopt niet')
      const ok = await cms.rest.request('POST', '/zorgkaart', {
        token: tokens.beheer,
        body: record,
      })
      expect(ok.status, JSON.stringify(ok.body)).toBe(201)
      expect(ok.body.doc.adresSleutel).toBe('1234AB-4')
    })

    it('a complete file removes the records missing from it; a truncated one removes nothing', async () => {
      // now in the register: 100 and 101 (both at a1's address, so no link), 200 and 400
      expect(await waardering(world.locatie.a1)).toBeNull()
      const telling = await importeer(
        `${KOP}\n100;Hof Mondriaan;${BIJ_A1};8,8;131;${URL_ZK}/hof-mondriaan-100\n` +
          `200;De Esdoorn;Lindelaan;7;5038 AC;Tilburg;9,1;45;${URL_ZK}/de-esdoorn-200\n`,
        true,
      )
      expect(telling).toMatchObject({ nieuw: 0, ongewijzigd: 2, verwijderd: 2 })
      const over = await cms.payload.find({
        collection: 'zorgkaart',
        overrideAccess: true,
        sort: 'zorgkaartId',
      })
      expect(over.docs.map((d) => d.zorgkaartId)).toEqual(['100', '200'])
      // 101 left the register: a1 links to 100 by its address again, in the public document
      await runJobs()
      expect(await waardering(world.locatie.a1)).toMatchObject({
        naam: 'Hof Mondriaan',
        gekoppeld: 'adres',
      })

      // a register of 24 and a file of 2: 22 would go, more than half — refused, nothing changes
      const extra = Array.from(
        { length: 22 },
        (_, i) => `${1000 + i};Extra ${i};Laan;${i + 1};9999 ZZ;Ergens;7;1;${URL_ZK}/extra-${i}`,
      )
      await importeer(`${KOP}\n${extra.join('\n')}\n`)
      expect(await aantalRecords()).toBe(24)
      await expect(
        importeer(
          `${KOP}\n100;Hof Mondriaan;${BIJ_A1};1,0;131;${URL_ZK}/hof-mondriaan-100\n` +
            `200;De Esdoorn;Lindelaan;7;5038 AC;Tilburg;9,1;45;${URL_ZK}/de-esdoorn-200\n`,
          true,
        ),
      ).rejects.toThrow(ZorgkaartImportGeweigerd)
      expect(await aantalRecords()).toBe(24)
      // the score change in that refused file was rolled back too
      await runJobs()
      expect(await waardering(world.locatie.a1)).toMatchObject({ score: 8.8 })
    })
  })
}
