/**
 * Property test of delivery: thousands of random workflow operations by random roles, through REST
 * as real users (create, edit, send, approve, reject, delete one, bulk delete, organisation
 * cascade, approved removal, undo, copy, merge, organisation delete, free places, photos). After
 * every decision, once the queue is idle, the search index and the public media store hold exactly
 * the public projection of the database: reconcile (search-indexer/reconcile.ts) finds nothing, and
 * direct checks agree — no proposal, no removed or rejected item, no duplicate, every photo folder
 * belongs to a public location.
 *
 * Seeded and reproducible: PROPERTY_SEED replays a run, PROPERTY_RUNS sets the number of
 * operations (default 150 per database in `npm test`; `npm run test:property -- --runs 10000`).
 * A failure names its seed and the last operations.
 */
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueReindexJob } from '../../cms/jobs/queue'
import type { PublicDocument } from '../../search-indexer/contract'
import { readSnapshot } from '../helpers/search-index'
import { EmbeddedSearchWriter } from '../../search-indexer/engine/embedded/writer'
import { LocalMediaStore } from '../../search-indexer/media/local'
import { beschrijf, controleer } from '../../search-indexer/reconcile'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { rng, type Rng } from './helpers/fuzz'
import { runQueue, startCms, type TestCms } from './helpers/payload'

export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS || 150)
export const PROPERTY_SEED = Number(
  process.env.PROPERTY_SEED || Math.floor(Math.random() * 2 ** 31),
)

const JPEG = await sharp({
  create: { width: 200, height: 150, channels: 3, background: '#4a7a5a' },
})
  .jpeg()
  .toBuffer()

type Aanbieder = 'aanbieder' | 'aanbieder2'
type Wie = Aanbieder | 'cz' | 'menzis' | 'beheer'
const AANBIEDERS: Aanbieder[] = ['aanbieder', 'aanbieder2']
const REDACTEUREN: Wie[] = ['cz', 'menzis', 'beheer']

