/**
 * Logins by invitation and the organisation's user administrator through
 * REST as real users, on a real database (SQLite and PostgreSQL): the set-password link (72 hours,
 * once, only a hash stored), one login for organisations under several zorgkantoren (§1.3), the
 * user administrator's limits (seed 004), deactivating and reactivating, deleting with a pseudonym,
 * and Payload's forgot-password mail in the outbox.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAIL_QUEUE } from '../../cms/jobs/queue'
import { LOGIN_MELDINGEN } from '../../cms/domain/roles'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

// not containing the local part of any test address (the password rule refuses that)
const NIEUW_WACHTWOORD = 'Zonnig-uitzicht-2026'

export function loginsSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`logins by invitation and user administrators on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    /** a second Menzis organisation */
    let orgD: Id
    /** user administrator of organisation c, and colleagues */
    let gb: Id
    let collega: Id
    let gedeeld: Id

    const system = { overrideAccess: true } as const

    async function user(id: Id) {
      return cms.payload.findByID({
        collection: 'users',
        id,
        depth: 0,
        showHiddenFields: true,
        ...system,
      })
    }

    async function mails() {
      const found = await cms.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: MAIL_QUEUE } },
        sort: 'id',
        limit: 0,
        pagination: false,
        ...system,
      })
      return found.docs.map((d) => d.input as { aan: string; onderwerp: string; tekst: string })
    }

    const linkIn = (tekst: string) => {
      const match = /\/admin\/wachtwoord-instellen\?token=([A-Za-z0-9_-]+)/.exec(tekst)
      if (!match) throw new Error(`no link in: ${tekst}`)
      return match[1]!
    }

    const instellen = (token: unknown, wachtwoord: unknown = NIEUW_WACHTWOORD) =>
      cms.rest.request('POST', '/users/wachtwoord-instellen', { body: { token, wachtwoord } })

    const invite = (as: string, body: unknown) =>
      cms.rest.request('POST', '/users/uitnodigen', { token: tokens[as], body })

    const login = (email: string, password: string) =>
      cms.rest.request('POST', '/users/login', { body: { email, password } })

    const acceptLinkIn = (tekst: string) => {
      const match = /\/admin\/uitnodiging\?token=([A-Za-z0-9_-]+)/.exec(tekst)
      if (!match) throw new Error(`no invitation link in: ${tekst}`)
      return match[1]!
    }

    /** Look at, accept or refuse an invitation, as the login of `as` (or without a login). */
    const beslis = (actie: 'bekijken' | 'accepteren' | 'weigeren', token: unknown, as?: string) =>
      cms.rest.request('POST', `/uitnodigingen/${actie}`, { token: as, body: { token } })

    /** The inviter's answer: the same for every address. */
    const antwoord = (email: string, organisaties: string[]) => ({
      bericht: `De uitnodiging is verstuurd naar ${email}.`,
      email,
      organisaties,
    })

    async function uitnodigingenVan(email: string) {
      const found = await cms.payload.find({
        collection: 'uitnodigingen',
        where: { email: { equals: email } },
        sort: 'id',
        depth: 0,
        limit: 0,
        pagination: false,
        showHiddenFields: true,
        ...system,
      })
      return found.docs
    }

    /** 72 hours later, as the system sees it: the invitations' moment lies in the past. */
    async function verloop(email: string) {
      await cms.payload.update({
        collection: 'uitnodigingen',
        where: { email: { equals: email } },
        data: { geldigTot: new Date(Date.now() - 1000).toISOString() },
        ...system,
      })
    }

    async function gebruikerMet(email: string) {
      const found = await cms.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        depth: 0,
        ...system,
      })
      return found.docs[0] ?? null
    }

    const aantalGebruikers = async () =>
      (await cms.payload.count({ collection: 'users', ...system })).totalDocs

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      orgD = (
        await cms.payload.create({
          collection: 'organisaties',
          data: {
            naam: 'Stichting Oost',
            nzaCode: '300404',
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.menzis],
            status: 'definitief',
            _status: 'published',
          },
          draft: false,
          ...system,
          context: { workflowStatus: 'definitief', skipIndex: true },
        })
      ).id
      const maak = async (email: string, data: Record<string, unknown>) =>
        (
          await cms.payload.create({
            collection: 'users',
            data: { email, password: PASSWORD, rol: 'zorgaanbieder', ...data } as never,
            ...system,
          })
        ).id
      gb = await maak('gb@test.nl', {
        naam: 'Gea Beheer',
        organisaties: [world.org.c],
        gebruikersbeheerder: true,
      })
      collega = await maak('collega@test.nl', {
        naam: 'Cas Collega',
        organisaties: [world.org.c],
        contactpersoon: true,
        nieuwsbrief: true,
      })
      gedeeld = await maak('gedeeld@test.nl', {
        naam: 'Gijs Gedeeld',
        organisaties: [world.org.c, world.org.a],
      })
      for (const [key, email] of Object.entries({
        cz: 'redacteur.cz@test.nl',
        menzis: 'redacteur.menzis@test.nl',
        beheer: 'beheer@test.nl',
        aanbieder: 'aanbieder@test.nl',
        aanbieder2: 'aanbieder2@test.nl',
        gb: 'gb@test.nl',
        collega: 'collega@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
    })
    afterAll(async () => cms?.close())

    describe('invitation of a new address (item 4)', () => {
      let link: string

      it('an editor invites a new address: an open invitation, no login yet, and a Dutch e-mail with a set-password link', async () => {
        const before = (await mails()).length
        const gebruikers = await aantalGebruikers()
        const res = await invite('cz', {
          email: ' Nieuw@Test.NL ',
          naam: 'Nina Nieuw',
          organisaties: [world.org.a],
        })
        expect(res.status, JSON.stringify(res.body)).toBe(202)
        expect(res.body).toEqual(antwoord('nieuw@test.nl', ['Stichting Zorgstroom']))
        // no login until the password is set
        expect(await aantalGebruikers()).toBe(gebruikers)
        const open = await uitnodigingenVan('nieuw@test.nl')
        expect(open).toHaveLength(1)
        expect(open[0]).toMatchObject({
          status: 'open',
          naam: 'Nina Nieuw',
          organisaties: [world.org.a],
          uitgenodigdDoorNaam: 'Cor Redacteur (CZ zorgkantoor)',
        })
        const uren = (Date.parse(open[0]!.geldigTot) - Date.now()) / 3_600_000
        expect(uren).toBeGreaterThan(71.9)
        expect(uren).toBeLessThanOrEqual(72)
        const mail = (await mails()).slice(before)
        expect(mail).toHaveLength(1)
        expect(mail[0]!.aan).toBe('nieuw@test.nl')
        expect(mail[0]!.onderwerp).toBe('Uw login voor de beheeromgeving van de Zorgatlas')
        expect(mail[0]!.tekst).toContain('Beste Nina Nieuw')
        expect(mail[0]!.tekst).toContain('Stichting Zorgstroom')
        expect(mail[0]!.tekst).toContain('Cor Redacteur (CZ zorgkantoor)')
        expect(mail[0]!.tekst).toContain('72 uur')
        link = linkIn(mail[0]!.tekst)
        expect(mail[0]!.tekst).toContain(
          `http://localhost:3000/admin/wachtwoord-instellen?token=${link}`,
        )
      })

      it('only a hash of the token is stored, never the token; it cannot log in yet', async () => {
        const [doc] = await uitnodigingenVan('nieuw@test.nl')
        expect(doc!.tokenHash).toMatch(/^[0-9a-f]{64}$/)
        expect(JSON.stringify(doc)).not.toContain(link)
        expect((await login('nieuw@test.nl', NIEUW_WACHTWOORD)).status).toBe(401)
        // the inviter reads the invitation, never its hash
        const read = await cms.rest.request('GET', `/uitnodigingen/${doc!.id}`, {
          token: tokens.cz,
        })
        expect(read.status).toBe(200)
        expect(read.body.tokenHash).toBeUndefined()
        expect(JSON.stringify(read.body)).not.toContain(doc!.tokenHash!)
        const zoek = await cms.rest.request(
          'GET',
          `/uitnodigingen?where[tokenHash][equals]=${doc!.tokenHash}`,
          { token: tokens.cz },
        )
        expect(zoek.body.docs ?? []).toEqual([])
      })

      it('a weak password is refused in Dutch, naming the field; nothing changes', async () => {
        const res = await instellen(link, 'kort1')
        expect(res.status).toBe(400)
        expect(res.body.velden.wachtwoord).toMatch(/minstens 12 tekens/)
        const wrongType = await instellen(link, 12345678901234)
        expect(wrongType.status).toBe(400)
        expect(wrongType.body.velden.wachtwoord).toBeTruthy()
        expect((await uitnodigingenVan('nieuw@test.nl'))[0]!.status).toBe('open')
        expect(await gebruikerMet('nieuw@test.nl')).toBeNull()
      })

      it('the link creates the login with its password, once; the provider logs in and sees their organisation', async () => {
        const res = await instellen(link)
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body).toEqual({ email: 'nieuw@test.nl' })
        expect(await gebruikerMet('nieuw@test.nl')).toMatchObject({
          naam: 'Nina Nieuw',
          rol: 'zorgaanbieder',
          actief: true,
          gebruikersbeheerder: false,
          organisaties: [world.org.a],
        })
        expect((await uitnodigingenVan('nieuw@test.nl'))[0]!.status).toBe('geaccepteerd')
        const token = await cms.rest.login('nieuw@test.nl', NIEUW_WACHTWOORD)
        const orgs = await cms.rest.request('GET', '/organisaties?depth=0&draft=true', { token })
        expect(orgs.body.docs.map((o: { id: Id }) => o.id)).toEqual([world.org.a])
        // the audit trail of the new login holds no hash, salt or token
        const audit = await cms.payload.find({
          collection: 'audit-log',
          where: { collectie: { equals: 'users' } },
          limit: 0,
          pagination: false,
          ...system,
        })
        const tekst = JSON.stringify(audit.docs)
        expect(tekst).not.toContain(link)
        expect(tekst).not.toMatch(/"(hash|salt|password|tokenHash)"/)
      })

      it('a reused link is refused (410) in Dutch and changes nothing', async () => {
        const res = await instellen(link, 'Ander-wachtwoord-2026')
        expect(res.status).toBe(410)
        expect(res.body.fout).toMatch(/al gebruikt of is niet geldig/)
        expect((await login('nieuw@test.nl', 'Ander-wachtwoord-2026')).status).toBe(401)
        expect((await login('nieuw@test.nl', NIEUW_WACHTWOORD)).status).toBe(200)
      })

      it('an expired link is refused (410) in Dutch and changes nothing', async () => {
        const before = (await mails()).length
        const res = await invite('cz', {
          email: 'laat@test.nl',
          naam: 'Lot Laat',
          organisaties: [world.org.c],
        })
        expect(res.status).toBe(202)
        const token = linkIn((await mails()).slice(before)[0]!.tekst)
        // 72 hours later, as the system would see it: the stored moment lies in the past
        await verloop('laat@test.nl')
        const refused = await instellen(token)
        expect(refused.status).toBe(410)
        expect(refused.body.fout).toMatch(/verlopen.*72 uur/)
        expect(await gebruikerMet('laat@test.nl')).toBeNull()
        // the inviter sees it as expired
        const lijst = await cms.rest.request(
          'GET',
          '/uitnodigingen?where[email][equals]=laat@test.nl',
          {
            token: tokens.cz,
          },
        )
        expect(lijst.body.docs.map((d: { status: string }) => d.status)).toEqual(['verlopen'])
      })

      it('other methods on the invitation routes answer 405, never reach the id routes', async () => {
        for (const route of ['/users/uitnodigen', '/users/wachtwoord-instellen'])
          for (const method of ['GET', 'PATCH', 'DELETE']) {
            const res = await cms.rest.request(method, route, {
              token: tokens.beheer,
              ...(method === 'GET' ? {} : { body: {} }),
            })
            expect(res.status, `${method} ${route}`).toBe(405)
          }
      })

      it('malformed and unknown tokens are refused without a 500', async () => {
        for (const token of ['', 'x', "' OR 1=1 --", 'a'.repeat(43), 42, null, ['a']]) {
          const res = await instellen(token)
          expect([400, 410], JSON.stringify(token)).toContain(res.status)
          for (const actie of ['bekijken', 'accepteren', 'weigeren']) {
            const beslis = await cms.rest.request('POST', `/uitnodigingen/${actie}`, {
              token: tokens.aanbieder2,
              body: { token },
            })
            expect([400, 410], `${actie} ${JSON.stringify(token)}`).toContain(beslis.status)
          }
        }
        const geenObject = await cms.rest.request('POST', '/users/wachtwoord-instellen', {
          rawBody: '[1,2]',
        })
        expect(geenObject.status).toBe(400)
      })

      it('invitations are refused outside the inviter’s organisations, for unknown ones, and with bad input', async () => {
        // organisation b is contracted by Menzis only
        expect(
          (await invite('cz', { email: 'x@test.nl', naam: 'X', organisaties: [world.org.b] }))
            .status,
        ).toBe(403)
        expect(
          (await invite('cz', { email: 'x@test.nl', naam: 'X', organisaties: [999999] })).status,
        ).toBe(404)
        expect(
          (await invite('cz', { email: 'x@test.nl', naam: 'X', organisaties: ['1;DROP'] })).status,
        ).toBe(400)
        const bad = await invite('cz', {
          email: 'geen-adres',
          naam: 'X',
          organisaties: [world.org.a],
        })
        expect(bad.status).toBe(400)
        expect(bad.body.velden.email).toMatch(/geldig e-mailadres/)
        const leeg = await invite('cz', { email: 'x@test.nl', naam: 'X', organisaties: [] })
        expect(leeg.body.velden.organisaties).toMatch(/minstens één organisatie/)
        // a field the invitation does not have (a role, a zorgkantoor) is refused, not ignored
        const metRol = await invite('cz', {
          email: 'x@test.nl',
          naam: 'X',
          organisaties: [world.org.a],
          rol: 'beheerder',
        })
        expect(metRol.status).toBe(400)
        expect(metRol.body.velden.rol).toBe('Dit veld hoort hier niet bij. Laat het weg.')
        // the name is asked for every address (asking it only for new ones would tell which are)
        for (const email of ['x@test.nl', 'aanbieder@test.nl']) {
          const zonderNaam = await invite('cz', { email, organisaties: [world.org.a] })
          expect(zonderNaam.status, email).toBe(400)
          expect(zonderNaam.body.velden.naam).toBeTruthy()
        }
        // a plain provider invites nobody; anonymous neither
        expect(
          (
            await invite('aanbieder2', {
              email: 'x@test.nl',
              naam: 'X',
              organisaties: [world.org.c],
            })
          ).status,
        ).toBe(403)
        expect(
          (await cms.rest.request('POST', '/users/uitnodigen', { body: { email: 'x@test.nl' } }))
            .status,
        ).toBe(401)
        expect(await uitnodigingenVan('x@test.nl')).toEqual([])
        expect(await gebruikerMet('x@test.nl')).toBeNull()
      })
    })

    describe('the inviter learns nothing about who has a login', () => {
      /** a provider login of a Menzis organisation only: not in the CZ editor's view */
      let menzisAanbieder: Id
      let uit: Id
      const adressen = {
        nieuw: 'onbekend@test.nl',
        aanbieder: 'menzis.aanbieder@test.nl',
        redacteur: 'redacteur.menzis@test.nl',
        beheerder: 'beheer@test.nl',
        gedeactiveerd: 'uit@test.nl',
      } as const

      beforeAll(async () => {
        menzisAanbieder = (
          await cms.payload.create({
            collection: 'users',
            data: {
              email: adressen.aanbieder,
              password: PASSWORD,
              naam: 'Mo Menzis',
              rol: 'zorgaanbieder',
              organisaties: [world.org.b],
            },
            ...system,
          })
        ).id
        uit = (
          await cms.payload.create({
            collection: 'users',
            data: {
              email: adressen.gedeactiveerd,
              password: PASSWORD,
              naam: 'Uma Uit',
              rol: 'zorgaanbieder',
              organisaties: [world.org.b],
            },
            ...system,
          })
        ).id
        await cms.payload.update({
          collection: 'users',
          id: uit,
          data: { actief: false },
          ...system,
        })
      })

      it('the same status and the same answer for a new address, a provider, an editor, a beheerder and a deactivated login', async () => {
        const gebruikers = await aantalGebruikers()
        const antwoorden: Record<string, string> = {}
        for (const [soort, email] of Object.entries(adressen)) {
          const before = (await mails()).length
          const res = await invite('cz', {
            email,
            naam: 'Iemand Anders',
            organisaties: [world.org.a],
          })
          antwoorden[soort] = `${res.status} ${JSON.stringify(res.body).replaceAll(email, 'ADRES')}`
          // one e-mail job on every branch, to the address itself
          expect(
            (await mails()).slice(before).map((m) => m.aan),
            soort,
          ).toEqual([email])
        }
        const verwacht = `202 ${JSON.stringify(antwoord('ADRES', ['Stichting Zorgstroom']))}`
        expect(antwoorden).toEqual(
          Object.fromEntries(Object.keys(adressen).map((soort) => [soort, verwacht])),
        )
        // no login was made or changed on any branch (nor any password hashed)
        expect(await aantalGebruikers()).toBe(gebruikers)
        expect((await user(menzisAanbieder)).organisaties).toEqual([world.org.b])
        expect((await user(uit)).organisaties).toEqual([world.org.b])
      })

      it('the inviter sees every one as an open invitation, and none of them as a login', async () => {
        const zicht: Record<string, unknown> = {}
        for (const [soort, email] of Object.entries(adressen)) {
          const lijst = await cms.rest.request(
            'GET',
            `/uitnodigingen?depth=0&where[email][equals]=${encodeURIComponent(email)}`,
            { token: tokens.cz },
          )
          expect(lijst.status).toBe(200)
          expect(lijst.body.docs, soort).toHaveLength(1)
          const { id, createdAt, updatedAt, geldigTot, email: adres, ...rest } = lijst.body.docs[0]
          expect([id, createdAt, updatedAt, geldigTot].every(Boolean)).toBe(true)
          expect(adres).toBe(email)
          zicht[soort] = rest
          const logins = await cms.rest.request(
            'GET',
            `/users?depth=0&where[email][equals]=${encodeURIComponent(email)}`,
            { token: tokens.cz },
          )
          expect(logins.body.docs, soort).toEqual([])
        }
        const eerste = Object.values(zicht)[0]
        expect(eerste).toMatchObject({ status: 'open', organisaties: [world.org.a] })
        for (const [soort, gezien] of Object.entries(zicht)) expect(gezien, soort).toEqual(eerste)
      })

      it('an address that cannot be invited gets a mail without a link; a deactivated one is told why', async () => {
        const alle = await mails()
        const aan = (email: string) => alle.filter((m) => m.aan === email).at(-1)!
        for (const email of [adressen.redacteur, adressen.beheerder]) {
          expect(aan(email).tekst).toMatch(/kan niet .*gekoppeld/)
          expect(aan(email).tekst).not.toMatch(/token=/)
        }
        expect(aan(adressen.gedeactiveerd).tekst).toMatch(/gedeactiveerd/)
        expect(aan(adressen.gedeactiveerd).tekst).not.toMatch(/token=/)
        expect(aan(adressen.aanbieder).tekst).toContain('/admin/uitnodiging?token=')
        expect(aan(adressen.aanbieder).tekst).not.toContain('wachtwoord-instellen')
        expect(aan(adressen.nieuw).tekst).toContain('/admin/wachtwoord-instellen?token=')
      })

      it('the owner of an existing login sees the invitation after logging in and accepts it: the organisation is added', async () => {
        const mail = (await mails()).filter((m) => m.aan === adressen.aanbieder).at(-1)!
        expect(mail.onderwerp).toBe('Uitnodiging: meer organisaties beheren in de Zorgatlas')
        expect(mail.tekst).toContain('Beste Mo Menzis')
        const token = acceptLinkIn(mail.tekst)
        const owner = await cms.rest.login(adressen.aanbieder, PASSWORD)

        // not without a login, not as someone else
        expect((await beslis('accepteren', token)).status).toBe(401)
        for (const actie of ['bekijken', 'accepteren', 'weigeren'] as const) {
          const ander = await beslis(actie, token, tokens.aanbieder2)
          expect(ander.status, actie).toBe(403)
          expect(ander.body.fout).toMatch(/ander e-mailadres/)
        }
        expect((await user(menzisAanbieder)).organisaties).toEqual([world.org.b])

        const bekijk = await beslis('bekijken', token, owner)
        expect(bekijk.status, JSON.stringify(bekijk.body)).toBe(200)
        expect(bekijk.body).toMatchObject({
          organisaties: ['Stichting Zorgstroom'],
          uitgenodigdDoor: 'Cor Redacteur (CZ zorgkantoor)',
        })
        const ja = await beslis('accepteren', token, owner)
        expect(ja.status, JSON.stringify(ja.body)).toBe(200)
        expect(ja.body.organisaties).toEqual(['Stichting Zorgstroom'])
        expect((await user(menzisAanbieder)).organisaties!.map(String).sort()).toEqual(
          [world.org.a, world.org.b].map(String).sort(),
        )
        const [doc] = await uitnodigingenVan(adressen.aanbieder)
        expect(doc!.status).toBe('geaccepteerd')
        // the link works once
        const weer = await beslis('accepteren', token, owner)
        expect(weer.status).toBe(410)
        expect(weer.body.fout).toMatch(/al geaccepteerd of geweigerd/)
        // now the CZ editor sees the login, with only CZ's organisation on it
        const logins = await cms.rest.request(
          'GET',
          `/users?depth=0&where[email][equals]=${adressen.aanbieder}`,
          { token: tokens.cz },
        )
        expect(logins.body.docs.map((d: { organisaties: Id[] }) => d.organisaties)).toEqual([
          [world.org.a],
        ])
        // and its password was never touched by the link
        expect((await instellen(token)).status).toBe(410)
        expect((await login(adressen.aanbieder, PASSWORD)).status).toBe(200)
      })

      it('a link for an existing login never sets its password', async () => {
        const before = (await mails()).length
        await invite('cz', { email: adressen.aanbieder, naam: 'Mo', organisaties: [world.org.c] })
        const token = acceptLinkIn((await mails()).slice(before)[0]!.tekst)
        const res = await instellen(token, 'Overgenomen-wachtwoord-2026')
        expect(res.status).toBe(409)
        expect(res.body.fout).toMatch(/al een login/)
        expect((await login(adressen.aanbieder, 'Overgenomen-wachtwoord-2026')).status).toBe(401)
        expect((await login(adressen.aanbieder, PASSWORD)).status).toBe(200)
        // refusing it: nothing is added, and it cannot be accepted afterwards
        const owner = await cms.rest.login(adressen.aanbieder, PASSWORD)
        const nee = await beslis('weigeren', token, owner)
        expect(nee.status, JSON.stringify(nee.body)).toBe(200)
        expect((await user(menzisAanbieder)).organisaties!.map(String).sort()).toEqual(
          [world.org.a, world.org.b].map(String).sort(),
        )
        expect((await beslis('accepteren', token, owner)).status).toBe(410)
        const statussen = (await uitnodigingenVan(adressen.aanbieder)).map((d) => d.status)
        expect(statussen).toEqual(['geaccepteerd', 'geweigerd'])
      })

      it('a new address refuses too, without a login; the inviter sees the same as for a login', async () => {
        const before = (await mails()).length
        await invite('cz', { email: 'nee@test.nl', naam: 'Nee', organisaties: [world.org.a] })
        const token = linkIn((await mails()).slice(before)[0]!.tekst)
        const nee = await beslis('weigeren', token)
        expect(nee.status, JSON.stringify(nee.body)).toBe(200)
        expect((await instellen(token)).status).toBe(410)
        expect(await gebruikerMet('nee@test.nl')).toBeNull()
        const lijst = await cms.rest.request(
          'GET',
          '/uitnodigingen?where[email][equals]=nee@test.nl',
          {
            token: tokens.cz,
          },
        )
        expect(lijst.body.docs.map((d: { status: string }) => d.status)).toEqual(['geweigerd'])
      })

      it('an expired invitation answers 410 in Dutch; nothing is added', async () => {
        const before = (await mails()).length
        await invite('cz', { email: adressen.aanbieder, naam: 'Mo', organisaties: [world.org.c] })
        const token = acceptLinkIn((await mails()).slice(before)[0]!.tekst)
        await verloop(adressen.aanbieder)
        const owner = await cms.rest.login(adressen.aanbieder, PASSWORD)
        for (const actie of ['bekijken', 'accepteren'] as const) {
          const res = await beslis(actie, token, owner)
          expect(res.status, actie).toBe(410)
          expect(res.body.fout).toMatch(/verlopen.*72 uur/)
        }
        expect((await user(menzisAanbieder)).organisaties!.map(String)).not.toContain(
          String(world.org.c),
        )
      })

      it('invitations are read by the inviter’s scope and the beheerder only, and written by nobody through REST', async () => {
        const menzis = await cms.rest.request('GET', '/uitnodigingen?limit=100&depth=0', {
          token: tokens.menzis,
        })
        expect(menzis.status).toBe(200)
        expect(
          menzis.body.docs.filter((d: { organisaties: Id[] }) =>
            d.organisaties.includes(world.org.a),
          ),
        ).toEqual([])
        for (const as of ['aanbieder', 'aanbieder2']) {
          const res = await cms.rest.request('GET', '/uitnodigingen', { token: tokens[as] })
          expect([200, 403], as).toContain(res.status)
          expect(res.body.docs ?? []).toEqual([])
        }
        expect((await cms.rest.request('GET', '/uitnodigingen')).status).toBe(403)
        const alle = await cms.rest.request('GET', '/uitnodigingen?limit=0', {
          token: tokens.beheer,
        })
        expect(alle.body.totalDocs).toBeGreaterThan(5)
        const id = alle.body.docs[0].id
        for (const [method, path, body] of [
          ['POST', '/uitnodigingen', { email: 'zelf@test.nl', organisaties: [world.org.a] }],
          ['PATCH', `/uitnodigingen/${id}`, { status: 'geaccepteerd' }],
        ] as const) {
          for (const as of ['beheer', 'cz']) {
            const res = await cms.rest.request(method, path, { token: tokens[as], body })
            expect(res.status, `${method} ${path} as ${as}`).toBe(403)
          }
        }
        const gql = await cms.rest.graphql(
          `mutation { updateUitnodiging(id: ${id}, data: { status: geaccepteerd }) { id } }`,
          tokens.cz,
        )
        expect(gql.body.errors?.length).toBeGreaterThan(0)
      })
    })

    describe('one login under several zorgkantoren (§1.3)', () => {
      it('an accepted invitation adds the organisation to an existing login and removes none', async () => {
        const before = (await mails()).length
        const res = await invite('menzis', {
          email: 'aanbieder@test.nl',
          naam: 'Anna',
          organisaties: [orgD],
        })
        expect(res.status).toBe(202)
        const mail = (await mails()).slice(before)
        expect(mail.map((m) => m.aan)).toEqual(['aanbieder@test.nl'])
        expect(mail[0]!.tekst).not.toContain('wachtwoord-instellen')
        // nothing changes until the owner accepts
        expect((await user(world.users.aanbieder)).organisaties!.map(String).sort()).toEqual(
          [world.org.a, world.org.b].map(String).sort(),
        )
        const ja = await beslis('accepteren', acceptLinkIn(mail[0]!.tekst), tokens.aanbieder)
        expect(ja.status, JSON.stringify(ja.body)).toBe(200)
        const ids = (await user(world.users.aanbieder)).organisaties!.map(String).sort()
        expect(ids).toEqual([world.org.a, world.org.b, orgD].map(String).sort())
      })

      it("an editor of A sees only A's organisations on the shared login, and a change keeps B's", async () => {
        const read = await cms.rest.request('GET', `/users/${world.users.aanbieder}?depth=0`, {
          token: tokens.cz,
        })
        expect(read.status).toBe(200)
        expect(read.body.organisaties).toEqual([world.org.a])
        const list = await cms.rest.request('GET', '/users?depth=0&limit=100', { token: tokens.cz })
        const row = list.body.docs.find((d: { id: Id }) => d.id === world.users.aanbieder)
        expect(row.organisaties).toEqual([world.org.a])
        // CZ swaps a for c: Menzis's b and d stay
        const patch = await cms.rest.request('PATCH', `/users/${world.users.aanbieder}`, {
          token: tokens.cz,
          body: { organisaties: [world.org.c] },
        })
        expect(patch.status).toBe(200)
        expect(
          patch.body.doc.organisaties.map((o: { id: Id } | Id) =>
            typeof o === 'object' ? o.id : o,
          ),
        ).toEqual([world.org.c])
        const ids = (await user(world.users.aanbieder)).organisaties!.map(String).sort()
        expect(ids).toEqual([world.org.b, world.org.c, orgD].map(String).sort())
        // sending one of B's organisations that the login does not hold is refused, not applied
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder,
          data: { organisaties: [world.org.b, world.org.c] },
          ...system,
        })
        const b = await cms.rest.request('PATCH', `/users/${world.users.aanbieder}`, {
          token: tokens.cz,
          body: { organisaties: [world.org.c, orgD] },
        })
        expect(b.status).toBe(403)
        expect((await user(world.users.aanbieder)).organisaties!.map(String).sort()).toEqual(
          [world.org.b, world.org.c].map(String).sort(),
        )
        // restore for the tests below
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder,
          data: { organisaties: [world.org.a, world.org.b] },
          ...system,
        })
      })

      it('an editor of B cannot see or change A-only logins', async () => {
        // aanbieder2 holds only c (CZ)
        expect(
          (
            await cms.rest.request('GET', `/users/${world.users.aanbieder2}`, {
              token: tokens.menzis,
            })
          ).status,
        ).toBe(404)
        expect(
          (
            await cms.rest.request('PATCH', `/users/${world.users.aanbieder2}`, {
              token: tokens.menzis,
              body: { naam: 'Gekaapt' },
            })
          ).status,
        ).toBe(403)
        expect(
          (
            await cms.rest.request('DELETE', `/users/${world.users.aanbieder2}`, {
              token: tokens.menzis,
            })
          ).status,
        ).toBe(403)
        const list = await cms.rest.request('GET', '/users?depth=0&limit=100', {
          token: tokens.menzis,
        })
        const ids = list.body.docs.map((d: { id: Id }) => d.id)
        expect(ids).not.toContain(world.users.aanbieder2)
        expect(ids).not.toContain(world.users.redacteurCz)
        expect(ids).toContain(world.users.aanbieder)
        expect((await user(world.users.aanbieder2)).naam).toBe('Ben Aanbieder')
      })

      it('an editor cannot take over a login: no password, e-mail or higher role', async () => {
        for (const body of [
          { password: 'Overgenomen-2026' },
          { email: 'kaper@test.nl' },
          { rol: 'zorgkantoor' },
          { rol: 'beheerder' },
        ]) {
          const res = await cms.rest.request('PATCH', `/users/${world.users.aanbieder2}`, {
            token: tokens.cz,
            body,
          })
          expect(res.status, JSON.stringify(body)).toBe(403)
        }
        expect((await login('aanbieder2@test.nl', PASSWORD)).status).toBe(200)
      })

      it('an editor saves their own name (their own role stays a valid choice), but not their rights', async () => {
        const eigen = await cms.rest.request('PATCH', `/users/${world.users.redacteurCz}`, {
          token: tokens.cz,
          body: { naam: 'Cor van de Redactie' },
        })
        expect(eigen.status, JSON.stringify(eigen.body)).toBe(200)
        expect((await user(world.users.redacteurCz)).naam).toBe('Cor van de Redactie')
        const hoger = await cms.rest.request('PATCH', `/users/${world.users.redacteurCz}`, {
          token: tokens.cz,
          body: { rol: 'beheerder' },
        })
        expect(hoger.status).toBe(403)
        expect((await user(world.users.redacteurCz)).rol).toBe('zorgkantoor')
      })
    })

    describe('the organisation user administrator (item 5)', () => {
      it('sees only the logins of their own organisation, and only that organisation on them', async () => {
        const list = await cms.rest.request('GET', '/users?depth=0&limit=100', { token: tokens.gb })
        const ids = list.body.docs.map((d: { id: Id }) => d.id).sort()
        // (an invitation that was not accepted made no login: laat@test.nl is not here)
        expect(ids).toEqual([gb, collega, gedeeld, world.users.aanbieder2].sort())
        const row = list.body.docs.find((d: { id: Id }) => d.id === gedeeld)
        expect(row.organisaties).toEqual([world.org.c])
        // another organisation's logins: not found when read, refused when written (Payload's 403)
        expect(
          (await cms.rest.request('GET', `/users/${world.users.aanbieder}`, { token: tokens.gb }))
            .status,
        ).toBe(404)
        expect(
          (
            await cms.rest.request('PATCH', `/users/${world.users.aanbieder}`, {
              token: tokens.gb,
              body: { actief: false },
            })
          ).status,
        ).toBe(403)
        expect(
          (await cms.rest.request('GET', `/users/${world.users.redacteurCz}`, { token: tokens.gb }))
            .status,
        ).toBe(404)
      })

      it('cannot give a role they lack, organisations they do not hold, or touch e-mail and password', async () => {
        const patch = (body: unknown, id: Id = collega) =>
          cms.rest.request('PATCH', `/users/${id}`, { token: tokens.gb, body })
        expect((await patch({ rol: 'zorgkantoor' })).status).toBe(403)
        expect((await patch({ rol: 'beheerder' })).status).toBe(403)
        expect((await patch({ zorgkantoor: world.zk.cz })).status).toBe(200) // field not theirs: ignored
        expect((await user(collega)).zorgkantoor).toBeFalsy()
        expect((await patch({ organisaties: [world.org.c, world.org.a] })).status).toBe(403)
        expect((await patch({ email: 'ander@test.nl' })).status).toBe(403)
        expect((await patch({ password: 'Overgenomen-2026' })).status).toBe(403)
        expect((await patch({ gebruikersbeheerder: 'ja' })).status).toBe(400)
        // not their own rights either
        expect((await patch({ gebruikersbeheerder: false }, gb)).status).toBe(403)
        expect((await patch({ actief: false }, gb)).status).toBe(403)
        expect(await user(collega)).toMatchObject({
          rol: 'zorgaanbieder',
          email: 'collega@test.nl',
        })
      })

      it('a login shared with another organisation: only the link with their own organisation', async () => {
        const patch = (body: unknown) =>
          cms.rest.request('PATCH', `/users/${gedeeld}`, { token: tokens.gb, body })
        expect((await patch({ gebruikersbeheerder: true })).status).toBe(403)
        const uit = await patch({ actief: false })
        expect(uit.status).toBe(403)
        expect(uit.body.errors[0].message).toMatch(/ook bij een organisatie die u niet beheert/)
        expect(
          (await cms.rest.request('DELETE', `/users/${gedeeld}`, { token: tokens.gb })).status,
        ).toBe(403)
        expect((await user(gedeeld)).actief).toBe(true)
        // taking their organisation off the login: allowed; the rest stays
        expect((await patch({ organisaties: [] })).status).toBe(200)
        expect((await user(gedeeld)).organisaties!.map(String)).toEqual([String(world.org.a)])
        expect(
          (await cms.rest.request('GET', `/users/${gedeeld}`, { token: tokens.gb })).status,
        ).toBe(404)
      })

      it('gives and takes the provider and user administrator rights, marks the contact person', async () => {
        const patch = (body: unknown) =>
          cms.rest.request('PATCH', `/users/${world.users.aanbieder2}`, { token: tokens.gb, body })
        expect((await patch({ gebruikersbeheerder: true, contactpersoon: true })).status).toBe(200)
        expect(await user(world.users.aanbieder2)).toMatchObject({
          gebruikersbeheerder: true,
          contactpersoon: true,
        })
        // the right is real: the menu table and the access now let them manage
        const token = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        expect((await cms.rest.request('GET', `/users/${collega}`, { token })).status).toBe(200)
        // take the provider role: no role, no user administration either
        expect((await patch({ rol: null })).status).toBe(200)
        expect(await user(world.users.aanbieder2)).toMatchObject({
          rol: null,
          gebruikersbeheerder: false,
        })
        expect((await cms.rest.request('GET', `/users/${collega}`, { token })).status).toBe(404)
        expect((await patch({ rol: 'zorgaanbieder', gebruikersbeheerder: false })).status).toBe(200)
      })

      it('no way around the rules: Payload create, GraphQL', async () => {
        const create = await cms.rest.request('POST', '/users', {
          token: tokens.gb,
          body: {
            email: 'zelf@test.nl',
            password: 'Zelf-gemaakt-2026',
            naam: 'Zelf',
            rol: 'beheerder',
            organisaties: [world.org.c],
          },
        })
        expect(create.status).toBe(403)
        const gql = await cms.rest.graphql(
          `mutation { updateUser(id: ${collega}, data: { rol: beheerder }) { id rol } }`,
          tokens.gb,
        )
        expect(gql.body.errors?.[0]?.message).toMatch(/redacteur of beheerder/)
        const ander = await cms.rest.graphql(
          `mutation { updateUser(id: ${world.users.aanbieder}, data: { naam: "Gekaapt" }) { id } }`,
          tokens.gb,
        )
        expect(ander.body.errors?.length).toBeGreaterThan(0)
        expect(await user(collega)).toMatchObject({ rol: 'zorgaanbieder' })
        expect((await user(world.users.aanbieder)).naam).toBe('Anna Aanbieder')
      })

      it('invites only for their own organisations', async () => {
        expect(
          (await invite('gb', { email: 'vriend@test.nl', naam: 'V', organisaties: [world.org.a] }))
            .status,
        ).toBe(403)
        const before = (await mails()).length
        const res = await invite('gb', {
          email: 'vriend@test.nl',
          naam: 'Vera Vriend',
          organisaties: [world.org.c],
          gebruikersbeheerder: true,
        })
        expect(res.status).toBe(202)
        // their own list of open invitations shows it
        const lijst = await cms.rest.request('GET', '/uitnodigingen?depth=0&limit=100', {
          token: tokens.gb,
        })
        expect(lijst.body.docs.map((d: { email: string }) => d.email)).toContain('vriend@test.nl')
        const token = linkIn((await mails()).slice(before)[0]!.tekst)
        expect((await instellen(token)).status).toBe(200)
        expect(await gebruikerMet('vriend@test.nl')).toMatchObject({
          rol: 'zorgaanbieder',
          gebruikersbeheerder: true,
          organisaties: [world.org.c],
        })
      })
    })

    describe('deactivate, reactivate, delete (seed 004 §3.3)', () => {
      it('a deactivated login cannot log in, its session stops, all rights and flags are off', async () => {
        await cms.payload.update({
          collection: 'users',
          id: collega,
          data: { gebruikersbeheerder: true },
          ...system,
        })
        const oudeSessie = await cms.rest.login('collega@test.nl', PASSWORD)
        expect(
          (await cms.rest.request('GET', '/users/me', { token: oudeSessie })).body.user?.id,
        ).toBe(collega)
        const res = await cms.rest.request('PATCH', `/users/${collega}`, {
          token: tokens.gb,
          body: { actief: false },
        })
        expect(res.status).toBe(200)
        expect(await user(collega)).toMatchObject({
          actief: false,
          rol: null,
          gebruikersbeheerder: false,
          contactpersoon: false,
          nieuwsbrief: false,
        })
        const refused = await login('collega@test.nl', PASSWORD)
        expect(refused.status).toBe(403)
        expect(refused.body.errors[0].message).toMatch(/gedeactiveerd/)
        expect(
          (await cms.rest.request('GET', '/users/me', { token: oudeSessie })).body.user,
        ).toBeFalsy()
        expect(
          (
            await cms.rest.request('GET', '/organisaties?depth=0', { token: oudeSessie })
          ).body.docs.every((d: { _status?: string }) => d._status === 'published'),
        ).toBe(true)
        // the user administrator still sees the login, to reactivate it
        expect(
          (await cms.rest.request('GET', `/users/${collega}`, { token: tokens.gb })).status,
        ).toBe(200)
        // no rights while deactivated
        expect(
          (
            await cms.rest.request('PATCH', `/users/${collega}`, {
              token: tokens.gb,
              body: { rol: 'zorgaanbieder' },
            })
          ).status,
        ).toBe(403)
        // Payload's forgot-password cannot reopen it either
        await cms.rest.request('POST', '/users/forgot-password', {
          body: { email: 'collega@test.nl' },
        })
        const { resetPasswordToken } = await user(collega)
        if (resetPasswordToken) {
          const reset = await cms.rest.request('POST', '/users/reset-password', {
            body: { token: resetPasswordToken, password: NIEUW_WACHTWOORD },
          })
          expect(reset.status).toBe(403)
        }
        expect((await login('collega@test.nl', NIEUW_WACHTWOORD)).status).not.toBe(200)
      })

      it('reactivation restores the rights it had; the flags stay off', async () => {
        const res = await cms.rest.request('PATCH', `/users/${collega}`, {
          token: tokens.gb,
          body: { actief: true },
        })
        expect(res.status).toBe(200)
        expect(await user(collega)).toMatchObject({
          actief: true,
          rol: 'zorgaanbieder',
          gebruikersbeheerder: true,
          contactpersoon: false,
          nieuwsbrief: false,
        })
        expect((await login('collega@test.nl', PASSWORD)).status).toBe(200)
      })

      it('deleting removes the login and its name from the history (pseudonym)', async () => {
        await cms.rest.request('PATCH', `/users/${collega}`, {
          token: tokens.gb,
          body: { naam: 'Cas de Collega' },
        })
        expect(
          (await cms.rest.request('DELETE', `/users/${gb}`, { token: tokens.gb })).status,
        ).toBe(403)
        // seed 004 §3.3.2: an active login is deactivated first; deleting it is refused with why
        const actief = await cms.rest.request('DELETE', `/users/${collega}`, { token: tokens.gb })
        expect(actief.status).toBe(403)
        expect(JSON.stringify(actief.body)).toContain(LOGIN_MELDINGEN.nogActief)
        const uit = await cms.rest.request('PATCH', `/users/${collega}`, {
          token: tokens.gb,
          body: { actief: false },
        })
        expect(uit.status, JSON.stringify(uit.body)).toBe(200)
        const res = await cms.rest.request('DELETE', `/users/${collega}`, { token: tokens.gb })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(
          await cms.payload.count({
            collection: 'users',
            where: { id: { equals: collega } },
            ...system,
          }),
        ).toMatchObject({ totalDocs: 0 })
        const audit = await cms.payload.find({
          collection: 'audit-log',
          where: { collectie: { equals: 'users' } },
          limit: 0,
          pagination: false,
          ...system,
        })
        const tekst = JSON.stringify(audit.docs)
        expect(tekst).not.toContain('Cas de Collega')
        expect(tekst).not.toContain('Cas Collega')
        expect(tekst).not.toContain('collega@test.nl')
        expect(tekst).toMatch(/Verwijderde gebruiker [0-9a-f]{8}/)
        // an inviter's name leaves the invitations they sent
        const vanGb = async () =>
          (
            await cms.payload.find({
              collection: 'uitnodigingen',
              where: { email: { equals: 'vriend@test.nl' } },
              depth: 0,
              ...system,
            })
          ).docs.map((d) => d.uitgenodigdDoorNaam)
        expect(await vanGb()).toEqual(['Gea Beheer'])
        await cms.rest.request('PATCH', `/users/${gb}`, {
          token: tokens.beheer,
          body: { actief: false },
        })
        const weg = await cms.rest.request('DELETE', `/users/${gb}`, { token: tokens.beheer })
        expect(weg.status, JSON.stringify(weg.body)).toBe(200)
        expect(await vanGb()).toEqual([
          expect.stringMatching(/^Verwijderde gebruiker [0-9a-f]{8}$/),
        ])
      })
    })

    describe("Payload's forgot-password flow (item 4)", () => {
      it('sends a Dutch e-mail to the outbox with a working link', async () => {
        const outbox = path.join(cms.dataDir, 'outbox')
        const before = fs.existsSync(outbox) ? fs.readdirSync(outbox) : []
        const res = await cms.rest.request('POST', '/users/forgot-password', {
          body: { email: 'aanbieder2@test.nl' },
        })
        expect(res.status).toBe(200)
        const nieuw = fs.readdirSync(outbox).filter((f) => !before.includes(f))
        expect(nieuw).toHaveLength(1)
        const eml = fs.readFileSync(path.join(outbox, nieuw[0]!), 'utf8')
        expect(eml).toMatch(/^To: aanbieder2@test\.nl/m)
        expect(eml).toMatch(/^Subject: Nieuw wachtwoord voor de Zorgatlas/m)
        // quoted-printable: join soft line breaks and decode =XX before reading
        const body = eml
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
        expect(body).toContain('Beste Ben Aanbieder')
        const token = /\/admin\/reset\/([0-9a-f]+)/.exec(body)?.[1]
        expect(token).toBeTruthy()
        const reset = await cms.rest.request('POST', '/users/reset-password', {
          body: { token, password: NIEUW_WACHTWOORD },
        })
        expect(reset.status).toBe(200)
        expect((await login('aanbieder2@test.nl', NIEUW_WACHTWOORD)).status).toBe(200)
      })
    })
  })
}
