/**
 * The zorgkantoor review desk through REST as real users, on a real database (SQLite
 * and PostgreSQL): the queue, the differences, decisions bound to what the editor saw, e-mails
 * queued with the decision, the audit trail (before/after, read-only, pseudonyms, kept after
 * deletions), all-or-nothing approval, and the trust signal in the public document.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { INDEX_QUEUE, MAIL_QUEUE, queueReindexJob } from '../../cms/jobs/queue'
import { readSnapshot } from '../helpers/search-index'
import type { DbKind } from './helpers/database'
import {
  createWorld,
  definitieveLocatie,
  PASSWORD,
  VV_AANBOD,
  type Id,
  type World,
} from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

/** A real JPEG, large enough for the 'kaart' size (Payload never enlarges), to store a photo. */
const JPEG = await sharp({
  create: { width: 960, height: 640, channels: 3, background: '#7a9a5a' },
})
  .jpeg()
  .toBuffer()

type Veld = {
  veld: string
  label: string
  soort: string
  oud: unknown
  nieuw: unknown
  erbij?: string[]
}
type Item = { collectie: string; id: string; titel: string; soort: string; velden: Veld[] }

export function reviewSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`review desk on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    /** a second Definitief location of organisation a, whose removal is asked */
    let a2: Id
    let aanbodA1: Id
    let nieuweLocatie: Id
    let verzoek: Id
    let tweedeVerzoek: Id
    let fotoId: Id

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
      a2 = await definitieveLocatie(cms.payload, world, {
        organisatie: world.org.a,
        agbCode: '12340000',
        naam: 'De Oude Hoeve',
        huisnummer: '2',
      })
      const aanbod = await cms.payload.find({
        collection: 'zorgaanbod',
        where: { locatie: { equals: world.locatie.a1 } },
        overrideAccess: true,
      })
      aanbodA1 = aanbod.docs[0]!.id
      await queueReindexJob(cms.payload, 'test')
      await runJobs(INDEX_QUEUE)
    })
    afterAll(async () => cms?.close())
    afterEach(() => {
      delete process.env.ZORGATLAS_TEST_FAIL_AT
    })

    const runJobs = (queue: string) => runQueue(cms.payload, queue)

    async function jobs(queue: string) {
      const found = await cms.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: queue } },
        sort: 'id',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      return found.docs as { input: { aan?: string; onderwerp?: string; tekst?: string } }[]
    }

    async function auditCount() {
      return (await cms.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    }

    async function publicDoc(locatieId: Id) {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry
        ? (JSON.parse(entry.json) as { telefoon: string | null; gecontroleerd: unknown })
        : null
    }

    /**
     * The photo as the review screen shows it: the small 'kaart' size as a path on the CMS (Payload
     * converts only the original to webp, so the size keeps the upload's format).
     */
    const fotoFoto = () => ({
      id: String(fotoId),
      alt: 'De tuin',
      url: expect.stringMatching(/^\/api\/media\/file\/tuin-480x320\.(jpg|webp)$/),
    })

    const item = (items: Item[], collectie: string, id: Id) =>
      items.find((i) => i.collectie === collectie && i.id === String(id))

    it('a provider edits, adds, asks a removal and sends: the zorgkantoren get an e-mail each', async () => {
      const form = new FormData()
      form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'tuin.jpg')
      form.append('_payload', JSON.stringify({ alt: 'De tuin', organisatie: world.org.a }))
      const foto = await cms.rest.request('POST', '/media', { token: tokens.aanbieder, form })
      expect(foto.status, JSON.stringify(foto.body)).toBe(201)
      fotoId = foto.body.doc.id
      const a1 = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token: tokens.aanbieder,
        body: {
          fotos: [fotoId],
          telefoon: '013 555 12 34',
          bezoekadres: {
            straat: 'Kerkstraat',
            huisnummer: '1',
            postcode: '5038 AB',
            plaats: 'Tilburg',
          },
        },
      })
      expect(a1.status, JSON.stringify(a1.body)).toBe(200)
      const aanbod = await cms.rest.request('PATCH', `/zorgaanbod/${aanbodA1}`, {
        token: tokens.aanbieder,
        body: { zachteInformatie: [world.zi.huisdieren, world.zi.islamitisch] },
      })
      expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(200)
      const nieuw = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder,
        body: {
          organisatie: world.org.a,
          agbCode: '11223344',
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Woonzorgcentrum',
          naam: 'De Nieuwe Linde',
          bezoekadres: {
            straat: 'Lindelaan',
            huisnummer: '4',
            postcode: '4811 AB',
            plaats: 'Breda',
          },
        },
      })
      expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201)
      nieuweLocatie = nieuw.body.doc.id
      const nieuwAanbod = await cms.rest.request('POST', '/zorgaanbod', {
        token: tokens.aanbieder,
        body: { locatie: nieuweLocatie, woonplaats: world.wp.breda, vv: VV_AANBOD },
      })
      expect(nieuwAanbod.status, JSON.stringify(nieuwAanbod.body)).toBe(201)
      const weg = await cms.rest.request('DELETE', `/locaties/${a2}`, { token: tokens.aanbieder })
      expect(weg.status, JSON.stringify(weg.body)).toBe(200)
      expect(weg.body.actie).toBe('verwijdering-voorstellen')

      const before = (await jobs(MAIL_QUEUE)).length
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)
      verzoek = sent.body.wijzigingsverzoek
      const mails = (await jobs(MAIL_QUEUE)).slice(before)
      // organisation a is contracted by CZ only: one message, to CZ's mailbox
      expect(mails.map((m) => m.input.aan)).toEqual(['zorgatlas@cz.test'])
      expect(mails[0]!.input.onderwerp).toBe(
        'Wijziging van Stichting Zorgstroom wacht op beoordeling',
      )
      expect(mails[0]!.input.tekst).toContain('Anna Aanbieder')
      expect(mails[0]!.input.tekst).toContain(`http://localhost:3000/admin/beoordelen/${verzoek}`)
      expect(mails[0]!.input.tekst).toContain('2 nieuw, 2 gewijzigd en 1 te verwijderen')
    })

    it('the queue: waiting requests of the editor’s zorgkantoor, oldest first, with counts', async () => {
      // a second request, later, of another CZ organisation
      const edit = await cms.rest.request('PATCH', `/organisaties/${world.org.c}`, {
        token: tokens.aanbieder2,
        body: { telefoon: '076 123 45 67' },
      })
      expect(edit.status, JSON.stringify(edit.body)).toBe(200)
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.c}/versturen`, {
        token: tokens.aanbieder2,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)
      tweedeVerzoek = sent.body.wijzigingsverzoek

      const cz = await cms.rest.request('GET', '/wijzigingsverzoeken/wachtrij', {
        token: tokens.cz,
      })
      expect(cz.status, JSON.stringify(cz.body)).toBe(200)
      expect(cz.body.verzoeken.map((v: { id: Id }) => v.id)).toEqual([verzoek, tweedeVerzoek])
      const eerste = cz.body.verzoeken[0]
      expect(eerste.organisatie).toEqual({ id: world.org.a, naam: 'Stichting Zorgstroom' })
      expect(eerste.verstuurdDoor).toBe('Anna Aanbieder')
      expect(typeof eerste.verstuurdOp).toBe('string')
      expect(eerste.wachttijd.tekst).toBe('minder dan een uur')
      expect(eerste.aantallen).toEqual({ nieuw: 2, gewijzigd: 2, verwijderd: 1 })

      const menzis = await cms.rest.request('GET', '/wijzigingsverzoeken/wachtrij', {
        token: tokens.menzis,
      })
      expect(menzis.status).toBe(200)
      expect(menzis.body.verzoeken).toEqual([])
      const beheer = await cms.rest.request('GET', '/wijzigingsverzoeken/wachtrij', {
        token: tokens.beheer,
      })
      expect(beheer.body.verzoeken.map((v: { id: Id }) => v.id)).toEqual([verzoek, tweedeVerzoek])
      const provider = await cms.rest.request('GET', '/wijzigingsverzoeken/wachtrij', {
        token: tokens.aanbieder,
      })
      expect(provider.status).toBe(403)
      const anonymous = await cms.rest.request('GET', '/wijzigingsverzoeken/wachtrij')
      expect(anonymous.status).toBe(401)
    })

    it('the differences: exactly the changed fields of an edited location, new and removed items', async () => {
      const res = await cms.rest.request('GET', `/wijzigingsverzoeken/${verzoek}/verschillen`, {
        token: tokens.cz,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const items = res.body.items as Item[]
      // organisation, locations, care offers; by name within each
      expect(items.map((i) => [i.collectie, i.soort, i.titel])).toEqual([
        ['locaties', 'verwijderd', 'Zorgstroom – Verpleeghuis De Oude Hoeve'],
        ['locaties', 'gewijzigd', 'Zorgstroom – Verpleeghuis Hof Mondriaan'],
        ['locaties', 'nieuw', 'Zorgstroom – Woonzorgcentrum De Nieuwe Linde'],
        ['zorgaanbod', 'gewijzigd', 'Zorgstroom – Verpleeghuis Hof Mondriaan – Tilburg'],
        ['zorgaanbod', 'nieuw', 'Zorgstroom – Woonzorgcentrum De Nieuwe Linde – Breda'],
      ])

      const a1 = item(items, 'locaties', world.locatie.a1)!
      expect(a1.titel).toBe('Zorgstroom – Verpleeghuis Hof Mondriaan')
      // only the two fields the provider changed; nothing of the untouched ones
      expect(a1.velden).toEqual([
        {
          veld: 'bezoekadres.straat',
          label: 'Bezoekadres › Straat',
          soort: 'tekst',
          oud: 'Dorpsstraat',
          nieuw: 'Kerkstraat',
        },
        { veld: 'telefoon', label: 'Telefoon', soort: 'tekst', oud: null, nieuw: '013 555 12 34' },
        {
          veld: 'fotos',
          label: 'Foto’s',
          soort: 'fotos',
          oud: [],
          nieuw: [fotoFoto()],
          erbij: [fotoFoto()],
          eraf: [],
        },
      ])

      const aanbod = item(items, 'zorgaanbod', aanbodA1)!
      expect(aanbod.velden).toEqual([
        {
          veld: 'zachteInformatie',
          label: 'Zachte informatie',
          soort: 'lijst',
          oud: ['Huisdieren welkom'],
          nieuw: ['Huisdieren welkom', 'Islamitische identiteit'],
          erbij: ['Islamitische identiteit'],
          eraf: [],
        },
      ])

      const nieuw = item(items, 'locaties', nieuweLocatie)!
      expect(nieuw.titel).toBe('Zorgstroom – Woonzorgcentrum De Nieuwe Linde')
      const velden = Object.fromEntries(nieuw.velden.map((v) => [v.veld, v]))
      expect(velden.naam).toMatchObject({
        label: 'Naam locatie',
        oud: null,
        nieuw: 'De Nieuwe Linde',
      })
      // relations by name, not by number
      expect(velden.soortZorg).toMatchObject({ oud: null, nieuw: 'Ouderenzorg in een instelling' })
      expect(velden.organisatie).toMatchObject({ nieuw: 'Stichting Zorgstroom' })
      // the location stores the voorziening's code; the editor reads its label
      expect(velden.voorziening).toMatchObject({ oud: null, nieuw: 'Woonzorgcentrum' })
      expect(velden['bezoekadres.plaats']).toMatchObject({
        label: 'Bezoekadres › Plaats',
        nieuw: 'Breda',
      })

      const weg = item(items, 'locaties', a2)!
      expect(weg).toMatchObject({
        soort: 'verwijderd',
        titel: 'Zorgstroom – Verpleeghuis De Oude Hoeve',
        velden: [],
      })

      expect(res.body.magBeslissen).toBe(true)
      expect(typeof res.body.controle).toBe('string')
      expect(res.body.verzoek).toMatchObject({
        status: 'in-behandeling',
        verstuurdDoor: 'Anna Aanbieder',
        aantallen: { nieuw: 2, gewijzigd: 2, verwijderd: 1 },
      })
      // the provider may read their own request's differences (history), but not decide
      const provider = await cms.rest.request(
        'GET',
        `/wijzigingsverzoeken/${verzoek}/verschillen`,
        {
          token: tokens.aanbieder,
        },
      )
      expect(provider.status).toBe(200)
      expect(provider.body.magBeslissen).toBe(false)
    })

    it('an editor of another zorgkantoor gets 403 or 404 on the queue entry, the differences and the decision', async () => {
      const t = tokens.menzis
      const calls = [
        cms.rest.request('GET', `/wijzigingsverzoeken/${verzoek}`, { token: t }),
        cms.rest.request('GET', `/wijzigingsverzoeken/${verzoek}/verschillen`, { token: t }),
        cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, { token: t }),
        cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/afwijzen`, {
          token: t,
          body: { reden: 'Dit is niet van ons zorgkantoor.' },
        }),
        cms.rest.request('POST', `/organisaties/${world.org.a}/goedkeuren`, { token: t }),
        cms.rest.request('POST', `/organisaties/${world.org.a}/afwijzen`, {
          token: t,
          body: { reden: 'Dit is niet van ons zorgkantoor.' },
        }),
      ]
      for (const res of await Promise.all(calls)) {
        expect([403, 404], JSON.stringify(res.body)).toContain(res.status)
        expect(res.body.errors?.[0]?.message, JSON.stringify(res.body)).toMatch(
          /zorgkantoor|bestaat niet|geen toegang|niet gevonden|niet toegestaan/i,
        )
      }
      // unknown and malformed ids: 404 in Dutch, never a 500 (a beheerder reaches everything); ids
      // that cannot be one are refused by the REST guard in front of Payload ('Dit adres …')
      const b = tokens.beheer
      for (const id of ['999999', 'abc', '1.5', '-1', '%27%20OR%201%3D1']) {
        for (const res of [
          await cms.rest.request('GET', `/wijzigingsverzoeken/${id}/verschillen`, { token: b }),
          await cms.rest.request('POST', `/wijzigingsverzoeken/${id}/goedkeuren`, { token: b }),
          await cms.rest.request('POST', `/wijzigingsverzoeken/${id}/afwijzen`, {
            token: b,
            body: { reden: 'Een reden van genoeg tekens.' },
          }),
        ]) {
          expect(res.status, `${id}: ${JSON.stringify(res.body)}`).toBe(404)
          expect(res.body.errors[0].message).toMatch(
            /^(Dit wijzigingsverzoek bestaat niet of u heeft er geen toegang toe|Dit adres bestaat niet)\.$/,
          )
        }
      }
      // wrong types in the body: 400 with Dutch messages per field, before anything is looked up
      const wrong = [
        ['goedkeuren', { controle: 5 }, 'controle', /controlecode/],
        ['goedkeuren', { controle: 'x'.repeat(200) }, 'controle', /controlecode/],
        ['afwijzen', { reden: 5 }, 'reden', /reden/i],
        ['afwijzen', { reden: ['x'] }, 'reden', /reden/i],
        ['afwijzen', { reden: 'Een goede reden.', controle: { $ne: 1 } }, 'controle', /controle/],
        ['goedkeuren', [1], '_', /object/],
        ['afwijzen', null, '_', /object/],
      ] as const
      for (const [actie, body, veld, melding] of wrong) {
        const res = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/${actie}`, {
          token: tokens.cz,
          body,
        })
        expect(res.status, `${actie} ${JSON.stringify(body)}`).toBe(400)
        expect(res.body.velden[veld], JSON.stringify(res.body)).toMatch(melding)
        // the summary names the field; a body that is no object says so itself
        if (veld === '_') expect(res.body.errors[0].message).toBe(res.body.velden._)
        else
          expect(res.body.errors[0].message).toContain(
            `Niet alle gegevens zijn goed ingevuld: "${veld}"`,
          )
      }
      // the provider cannot decide on their own request either
      const self = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, {
        token: tokens.aanbieder,
      })
      expect(self.status).toBe(403)
      // and nothing happened
      const still = await cms.payload.findByID({
        collection: 'wijzigingsverzoeken',
        id: verzoek,
        overrideAccess: true,
      })
      expect(still.status).toBe('in-behandeling')
    })

    it('an approval that fails halfway leaves nothing published, no log entry and no e-mail', async () => {
      const auditBefore = await auditCount()
      const mailsBefore = (await jobs(MAIL_QUEUE)).length
      const indexBefore = (await jobs(INDEX_QUEUE)).length
      process.env.ZORGATLAS_TEST_FAIL_AT = 'goedkeuren-midden'
      const failed = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, {
        token: tokens.cz,
      })
      expect(failed.status).toBe(500)
      delete process.env.ZORGATLAS_TEST_FAIL_AT

      const a1 = await cms.rest.request('GET', `/locaties/${world.locatie.a1}`)
      expect(a1.body.telefoon ?? null).toBeNull()
      expect(a1.body.bezoekadres.straat).toBe('Dorpsstraat')
      expect((await cms.rest.request('GET', `/locaties/${nieuweLocatie}`)).status).toBe(404)
      expect((await cms.rest.request('GET', `/locaties/${a2}`)).status).toBe(200)
      const still = await cms.payload.findByID({
        collection: 'wijzigingsverzoeken',
        id: verzoek,
        overrideAccess: true,
      })
      expect(still.status).toBe('in-behandeling')
      expect(await auditCount()).toBe(auditBefore)
      expect((await jobs(MAIL_QUEUE)).length).toBe(mailsBefore)
      expect((await jobs(INDEX_QUEUE)).length).toBe(indexBefore)
    })

    it('a rejection’s reason reaches the provider: answer, start screen, history and e-mail', async () => {
      const reden = 'Het telefoonnummer van Hof Mondriaan klopt niet. Bel ons even.'
      const short = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/afwijzen`, {
        token: tokens.cz,
        body: { reden: 'nee' },
      })
      expect(short.status).toBe(400)
      const mailsBefore = (await jobs(MAIL_QUEUE)).length
      const res = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/afwijzen`, {
        token: tokens.cz,
        body: { reden },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const again = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, {
        token: tokens.cz,
      })
      expect(again.status).toBe(409)

      const start = await cms.rest.request('GET', '/organisaties/mijn-overzicht', {
        token: tokens.aanbieder,
      })
      const rij = start.body.organisaties.find((o: { id: Id }) => o.id === world.org.a)
      expect(rij.laatsteVerzoek).toMatchObject({
        status: 'afgewezen',
        reden,
        beoordeeldNamens: 'CZ zorgkantoor',
      })
      expect(rij.inBehandeling).toBe(false)

      const history = await cms.rest.request(
        'GET',
        `/wijzigingsverzoeken?where[organisatie][equals]=${world.org.a}&sort=-verstuurdOp`,
        { token: tokens.aanbieder },
      )
      expect(history.body.docs[0]).toMatchObject({ id: verzoek, status: 'afgewezen', reden })
      // what was rejected stays readable, as the editor saw it
      const verschillen = await cms.rest.request(
        'GET',
        `/wijzigingsverzoeken/${verzoek}/verschillen`,
        {
          token: tokens.aanbieder,
        },
      )
      expect(verschillen.body.verzoek).toMatchObject({
        status: 'afgewezen',
        reden,
        afgehandeldDoor: 'Cor Redacteur',
      })
      expect(
        item(verschillen.body.items, 'locaties', world.locatie.a1)!.velden.map((v: Veld) => v.veld),
      ).toEqual(['bezoekadres.straat', 'telefoon', 'fotos'])

      const mails = (await jobs(MAIL_QUEUE)).slice(mailsBefore)
      expect(mails.map((m) => m.input.aan)).toEqual(['aanbieder@test.nl'])
      expect(mails[0]!.input.onderwerp).toBe('Uw wijziging van Stichting Zorgstroom is afgewezen')
      expect(mails[0]!.input.tekst).toContain(reden)
      expect(mails[0]!.input.tekst).toContain(
        `http://localhost:3000/admin/collections/organisaties/${world.org.a}`,
      )
    })

    it('the provider amends and sends again; approval is bound to the differences the editor saw', async () => {
      const amend = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token: tokens.aanbieder,
        body: { telefoon: '013 555 99 00' },
      })
      expect(amend.status, JSON.stringify(amend.body)).toBe(200)
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)
      const nieuwVerzoek = sent.body.wijzigingsverzoek
      expect(nieuwVerzoek).not.toBe(verzoek)
      verzoek = nieuwVerzoek

      const diff = await cms.rest.request('GET', `/wijzigingsverzoeken/${verzoek}/verschillen`, {
        token: tokens.cz,
      })
      expect(item(diff.body.items, 'locaties', world.locatie.a1)!.velden).toContainEqual(
        expect.objectContaining({ veld: 'telefoon', oud: null, nieuw: '013 555 99 00' }),
      )
      const stale = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, {
        token: tokens.cz,
        body: { controle: 'iets-anders' },
      })
      expect(stale.status).toBe(409)
      expect(stale.body.fout).toContain('veranderd sinds u hem opende')

      const mailsBefore = (await jobs(MAIL_QUEUE)).length
      const ok = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/goedkeuren`, {
        token: tokens.cz,
        body: { controle: diff.body.controle },
      })
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      const pub = await cms.rest.request('GET', `/locaties/${world.locatie.a1}`)
      expect(pub.body.telefoon).toBe('013 555 99 00')
      expect(pub.body.bezoekadres.straat).toBe('Kerkstraat')
      expect((await cms.rest.request('GET', `/locaties/${nieuweLocatie}`)).status).toBe(200)
      expect([403, 404]).toContain((await cms.rest.request('GET', `/locaties/${a2}`)).status)

      const mails = (await jobs(MAIL_QUEUE)).slice(mailsBefore)
      expect(mails.map((m) => m.input.aan)).toEqual(['aanbieder@test.nl'])
      expect(mails[0]!.input.onderwerp).toBe('Uw wijziging van Stichting Zorgstroom is goedgekeurd')
      expect(mails[0]!.input.tekst).toContain('CZ zorgkantoor heeft uw wijziging')
    })

    it('the mail jobs send through Payload’s e-mail adapter (the outbox without SMTP_URL)', async () => {
      await runJobs(MAIL_QUEUE)
      expect(await jobs(MAIL_QUEUE)).toEqual([]) // completed jobs are deleted
      const outbox = path.join(cms.dataDir, 'outbox')
      const files = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'))
      const recipients = files.map((f) => /^To: (.+)$/m.exec(f)?.[1]?.trim()).sort()
      expect(recipients).toEqual([
        'aanbieder@test.nl',
        'aanbieder@test.nl',
        'zorgatlas@cz.test',
        'zorgatlas@cz.test',
        'zorgatlas@cz.test',
      ])
      expect(files.every((f) => /^From: Zorgatlas <noreply@zorgatlas\.nl>$/m.test(f))).toBe(true)
    })

    it('the public document says who checked it and when', async () => {
      await runJobs(INDEX_QUEUE)
      const doc = await publicDoc(world.locatie.a1)
      expect(doc?.telefoon).toBe('013 555 99 00')
      const gecontroleerd = doc?.gecontroleerd as { op: string; door: string }
      expect(gecontroleerd.door).toBe('CZ zorgkantoor')
      expect(Date.now() - new Date(gecontroleerd.op).getTime()).toBeLessThan(10 * 60_000)
      // the new location was published by the same approval; the removed one is gone
      expect((await publicDoc(nieuweLocatie))?.gecontroleerd).toMatchObject({
        door: 'CZ zorgkantoor',
      })
      expect(await publicDoc(a2)).toBeNull()
    })

    it('the audit log records before and after of the approved change, and every step of it', async () => {
      const res = await cms.rest.request(
        'GET',
        `/audit-log?where[organisatieId][equals]=${world.org.a}&limit=200&sort=createdAt`,
        { token: tokens.cz },
      )
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const entries = res.body.docs as {
        actie: string
        collectie: string
        documentId: string
        gebruikerNaam: string
        wijzigingen: Veld[]
        toelichting: string | null
        wijzigingsverzoek: string | null
      }[]
      const approved = entries.find(
        (e) =>
          e.actie === 'goedgekeurd' &&
          e.collectie === 'locaties' &&
          e.documentId === String(world.locatie.a1) &&
          e.wijzigingsverzoek === String(verzoek),
      )!
      expect(approved.gebruikerNaam).toBe('Cor Redacteur')
      // published before → published now, not the draft against itself
      expect(approved.wijzigingen).toEqual([
        expect.objectContaining({
          veld: 'bezoekadres.straat',
          oud: 'Dorpsstraat',
          nieuw: 'Kerkstraat',
        }),
        expect.objectContaining({ veld: 'telefoon', oud: null, nieuw: '013 555 99 00' }),
        expect.objectContaining({ veld: 'fotos', soort: 'fotos', erbij: [fotoFoto()] }),
      ])
      const acties = entries.map((e) => `${e.actie} ${e.collectie}`)
      expect(acties).toEqual(
        expect.arrayContaining([
          'gewijzigd locaties',
          'gewijzigd zorgaanbod',
          'aangemaakt locaties',
          'verwijdering-voorgesteld locaties',
          'verstuurd wijzigingsverzoeken',
          'afgewezen wijzigingsverzoeken',
          'goedgekeurd wijzigingsverzoeken',
          'goedgekeurd locaties',
          'goedgekeurd zorgaanbod',
          'verwijderd locaties',
          'verwijderd zorgaanbod',
        ]),
      )
      const providerEdit = entries.find(
        (e) => e.actie === 'gewijzigd' && e.documentId === String(world.locatie.a1),
      )!
      expect(providerEdit.gebruikerNaam).toBe('Anna Aanbieder')
      expect(entries.find((e) => e.actie === 'afgewezen')!.toelichting).toContain(
        'telefoonnummer van Hof Mondriaan',
      )
      // an editor of another zorgkantoor reads none of it, a provider nothing at all
      const menzis = await cms.rest.request(
        'GET',
        `/audit-log?where[organisatieId][equals]=${world.org.a}`,
        {
          token: tokens.menzis,
        },
      )
      expect(menzis.body.docs ?? []).toEqual([])
      expect(
        (await cms.rest.request('GET', '/audit-log', { token: tokens.aanbieder })).status,
      ).toBe(403)
      expect((await cms.rest.request('GET', '/audit-log')).status).toBe(403)
    })

    it('nobody changes or deletes the audit log, not even a beheerder or code that bypasses access', async () => {
      const [entry] = (
        await cms.payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })
      ).docs
      const count = await auditCount()
      for (const token of [tokens.beheer, tokens.cz]) {
        const patch = await cms.rest.request('PATCH', `/audit-log/${entry!.id}`, {
          token,
          body: { gebruikerNaam: 'Iemand anders' },
        })
        expect(patch.status).toBe(403)
        const del = await cms.rest.request('DELETE', `/audit-log/${entry!.id}`, { token })
        expect(del.status).toBe(403)
        const bulk = await cms.rest.request('DELETE', '/audit-log?where[id][exists]=true', {
          token,
        })
        expect([403, 400]).toContain(bulk.status)
        const create = await cms.rest.request('POST', '/audit-log', {
          token,
          body: { actie: 'gewijzigd' },
        })
        expect(create.status).toBe(403)
      }
      await expect(
        cms.payload.update({
          collection: 'audit-log',
          id: entry!.id,
          data: { gebruikerNaam: 'x' },
          overrideAccess: true,
        }),
      ).rejects.toThrow('Het logboek kan niemand wijzigen of verwijderen.')
      await expect(
        cms.payload.delete({ collection: 'audit-log', id: entry!.id, overrideAccess: true }),
      ).rejects.toThrow('Het logboek kan niemand wijzigen of verwijderen.')
      expect(await auditCount()).toBe(count)
      const same = await cms.payload.findByID({
        collection: 'audit-log',
        id: entry!.id,
        overrideAccess: true,
      })
      expect(same).toEqual(entry)
    })

    it('logins, logouts and failed logins are logged, without passwords or tokens', async () => {
      const wrong = await cms.rest.request('POST', '/users/login', {
        body: { email: 'aanbieder@test.nl', password: 'Verkeerd-wachtwoord-1' },
      })
      expect(wrong.status).toBe(401)
      const unknown = await cms.rest.request('POST', '/users/login', {
        body: { email: 'niemand@test.nl', password: 'Geheim-getypt-9' },
      })
      expect(unknown.status).toBe(401)
      const login = await cms.rest.request('POST', '/users/login', {
        body: { email: 'aanbieder2@test.nl', password: PASSWORD },
      })
      expect(login.status).toBe(200)
      const logout = await cms.rest.request('POST', '/users/logout', { token: login.body.token })
      expect(logout.status).toBe(200)

      const all = await cms.payload.find({
        collection: 'audit-log',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      const byActie = (actie: string) => all.docs.filter((e) => e.actie === actie)
      expect(byActie('inloggen-mislukt').map((e) => [e.gebruikerNaam, e.toelichting])).toEqual(
        expect.arrayContaining([
          ['Anna Aanbieder', 'Verkeerd wachtwoord.'],
          ['Onbekend e-mailadres', 'Geen login met dit e-mailadres.'],
        ]),
      )
      expect(byActie('ingelogd').some((e) => e.gebruikerNaam === 'Ben Aanbieder')).toBe(true)
      expect(byActie('uitgelogd').some((e) => e.gebruikerNaam === 'Ben Aanbieder')).toBe(true)

      const text = JSON.stringify(all.docs)
      for (const secret of [
        PASSWORD,
        'Verkeerd-wachtwoord-1',
        'Geheim-getypt-9',
        'niemand@test.nl',
        login.body.token,
        ...Object.values(tokens),
      ]) {
        expect(text).not.toContain(secret)
      }
      expect(text).not.toMatch(/"(hash|salt|sessions|resetPasswordToken)"/)
    })

    it('removing a login turns its name into a pseudonym everywhere; the history stays whole', async () => {
      // deactivated first (seed 004 §3.3.2: an active login cannot be deleted)
      await cms.rest.request('PATCH', `/users/${world.users.aanbieder2}`, {
        token: tokens.beheer,
        body: { actief: false },
      })
      const del = await cms.rest.request('DELETE', `/users/${world.users.aanbieder2}`, {
        token: tokens.beheer,
      })
      expect(del.status, JSON.stringify(del.body)).toBe(200)
      const all = await cms.payload.find({
        collection: 'audit-log',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      const text = JSON.stringify(all.docs)
      expect(text).not.toContain('Ben Aanbieder')
      expect(text).not.toContain('aanbieder2@test.nl')
      const pseudo = all.docs.find(
        (e) => e.actie === 'ingelogd' && e.gebruikerNaam?.startsWith('Verwijderde gebruiker'),
      )
      expect(pseudo?.gebruikerId).toMatch(/^verwijderd-[0-9a-f]{8}$/)
      // the same pseudonym on all their entries, and on the entry of the deletion itself
      const names = new Set(
        all.docs.filter((e) => e.gebruikerId === pseudo!.gebruikerId).map((e) => e.gebruikerNaam),
      )
      expect(names.size).toBe(1)
      const deletion = all.docs.find((e) => e.actie === 'verwijderd' && e.collectie === 'users')!
      expect(deletion.gebruikerNaam).toBe('Bea Beheer')
      expect(deletion.documentTitel).toBe(pseudo!.gebruikerNaam)
      // their change request keeps a sender, as the pseudonym
      const request = await cms.payload.findByID({
        collection: 'wijzigingsverzoeken',
        id: tweedeVerzoek,
        overrideAccess: true,
      })
      expect(request.verstuurdDoorNaam).toBe(pseudo!.gebruikerNaam)
      expect(request.verstuurdDoor ?? null).toBeNull()
    })

    it('deleting an organisation keeps its change requests and its audit entries (beheerders read them)', async () => {
      const before = await cms.payload.count({
        collection: 'audit-log',
        where: { organisatieNaam: { equals: 'Stichting Andere Zorg' } },
        overrideAccess: true,
      })
      expect(before.totalDocs).toBeGreaterThan(0)
      const del = await cms.rest.request('DELETE', `/organisaties/${world.org.c}`, {
        token: tokens.cz,
      })
      expect(del.status, JSON.stringify(del.body)).toBe(200)
      const request = await cms.payload.findByID({
        collection: 'wijzigingsverzoeken',
        id: tweedeVerzoek,
        overrideAccess: true,
      })
      expect(request.organisatie ?? null).toBeNull()
      expect(request.organisatieNaam).toBe('Stichting Andere Zorg')
      const res = await cms.rest.request(
        'GET',
        `/audit-log?where[organisatieNaam][equals]=${encodeURIComponent('Stichting Andere Zorg')}&limit=100`,
        { token: tokens.beheer },
      )
      expect(res.body.docs.length).toBe(before.totalDocs + 1)
      expect(
        res.body.docs.some(
          (e: { actie: string; collectie: string }) =>
            e.actie === 'verwijderd' && e.collectie === 'organisaties',
        ),
      ).toBe(true)
      // a key no organisation can have: a new one with the same id never shows them
      expect(
        res.body.docs.every((e: { organisatieId: string }) =>
          e.organisatieId.startsWith(`verwijderd-${world.org.c}-`),
        ),
      ).toBe(true)
    })
  })
}