export function eigenschapSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`property: the public side is exactly the projection, on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let writer: EmbeddedSearchWriter
    let store: LocalMediaStore
    const tokens = {} as Record<Wie, string>
    /** organisations that exist now, with the zorgkantoor that contracts them and their provider */
    const orgs = new Map<string, { zk: Id; aanbieder: Aanbieder }>()
    let teller = 0

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      writer = new EmbeddedSearchWriter({ dir: path.join(cms.dataDir, 'search') })
      store = new LocalMediaStore(path.join(cms.dataDir, 'publieke-media'))
      for (const [key, email] of Object.entries({
        aanbieder: 'aanbieder@test.nl',
        aanbieder2: 'aanbieder2@test.nl',
        cz: 'redacteur.cz@test.nl',
        menzis: 'redacteur.menzis@test.nl',
        beheer: 'beheer@test.nl',
      }))
        tokens[key as Wie] = await cms.rest.login(email, PASSWORD)
      orgs.set(String(world.org.a), { zk: world.zk.cz, aanbieder: 'aanbieder' })
      orgs.set(String(world.org.b), { zk: world.zk.menzis, aanbieder: 'aanbieder' })
      orgs.set(String(world.org.c), { zk: world.zk.cz, aanbieder: 'aanbieder2' })
      await queueReindexJob(cms.payload, 'test')
      await runQueue(cms.payload)
    })
    afterAll(async () => {
      await writer?.close()
      await cms?.close()
    })

    /** an id as the database's relationships take it */
    const rel = (id: string): Id => (kind === 'mongodb' ? id : Number(id)) as Id
    const req = (wie: Wie, method: string, p: string, body?: unknown) =>
      cms.rest.request(method, p, { token: tokens[wie], body })

    /** Ids of the locations of an organisation (newest versions, drafts included). */
    async function locatiesVan(org?: string): Promise<string[]> {
      const found = await cms.payload.find({
        collection: 'locaties',
        where: org ? { organisatie: { equals: org } } : {},
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
        select: {},
        overrideAccess: true,
      })
      return found.docs.map((d) => String(d.id))
    }

    async function aanbodVan(locatie: string): Promise<string[]> {
      const found = await cms.payload.find({
        collection: 'zorgaanbod',
        where: { locatie: { equals: locatie } },
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
        select: {},
        overrideAccess: true,
      })
      return found.docs.map((d) => String(d.id))
    }

    const woonplaatsVan = (zk: Id) => (zk === world.zk.cz ? world.wp.tilburg : world.wp.enschede)

    /** A new Definitief organisation (the world stays alive after cascades and mergers). */
    async function nieuweOrganisatie(r: Rng) {
      const zk = r.chance(0.5) ? world.zk.cz : world.zk.menzis
      const aanbieder = r.pick(AANBIEDERS)
      const org = await cms.payload.create({
        collection: 'organisaties',
        data: {
          naam: `Stichting Eigenschap ${++teller}`,
          nzaCode: String(500000 + teller),
          type: 'zorgaanbieder',
          zorgkantoren: [zk],
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        overrideAccess: true,
        context: { workflowStatus: 'definitief', skipIndex: true },
      })
      const id = String(org.id)
      const user = await cms.payload.findByID({
        collection: 'users',
        id: world.users[aanbieder],
        depth: 0,
        overrideAccess: true,
      })
      await cms.payload.update({
        collection: 'users',
        id: world.users[aanbieder],
        data: {
          organisaties: [
            ...(user.organisaties ?? []).map((o) => (typeof o === 'object' ? o.id : o)),
            org.id,
          ],
        },
        overrideAccess: true,
      })
      orgs.set(id, { zk, aanbieder })
      return id
    }

    /** One random operation; returns a line for the log and whether it was a decision. */
    async function stap(r: Rng): Promise<{ regel: string; besluit: boolean }> {
      if (orgs.size < 3 || r.chance(0.03)) await nieuweOrganisatie(r)
      const orgId = r.pick([...orgs.keys()])
      const org = orgs.get(orgId)!
      const redacteur: Wie = r.chance(0.8)
        ? org.zk === world.zk.cz
          ? 'cz'
          : 'menzis'
        : r.pick(REDACTEUREN)
      const iemand: Wie = r.chance(0.75) ? org.aanbieder : r.pick([...AANBIEDERS, ...REDACTEUREN])
      const locaties = await locatiesVan(orgId)
      const locatie = locaties.length ? r.pick(locaties) : null
      const soort = r.int(100)
      const log = (wat: string, res: { status: number; body?: unknown }) =>
        `${wat}${res.status >= 400 ? ` (${JSON.stringify(res.body).slice(0, 160)})` : ''} → ${res.status}`

      if (soort < 16 || !locatie) {
        const wie = r.chance(0.8) ? org.aanbieder : redacteur
        const res = await req(wie, 'POST', '/locaties', {
          organisatie: rel(orgId),
          agbCode: String(30000000 + ++teller),
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam: `Huis ${teller}`,
          gebruikVolledigeNaam: true,
          bezoekadres: {
            straat: 'Laan',
            huisnummer: String(teller),
            postcode: '5038 AB',
            plaats: 'Tilburg',
          },
        })
        if (res.status === 201)
          await req(wie, 'POST', '/zorgaanbod', {
            locatie: res.body.doc.id,
            woonplaats: woonplaatsVan(org.zk),
            vv: VV_AANBOD,
          })
        return {
          regel: log(`${wie} maakt locatie bij org ${orgId}`, res),
          besluit: wie !== org.aanbieder,
        }
      }
      if (soort < 30) {
        const wie = iemand
        const res = await req(wie, 'PATCH', `/locaties/${locatie}`, {
          naam: `Voorstel ${++teller}`,
        })
        return {
          regel: log(`${wie} wijzigt locatie ${locatie}`, res),
          besluit: REDACTEUREN.includes(wie),
        }
      }
      if (soort < 42) {
        const res = await req(iemand, 'POST', `/organisaties/${orgId}/versturen`, {})
        return { regel: log(`${iemand} verstuurt org ${orgId}`, res), besluit: false }
      }
      if (soort < 54) {
        const res = await req(redacteur, 'POST', `/organisaties/${orgId}/goedkeuren`, {})
        return { regel: log(`${redacteur} keurt org ${orgId} goed`, res), besluit: true }
      }
      if (soort < 60) {
        const res = await req(redacteur, 'POST', `/organisaties/${orgId}/afwijzen`, {
          reden: 'Klopt niet met onze gegevens.',
        })
        return { regel: log(`${redacteur} wijst org ${orgId} af`, res), besluit: true }
      }
      if (soort < 68) {
        const wie = r.chance(0.5) ? org.aanbieder : redacteur
        const res = await req(wie, 'DELETE', `/locaties/${locatie}`)
        return { regel: log(`${wie} verwijdert locatie ${locatie}`, res), besluit: true }
      }
      if (soort < 72) {
        const twee = [locatie, r.pick(locaties)]
        const res = await req(
          redacteur,
          'DELETE',
          `/locaties?where[id][in][0]=${twee[0]}&where[id][in][1]=${twee[1]}`,
        )
        return {
          regel: log(`${redacteur} verwijdert in bulk ${twee.join(',')}`, res),
          besluit: true,
        }
      }
      if (soort < 77) {
        const res = await req(org.aanbieder, 'POST', `/locaties/${locatie}/herstel`, {})
        return { regel: log(`${org.aanbieder} herstelt locatie ${locatie}`, res), besluit: true }
      }
      if (soort < 81) {
        if (!(await aanbodVan(locatie)).length)
          return { regel: `geen aanbod bij ${locatie}`, besluit: false }
        const naar = r.pick(locaties)
        const wie = r.chance(0.7) ? org.aanbieder : redacteur
        const res = await req(wie, 'POST', `/locaties/${locatie}/kopieer-zorgaanbod`, {
          naarLocatie: rel(naar),
          woonplaats: woonplaatsVan(org.zk),
        })
        return {
          regel: log(`${wie} kopieert aanbod van ${locatie} naar ${naar}`, res),
          besluit: REDACTEUREN.includes(wie),
        }
      }
      if (soort < 84) {
        const andere = [...orgs.entries()].filter(([id, o]) => id !== orgId && o.zk === org.zk)
        if (!andere.length)
          return { regel: 'geen organisatie om mee samen te gaan', besluit: false }
        const [naar] = r.pick(andere)
        const wie = r.chance(0.8) ? redacteur : org.aanbieder
        const res = await req(wie, 'POST', `/organisaties/${orgId}/fusie`, {
          naar: Number(naar) || naar,
        })
        if (res.status === 200) orgs.delete(orgId)
        return { regel: log(`${wie} voegt org ${orgId} samen met ${naar}`, res), besluit: true }
      }
      if (soort < 87) {
        const wie = r.chance(0.8) ? redacteur : org.aanbieder
        const res = await req(wie, 'DELETE', `/organisaties/${orgId}`)
        if (res.status === 200) orgs.delete(orgId)
        return { regel: log(`${wie} verwijdert org ${orgId}`, res), besluit: true }
      }
      if (soort < 94) {
        const res = await req(org.aanbieder, 'POST', '/vrije-capaciteit', {
          locatie: rel(locatie),
          sector: 'VV',
          zorgprofiel: 'VV-5',
          soortPlaats: 'verblijf',
          aantal: 1 + r.int(3),
        })
        return {
          regel: log(`${org.aanbieder} meldt vrije plaatsen bij ${locatie}`, res),
          besluit: true,
        }
      }
      // a photo: upload, then put it on the location (a proposal until approved)
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(JPEG)], { type: 'image/jpeg' }),
        `foto-${++teller}.jpg`,
      )
      form.append('_payload', JSON.stringify({ alt: `Foto ${teller}`, organisatie: rel(orgId) }))
      const up = await cms.rest.request('POST', '/media', { token: tokens[org.aanbieder], form })
      if (up.status !== 201)
        return { regel: log(`${org.aanbieder} uploadt een foto`, up), besluit: false }
      const wie = r.chance(0.8) ? org.aanbieder : redacteur
      const res = await req(wie, 'PATCH', `/locaties/${locatie}`, { fotos: [up.body.doc.id] })
      return {
        regel: log(`${wie} zet foto op locatie ${locatie}`, res),
        besluit: REDACTEUREN.includes(wie),
      }
    }

    /** Direct checks beside reconcile: what the public side holds may be public, once. */
    async function directeControles(): Promise<string[]> {
      const fouten: string[] = []
      const snap = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entries = snap?.snapshot.entries ?? []
      const ids = entries.map((e) => e.id)
      if (new Set(ids).size !== ids.length) fouten.push(`dubbele documenten: ${ids.join(',')}`)
      const publiek = new Set<string>()
      for (const e of entries) {
        const doc = JSON.parse(e.json) as PublicDocument
        publiek.add(doc.locatieId)
        const gepubliceerd = await cms.payload.find({
          collection: 'locaties',
          where: { and: [{ id: { equals: doc.locatieId } }, { _status: { equals: 'published' } }] },
          draft: false,
          depth: 0,
          limit: 1,
          overrideAccess: true,
        })
        const l = gepubliceerd.docs[0]
        if (!l) fouten.push(`${doc.id} is openbaar maar heeft geen Definitieve versie`)
        else if (!doc.naam.includes(l.naam ?? ''))
          fouten.push(`${doc.id} toont "${doc.naam}", Definitief is "${l.naam}"`)
      }
      for (const map of await store.locaties())
        if (!publiek.has(map))
          fouten.push(`foto’s van ${map} zijn openbaar zonder openbare locatie`)
      return fouten
    }

    it(
      `${PROPERTY_RUNS} random operations (seed ${PROPERTY_SEED})`,
      async () => {
        const r = rng(PROPERTY_SEED)
        const gedaan: string[] = []
        let besluiten = 0
        const statussen = new Map<number, number>()
        for (let i = 0; i < PROPERTY_RUNS; i++) {
          let uitkomst: { regel: string; besluit: boolean }
          try {
            uitkomst = await stap(r)
          } catch (error) {
            throw new Error(
              `Stap ${i + 1} faalde (PROPERTY_SEED=${PROPERTY_SEED}): ${String(error)}\n${gedaan.slice(-15).join('\n')}`,
              { cause: error },
            )
          }
          gedaan.push(`${i + 1}. ${uitkomst.regel}`)
          if (process.env.PROPERTY_VERBOSE) console.log(gedaan.at(-1))
          const status = Number(/→ (\d+)$/.exec(uitkomst.regel)?.[1] ?? 0)
          statussen.set(status, (statussen.get(status) ?? 0) + 1)
          expect(
            status,
            `5xx (PROPERTY_SEED=${PROPERTY_SEED})\n${gedaan.slice(-15).join('\n')}`,
          ).toBeLessThan(500)
          if (!uitkomst.besluit && i !== PROPERTY_RUNS - 1) continue
          besluiten++
          await runQueue(cms.payload)
          const controle = await controleer(cms.payload, {
            writer,
            media: { store, straatbeeld: null },
          })
          const fouten = [...controle.verschillen.map(beschrijf), ...(await directeControles())]
          expect(
            fouten,
            `Na stap ${i + 1} (PROPERTY_SEED=${PROPERTY_SEED}, PROPERTY_RUNS=${PROPERTY_RUNS}):\n${gedaan.slice(-15).join('\n')}`,
          ).toEqual([])
        }
        const publiek = (await writer.fingerprints()).size
        console.log(
          `Eigenschap op ${kind}: ${PROPERTY_RUNS} stappen, ${besluiten} controles, ${publiek} openbare locaties aan het eind, antwoorden ${JSON.stringify(Object.fromEntries(statussen))} (PROPERTY_SEED=${PROPERTY_SEED})`,
        )
        // the run did real work: decisions that changed the public side were accepted
        expect(statussen.get(200) ?? 0).toBeGreaterThan(PROPERTY_RUNS / 10)
      },
      Math.max(120_000, PROPERTY_RUNS * 3000),
    )
  })
}
