/**
 * Payload's own collections behind REST and GraphQL, as real users: document locks
 * (`payload-locked-documents`) exist only as one's own lock on a document one may edit, are seen
 * only where one may edit the document too, and are never changed into or removed as someone
 * else's; the admin's way of working (lock on open, see who edits, take over, unlock on leave)
 * keeps working for everyone who may edit the document. Preferences (`payload-preferences`) are
 * one's own only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

const LOCKS = 'payload-locked-documents'
const PREFS = 'payload-preferences'

type Lock = {
  id: Id
  document?: { relationTo: string; value: unknown } | null
  globalSlug?: string | null
  user: { relationTo: string; value: unknown }
}

/** An id from a relationship value, populated or not. */
const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

export function vergrendelingenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`document locks and preferences on ${kind}`, () => {
    let cms: TestCms
    let world: World
    /** a location of organisation c (aanbieder2's, CZ) */
    let locatieC: Id = 0
    const tokens: Record<string, string> = {}
    const show = (res: { body: unknown }) => JSON.stringify(res.body)

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      for (const [key, email] of Object.entries({
        aanbieder: 'aanbieder@test.nl', // organisations a (CZ) and b (Menzis)
        aanbieder2: 'aanbieder2@test.nl', // organisation c (CZ)
        cz: 'redacteur.cz@test.nl',
        menzis: 'redacteur.menzis@test.nl',
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
      const locatie = await cms.payload.create({
        collection: 'locaties',
        data: {
          organisatie: world.org.c,
          agbCode: '71000001',
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam: 'Eigen Huis',
          gebruikVolledigeNaam: true,
          bezoekadres: { straat: 'Laan', huisnummer: '9', postcode: '5038 AA', plaats: 'Tilburg' },
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        overrideAccess: true,
        context: { workflowStatus: 'definitief', skipIndex: true },
      })
      locatieC = locatie.id as Id
    })
    afterAll(async () => cms?.close())

    const allLocks = async () =>
      (
        await cms.payload.find({
          collection: LOCKS,
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs as unknown as Lock[]

    const clearLocks = () =>
      cms.payload.delete({
        collection: LOCKS,
        where: { id: { exists: true } },
        overrideAccess: true,
      })

    /** A lock as the admin's form state writes it (Payload's server function, database level). */
    async function adminLock(collection: 'locaties', id: Id, userId: Id) {
      const doc = await cms.payload.db.create({
        collection: LOCKS,
        data: {
          document: { relationTo: collection, value: id },
          user: { relationTo: 'users', value: userId },
        },
      })
      return doc.id as Id
    }

    /** A lock as a client sends it: the document and a user (its own, unless an attack says else). */
    const lockBody = (id: Id, user: Id) => ({
      document: { relationTo: 'locaties', value: id },
      user: { relationTo: 'users', value: user },
    })

    describe('creating a lock', () => {
      it('a provider cannot lock another organisation’s location (REST and GraphQL)', async () => {
        await clearLocks()
        const rest = await cms.rest.request('POST', `/${LOCKS}`, {
          token: tokens.aanbieder2,
          body: lockBody(world.locatie.a1, world.users.aanbieder2),
        })
        expect(rest.status, show(rest)).toBe(403)
        const gql = await cms.rest.graphql(
          `mutation { createPayloadLockedDocument(data: { document: { relationTo: locaties, value: ${world.locatie.a1} }, user: { relationTo: users, value: ${world.users.aanbieder2} } }) { id } }`,
          tokens.aanbieder2,
        )
        expect(gql.body.errors?.length, JSON.stringify(gql.body)).toBeGreaterThan(0)
        expect(gql.body.data?.createPayloadLockedDocument ?? null).toBeNull()
        expect(await allLocks()).toEqual([])
      })

      it('a provider locks its own location, always in its own name (REST and GraphQL)', async () => {
        await clearLocks()
        const rest = await cms.rest.request('POST', `/${LOCKS}`, {
          token: tokens.aanbieder2,
          body: lockBody(locatieC, world.users.redacteurCz),
        })
        expect(rest.status, show(rest)).toBe(201)
        const gql = await cms.rest.graphql(
          `mutation { createPayloadLockedDocument(data: { document: { relationTo: locaties, value: ${locatieC} }, user: { relationTo: users, value: ${world.users.beheer} } }) { id } }`,
          tokens.aanbieder2,
        )
        expect(gql.body.errors, JSON.stringify(gql.body)).toBeUndefined()
        const locks = await allLocks()
        expect(locks).toHaveLength(2)
        for (const lock of locks) {
          expect(idOf(lock.user.value)).toBe(String(world.users.aanbieder2))
          expect(idOf(lock.document?.value)).toBe(String(locatieC))
        }
      })

      it('an editor locks a location of its zorgkantoor, not one of another zorgkantoor', async () => {
        await clearLocks()
        const eigen = await cms.rest.request('POST', `/${LOCKS}`, {
          token: tokens.cz,
          body: lockBody(world.locatie.a1, world.users.redacteurCz),
        })
        expect(eigen.status, show(eigen)).toBe(201)
        const ander = await cms.rest.request('POST', `/${LOCKS}`, {
          token: tokens.cz,
          body: lockBody(world.locatie.b1, world.users.redacteurCz),
        })
        expect(ander.status, show(ander)).toBe(403)
        const locks = await allLocks()
        expect(locks.map((l) => idOf(l.document?.value))).toEqual([String(world.locatie.a1)])
      })

      it('a lock without a document, on something that is not a document or with a malformed one is refused', async () => {
        await clearLocks()
        const eigen = { relationTo: 'users', value: world.users.aanbieder2 }
        for (const body of [
          {},
          { globalSlug: 'instellingen', user: eigen },
          { document: { relationTo: 'users', value: world.users.beheer }, user: eigen },
          { document: { relationTo: 'locaties', value: 'abc' }, user: eigen },
          { document: { relationTo: 'locaties', value: { id: world.locatie.a1 } }, user: eigen },
          { document: { relationTo: 'locaties', value: 99999999 }, user: eigen },
          { document: { relationTo: 'bestaat-niet', value: locatieC }, user: eigen },
          { document: 'locaties', user: eigen },
        ]) {
          const res = await cms.rest.request('POST', `/${LOCKS}`, {
            token: tokens.aanbieder2,
            body,
          })
          expect([400, 403], `${JSON.stringify(body)} → ${show(res)}`).toContain(res.status)
        }
        expect(await allLocks()).toEqual([])
      })
    })

    describe('seeing locks', () => {
      it('only where one may edit the document too (REST, GraphQL, Local API as the admin reads)', async () => {
        await clearLocks()
        const opA1 = await adminLock('locaties', world.locatie.a1, world.users.redacteurCz)
        const opB1 = await adminLock('locaties', world.locatie.b1, world.users.redacteurMenzis)
        const opC = await adminLock('locaties', locatieC, world.users.aanbieder2)
        const zien = async (token: string | undefined) => {
          const res = await cms.rest.request('GET', `/${LOCKS}?limit=100&depth=0`, { token })
          expect(res.status, show(res)).toBe(200)
          return (res.body.docs as Lock[]).map((l) => String(l.id)).sort()
        }
        const ids = (...locks: Id[]) => locks.map(String).sort()
        expect(await zien(tokens.aanbieder2)).toEqual(ids(opC))
        expect(await zien(tokens.aanbieder)).toEqual(ids(opA1, opB1))
        expect(await zien(tokens.cz)).toEqual(ids(opA1, opC))
        expect(await zien(tokens.menzis)).toEqual(ids(opB1))
        expect(await zien(tokens.beheer)).toEqual(ids(opA1, opB1, opC))

        // by id: another organisation's lock does not exist for this provider
        const vreemd = await cms.rest.request('GET', `/${LOCKS}/${opA1}`, {
          token: tokens.aanbieder2,
        })
        expect([403, 404]).toContain(vreemd.status)
        // who edits: visible to a colleague who may edit the document too
        const collega = await cms.rest.request('GET', `/${LOCKS}/${opA1}?depth=0`, {
          token: tokens.aanbieder,
        })
        expect(collega.status, show(collega)).toBe(200)
        expect(idOf(collega.body.user.value)).toBe(String(world.users.redacteurCz))

        const gql = await cms.rest.graphql(
          '{ PayloadLockedDocuments(limit: 100) { docs { id } } }',
          tokens.aanbieder2,
        )
        expect(gql.body.errors, JSON.stringify(gql.body)).toBeUndefined()
        expect(
          gql.body.data.PayloadLockedDocuments.docs.map((d: { id: unknown }) => String(d.id)),
        ).toEqual(ids(opC))

        // the admin's lock check reads as the user (Local API, overrideAccess: false)
        const alsAdmin = await cms.payload.find({
          collection: LOCKS,
          where: {
            and: [
              { 'document.relationTo': { equals: 'locaties' } },
              { 'document.value': { equals: world.locatie.a1 } },
            ],
          },
          depth: 1,
          overrideAccess: false,
          user: await cms.payload.findByID({
            collection: 'users',
            id: world.users.aanbieder2,
            overrideAccess: true,
          }),
        })
        expect(alsAdmin.docs).toEqual([])
      })
    })

    describe('changing and removing locks', () => {
      it('nobody removes another user’s lock or hands a lock to someone else', async () => {
        await clearLocks()
        const vanCz = await adminLock('locaties', world.locatie.a1, world.users.redacteurCz)
        // a provider who cannot edit the document: not found, nothing changes
        for (const [method, body] of [
          ['DELETE', undefined],
          ['PATCH', { user: { relationTo: 'users', value: world.users.aanbieder2 } }],
        ] as const) {
          const res = await cms.rest.request(method, `/${LOCKS}/${vanCz}`, {
            token: tokens.aanbieder2,
            body,
          })
          expect([403, 404], `${method} ${show(res)}`).toContain(res.status)
        }
        // a provider who may edit the document: cannot remove the editor's lock
        const weg = await cms.rest.request('DELETE', `/${LOCKS}/${vanCz}`, {
          token: tokens.aanbieder,
        })
        expect([403, 404], show(weg)).toContain(weg.status)
        const bulkWeg = await cms.rest.request('DELETE', `/${LOCKS}?where[id][exists]=true`, {
          token: tokens.aanbieder,
        })
        expect(bulkWeg.body.docs ?? [], show(bulkWeg)).toEqual([])
        const gqlWeg = await cms.rest.graphql(
          `mutation { deletePayloadLockedDocument(id: ${vanCz}) { id } }`,
          tokens.aanbieder,
        )
        expect(gqlWeg.body.errors?.length, JSON.stringify(gqlWeg.body)).toBeGreaterThan(0)
        // … nor give it to someone else, nor move it to another document
        const anderen = await cms.rest.request('PATCH', `/${LOCKS}/${vanCz}`, {
          token: tokens.aanbieder,
          body: {
            user: { relationTo: 'users', value: world.users.beheer },
            document: { relationTo: 'locaties', value: locatieC },
          },
        })
        expect([200, 403], show(anderen)).toContain(anderen.status)
        const [lock] = await allLocks()
        expect(idOf(lock!.document?.value)).toBe(String(world.locatie.a1))
        expect(idOf(lock!.user.value)).not.toBe(String(world.users.beheer))
        const bulk = await cms.rest.request('PATCH', `/${LOCKS}?where[id][exists]=true`, {
          token: tokens.aanbieder2,
          body: { user: { relationTo: 'users', value: world.users.aanbieder2 } },
        })
        expect(bulk.body.docs ?? [], show(bulk)).toEqual([])
        const gql = await cms.rest.graphql(
          `mutation { updatePayloadLockedDocument(id: ${vanCz}, data: { user: { relationTo: users, value: ${world.users.beheer} } }) { id } }`,
          tokens.aanbieder2,
        )
        expect(gql.body.errors?.length, JSON.stringify(gql.body)).toBeGreaterThan(0)
        const [na] = await allLocks()
        expect(idOf(na!.user.value)).not.toBe(String(world.users.beheer))
        expect(idOf(na!.user.value)).not.toBe(String(world.users.aanbieder2))
      })

      it('the admin keeps working: lock, see who edits, take over, unlock on leaving', async () => {
        await clearLocks()
        // the editor opens the location (the admin's form state writes the lock)
        const lock = await adminLock('locaties', world.locatie.a1, world.users.redacteurCz)
        // the provider opens it too and sees who edits (the admin's GET by document)
        const query = `where[document.relationTo][equals]=locaties&where[document.value][equals]=${world.locatie.a1}`
        const gezien = await cms.rest.request('GET', `/${LOCKS}?${query}`, {
          token: tokens.aanbieder,
        })
        expect(gezien.status, show(gezien)).toBe(200)
        expect(gezien.body.docs.map((d: Lock) => String(d.id))).toEqual([String(lock)])
        // "take over": the admin PATCHes the lock with the current user
        const over = await cms.rest.request('PATCH', `/${LOCKS}/${lock}`, {
          token: tokens.aanbieder,
          body: { user: { relationTo: 'users', value: world.users.aanbieder } },
        })
        expect(over.status, show(over)).toBe(200)
        const [genomen] = await allLocks()
        expect(idOf(genomen!.user.value)).toBe(String(world.users.aanbieder))
        expect(idOf(genomen!.document?.value)).toBe(String(world.locatie.a1))
        // the editor can no longer remove it; the provider unlocks when leaving
        const editor = await cms.rest.request('DELETE', `/${LOCKS}/${lock}`, { token: tokens.cz })
        expect([403, 404], show(editor)).toContain(editor.status)
        const eigen = await cms.rest.request('DELETE', `/${LOCKS}/${lock}`, {
          token: tokens.aanbieder,
        })
        expect(eigen.status, show(eigen)).toBe(200)
        expect(await allLocks()).toEqual([])
      })
    })

    describe('preferences are one’s own only', () => {
      it('no login reads, changes or removes another login’s preferences (REST and GraphQL)', async () => {
        const eigen = await cms.rest.request('POST', `/${PREFS}/collection-locaties`, {
          token: tokens.aanbieder,
          body: { value: { limit: 25 } },
        })
        expect(eigen.status, show(eigen)).toBe(200)
        const [pref] = (
          await cms.payload.find({
            collection: PREFS,
            where: { key: { equals: 'collection-locaties' } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs
        expect(idOf(pref!.user.value)).toBe(String(world.users.aanbieder))

        const t = tokens.aanbieder2
        // Payload's own GET by key answers 200 with value null for "none of yours"
        const perSleutel = await cms.rest.request('GET', `/${PREFS}/collection-locaties`, {
          token: t,
        })
        expect(perSleutel.body.value ?? null, show(perSleutel)).toBeNull()
        const lijst = await cms.rest.request('GET', `/${PREFS}?limit=100`, { token: t })
        expect((lijst.body.docs ?? []).map((d: { id: unknown }) => String(d.id))).not.toContain(
          String(pref!.id),
        )
        // GET /:id is Payload's GET by key too: an id is just an unknown key
        const perId = await cms.rest.request('GET', `/${PREFS}/${pref!.id}`, { token: t })
        expect(perId.body.value ?? null, show(perId)).toBeNull()
        const patch = await cms.rest.request('PATCH', `/${PREFS}/${pref!.id}`, {
          token: t,
          body: { value: { limit: 1 } },
        })
        expect([403, 404], show(patch)).toContain(patch.status)
        const bulk = await cms.rest.request('PATCH', `/${PREFS}?where[id][exists]=true`, {
          token: t,
          body: { value: { limit: 1 } },
        })
        expect(bulk.body.docs ?? []).toEqual([])
        const del = await cms.rest.request('DELETE', `/${PREFS}/${pref!.id}`, { token: t })
        expect([403, 404], show(del)).toContain(del.status)
        const bulkDel = await cms.rest.request('DELETE', `/${PREFS}?where[id][exists]=true`, {
          token: t,
        })
        expect(bulkDel.body.docs ?? []).toEqual([])
        // creating one in someone else's name makes it one's own
        const vals = await cms.rest.request('POST', `/${PREFS}`, {
          token: t,
          body: {
            key: 'collection-locaties',
            value: { limit: 99 },
            user: { relationTo: 'users', value: world.users.aanbieder },
          },
        })
        expect([201, 403], show(vals)).toContain(vals.status)
        const gql = await cms.rest.graphql('{ PayloadPreferences(limit: 100) { docs { id } } }', t)
        expect(
          (gql.body.data?.PayloadPreferences?.docs ?? []).map((d: { id: unknown }) => String(d.id)),
        ).not.toContain(String(pref!.id))

        const na = await cms.payload.findByID({
          collection: PREFS,
          id: pref!.id,
          depth: 0,
          overrideAccess: true,
        })
        expect(na.value).toEqual({ limit: 25 })
        expect(idOf(na.user.value)).toBe(String(world.users.aanbieder))
        const vanAnna = await cms.payload.find({
          collection: PREFS,
          where: { 'user.value': { equals: world.users.aanbieder } },
          depth: 0,
          overrideAccess: true,
        })
        expect(vanAnna.docs.map((d) => String(d.id))).toEqual([String(pref!.id)])
      })
    })
  })
}
