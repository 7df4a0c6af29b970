/**
 * Photos and video through REST as real users, on a real database and the
 * real embedded engine and public media store: an EXIF-carrying JPEG is stored and published
 * without any metadata; SVG, HTML called .jpg and an 11 MB file are refused with a Dutch 400 that
 * names the field, and nothing is half-saved; only a YouTube video id is kept; a proposal's photo
 * never reaches the public media store, and a removed photo leaves it.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FOTO_MESSAGES } from '../../cms/domain/foto'
import { MEDIA_MESSAGES } from '../../cms/domain/eigendom'
import { VIDEO_MESSAGES } from '../../cms/domain/video'
import { MESSAGES } from '../../cms/domain/workflow'
import { INDEX_QUEUE, queueReindexJob } from '../../cms/jobs/queue'
import type { PublicDocument } from '../../search-indexer/contract'
import { readSnapshot } from '../helpers/search-index'
import { LocalMediaStore } from '../../search-indexer/media/local'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

/** A JPEG as a phone writes it: EXIF with camera and a GPS position. */
const metGps = (kleur: string, width = 1600, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: kleur } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefoon', Model: 'Zorgcam 3', Copyright: 'Anna' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 33/1 20/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 5/1 28/1',
      },
    })
    .toBuffer()

export function fotosSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`photos and video on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let token = '' // aanbieder2: organisation c (CZ) only
    let cz = ''
    let agb = 45000000
    let store: LocalMediaStore

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      token = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
      cz = await cms.rest.login('redacteur.cz@test.nl', PASSWORD)
      store = new LocalMediaStore(path.join(cms.dataDir, 'publieke-media'))
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())

    const runJobs = () => runQueue(cms.payload)

    const staticDir = () => path.join(cms.dataDir, 'media')

    async function publicDoc(locatieId: Id): Promise<PublicDocument | null> {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry ? (JSON.parse(entry.json) as PublicDocument) : null
    }

    const formulier = (bytes: Buffer, name: string, data: Record<string, unknown>) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name)
      form.append('_payload', JSON.stringify(data))
      return form
    }

    async function upload(
      bytes: Buffer,
      name: string,
      data: Record<string, unknown>,
      as: string = token,
    ) {
      return cms.rest.request('POST', '/media', { token: as, form: formulier(bytes, name, data) })
    }

    async function definitieveLocatie(naam: string, extra: Record<string, unknown> = {}) {
      const locatie = await cms.payload.create({
        collection: 'locaties',
        data: {
          organisatie: world.org.c,
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
          coordinaten: { lat: 51.56, lng: 5.08 },
          status: 'definitief',
          _status: 'published',
          ...extra,
        },
        draft: false,
        ...SYSTEM,
      })
      await cms.payload.create({
        collection: 'zorgaanbod',
        data: {
          locatie: locatie.id,
          woonplaats: world.wp.tilburg,
          vv: VV_AANBOD,
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      await indexeer(locatie.id as Id)
      return locatie.id as Id
    }

    /** Index work for a location, as the hooks queue it (written as the system: skipIndex). */
    async function indexeer(locatie: Id) {
      await cms.payload.jobs.queue({
        task: 'indexeerLocaties',
        queue: INDEX_QUEUE,
        input: { locatieIds: [String(locatie)] },
      })
      await runJobs()
    }

    /** The provider sends the organisation's changes, the CZ editor approves them. */
    async function versturenEnGoedkeuren() {
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.c}/versturen`, {
        token,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)
      const ok = await cms.rest.request('POST', `/organisaties/${world.org.c}/goedkeuren`, {
        token: cz,
      })
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      await runJobs()
    }

    const mediaCount = async () =>
      (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const staticFiles = async () => (await readdir(staticDir()).catch(() => [])).sort()

    it('a JPEG with EXIF GPS is stored and published without any EXIF', async () => {
      const jpeg = await metGps('#6a8')
      expect((await sharp(jpeg).metadata()).exif?.length).toBeGreaterThan(50)
      const up = await upload(jpeg, '../IMG 2026 (1).JPG', { alt: 'De voorgevel' })
      expect(up.status, JSON.stringify(up.body)).toBe(201)
      const doc = up.body.doc
      expect(doc.filename).toMatch(/^img-2026-1(-\d+)?\.jpg$/)
      expect(String(doc.organisatie?.id ?? doc.organisatie)).toBe(String(world.org.c))
      // the stored original and the admin size
      for (const file of [doc.filename, doc.sizes.kaart.filename]) {
        const bytes = await readFile(path.join(staticDir(), file))
        const meta = await sharp(bytes).metadata()
        expect(meta.exif, file).toBeUndefined()
        expect(meta.xmp, file).toBeUndefined()
        expect(meta.iptc, file).toBeUndefined()
        expect(bytes.includes(Buffer.from('Zorgcam'))).toBe(false)
      }

      const locatie = await definitieveLocatie('Met GPS-foto')
      const patch = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
        token,
        body: { fotos: [doc.id] },
      })
      expect(patch.status, JSON.stringify(patch.body)).toBe(200)
      await versturenEnGoedkeuren()
      const pub = await publicDoc(locatie)
      expect(pub?.fotos).toHaveLength(1)
      expect(pub!.fotos[0]).toMatchObject({ alt: 'De voorgevel', breedte: 1440, hoogte: 960 })
      const keys = await store.list(String(locatie))
      expect(keys).toHaveLength(9) // 480/960/1440 × AVIF/WebP/JPEG
      for (const key of keys) {
        const file = await store.get(key)
        const meta = await sharp(file!.body).metadata()
        expect(meta.exif, key).toBeUndefined()
        expect(meta.xmp, key).toBeUndefined()
        expect(Buffer.from(file!.body).includes(Buffer.from('Zorgcam'))).toBe(false)
        expect(
          pub!.fotos[0]!.srcset.avif + pub!.fotos[0]!.srcset.webp + pub!.fotos[0]!.srcset.jpeg,
        ).toContain(`/media/${key} `)
      }
    })

    it('SVG, HTML called .jpg and an 11 MB image are refused with a Dutch 400 naming the field; nothing is saved', async () => {
      const before = { media: await mediaCount(), files: await staticFiles() }
      const svg = Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
      )
      const html = Buffer.from(
        '<!doctype html><html><script>alert(document.cookie)</script></html>',
      )
      const groot = Buffer.alloc(11 * 1024 * 1024, 0x41)
      ;(await metGps('#123', 64, 64)).copy(groot) // a real JPEG at the start, then 11 MB
      for (const [bytes, name, message] of [
        [svg, 'logo.svg', FOTO_MESSAGES.verkeerdType],
        [svg, 'logo.jpg', FOTO_MESSAGES.verkeerdType],
        [html, 'foto.jpg', FOTO_MESSAGES.verkeerdType],
        [groot, 'groot.jpg', FOTO_MESSAGES.teGroot],
      ] as const) {
        const res = await upload(bytes, name, { alt: 'Iets' })
        expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(400)
        expect(JSON.stringify(res.body)).toContain(message)
        expect(message).toMatch(/^Bestand: /)
      }
      // a body larger than any photo is refused before it is read
      const veelTeGroot = await cms.rest.request('POST', '/media', {
        token,
        rawBody: 'x'.repeat(11 * 1024 * 1024),
        headers: {
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(11 * 1024 * 1024),
        },
      })
      expect(veelTeGroot.status).toBe(400)
      expect(JSON.stringify(veelTeGroot.body)).toContain(FOTO_MESSAGES.teGroot)
      expect(await mediaCount()).toBe(before.media)
      expect(await staticFiles()).toEqual(before.files)
    })

    it('people in the picture need consent; a PNG called .jpg is kept as a PNG', async () => {
      const png = await sharp({
        create: { width: 300, height: 200, channels: 4, background: '#abc' },
      })
        .png()
        .toBuffer()
      const zonder = await upload(png, 'groep.jpg', {
        alt: 'Bewoners in de tuin',
        mensenInBeeld: true,
      })
      expect(zonder.status, JSON.stringify(zonder.body)).toBe(400)
      expect(JSON.stringify(zonder.body)).toContain(FOTO_MESSAGES.toestemmingNodig)
      const met = await upload(png, 'groep.jpg', {
        alt: 'Bewoners in de tuin',
        mensenInBeeld: true,
        toestemming: true,
      })
      expect(met.status, JSON.stringify(met.body)).toBe(201)
      expect(met.body.doc.mimeType).toBe('image/png')
      expect(met.body.doc.filename).toMatch(/^groep(-\d+)?\.png$/)
      const geenAlt = await upload(png, 'x.png', { alt: '  ' })
      expect(geenAlt.status).toBe(400)
      expect(JSON.stringify(geenAlt.body)).toContain('alt-tekst')
    })

    it('a provider cannot add to, replace or delete another organisation’s photos', async () => {
      const anna = await cms.rest.login('aanbieder@test.nl', PASSWORD) // organisations a and b
      const eigen = await upload(
        await metGps('#c84', 800, 600),
        'gevel.jpg',
        {
          alt: 'Gevel van A',
          organisatie: world.org.a,
        },
        anna,
      )
      expect(eigen.status, JSON.stringify(eigen.body)).toBe(201)
      const id = eigen.body.doc.id as Id
      const bestand = path.join(staticDir(), eigen.body.doc.filename as string)
      const bytes = await readFile(bestand)

      // aanbieder2 (organisation c only): the photo does not exist for this login
      const lezen = await cms.rest.request('GET', `/media/${id}`, { token })
      expect(lezen.status).toBe(404)
      const vervang = await cms.rest.request('PATCH', `/media/${id}`, {
        token,
        form: formulier(await metGps('#000', 800, 600), 'nep.jpg', { alt: 'Vervangen' }),
      })
      expect(vervang.status, JSON.stringify(vervang.body)).toBe(404)
      const tekst = await cms.rest.request('PATCH', `/media/${id}`, {
        token,
        body: { alt: 'Overgenomen', organisatie: world.org.c },
      })
      expect(tekst.status, JSON.stringify(tekst.body)).toBe(404)
      const versie = await cms.rest.request('POST', `/media/${id}/nieuwe-versie`, {
        token,
        body: { alt: 'Kopie' },
      })
      expect(versie.status, JSON.stringify(versie.body)).toBe(404)
      const weg = await cms.rest.request('DELETE', `/media/${id}`, { token })
      expect(weg.status, JSON.stringify(weg.body)).toBe(404)
      const bulk = await cms.rest.request('DELETE', `/media?where[id][equals]=${id}`, { token })
      expect([400, 403, 404]).toContain(bulk.status)

      // nor can it upload a photo for organisation a
      const namens = await upload(await metGps('#111', 200, 200), 'a.jpg', {
        alt: 'Namens A',
        organisatie: world.org.a,
      })
      expect(namens.status, JSON.stringify(namens.body)).toBe(403)
      expect(JSON.stringify(namens.body)).toContain(MEDIA_MESSAGES.andereOrganisatie)

      // the photo is as it was
      const nu = await cms.payload.findByID({ collection: 'media', id, overrideAccess: true })
      expect(nu.alt).toBe('Gevel van A')
      expect(String((nu.organisatie as { id?: Id })?.id ?? nu.organisatie)).toBe(
        String(world.org.a),
      )
      expect((await readFile(bestand)).equals(bytes)).toBe(true)

      // its own organisation can delete it (it is on no location)
      const eigenWeg = await cms.rest.request('DELETE', `/media/${id}`, { token: anna })
      expect(eigenWeg.status, JSON.stringify(eigenWeg.body)).toBe(200)
    })

    it('a non-YouTube iframe is refused; a YouTube embed keeps only its id, and is public after approval', async () => {
      const locatie = await definitieveLocatie('Met Video')
      const vimeo = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
        token,
        body: { video: '<iframe src="https://player.vimeo.com/video/76979871"></iframe>' },
      })
      expect(vimeo.status, JSON.stringify(vimeo.body)).toBe(400)
      expect(JSON.stringify(vimeo.body)).toContain(VIDEO_MESSAGES.anderePlatform)
      expect(VIDEO_MESSAGES.anderePlatform).toMatch(/^YouTube-video: /)
      const embed = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
        token,
        body: {
          video:
            '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player" frameborder="0" allow="autoplay" allowfullscreen></iframe>',
        },
      })
      expect(embed.status, JSON.stringify(embed.body)).toBe(200)
      expect(embed.body.doc.video).toBe('dQw4w9WgXcQ')
      expect(embed.body.doc.youtubeId).toBe('dQw4w9WgXcQ')
      const voorAkkoord = await publicDoc(locatie)
      expect(voorAkkoord).not.toBeNull()
      expect(voorAkkoord!.video).toBeNull() // a proposal is not public
      await versturenEnGoedkeuren()
      expect((await publicDoc(locatie))?.video).toEqual({
        youtubeId: 'dQw4w9WgXcQ',
        titel: 'Video over Stichting Andere Zorg – Verpleeghuis Met Video',
      })
    })

    it('a proposal’s photo is not in the public store; a removed photo and a gone location leave it', async () => {
      const eerste = (await upload(await metGps('#a64', 1000, 700), 'tuin.jpg', { alt: 'Tuin' }))
        .body.doc.id
      const tweede = (await upload(await metGps('#46a', 1000, 700), 'kamer.jpg', { alt: 'Kamer' }))
        .body.doc.id
      const locatie = await definitieveLocatie('Wisselende Foto’s', { fotos: [eerste] })
      const eersteKeys = await store.list(String(locatie))
      expect(eersteKeys).toHaveLength(6) // 1000 px wide: 480 and 960, never enlarged to 1440
      expect((await publicDoc(locatie))?.fotos.map((f) => f.alt)).toEqual(['Tuin'])

      // proposal: add the second photo (and the approved one stays)
      const voorstel = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
        token,
        body: { fotos: [tweede, eerste] },
      })
      expect(voorstel.status, JSON.stringify(voorstel.body)).toBe(200)
      expect(voorstel.body.doc.status).toBe('voorgesteld')
      await indexeer(locatie)
      expect((await store.list(String(locatie))).sort()).toEqual([...eersteKeys].sort())
      expect((await publicDoc(locatie))?.fotos.map((f) => f.alt)).toEqual(['Tuin'])

      await versturenEnGoedkeuren()
      expect((await publicDoc(locatie))?.fotos.map((f) => f.alt)).toEqual(['Kamer', 'Tuin'])
      expect(await store.list(String(locatie))).toHaveLength(12)

      // remove the first photo: its files leave the store once approved
      await cms.rest.request('PATCH', `/locaties/${locatie}`, { token, body: { fotos: [tweede] } })
      await versturenEnGoedkeuren()
      const over = await store.list(String(locatie))
      expect(over).toHaveLength(6)
      expect(over.some((k) => eersteKeys.includes(k))).toBe(false)
      expect((await publicDoc(locatie))?.fotos.map((f) => f.alt)).toEqual(['Kamer'])

      // the editor deletes the location: everything of it leaves the store
      const del = await cms.rest.request('DELETE', `/locaties/${locatie}`, { token: cz })
      expect(del.status, JSON.stringify(del.body)).toBe(200)
      await runJobs()
      expect(await store.list(String(locatie))).toEqual([])
      expect(await store.locaties()).not.toContain(String(locatie))
    })
    it('while a change is in behandeling, the provider changes, replaces, versions or deletes no photo a location uses (REST, bulk, nieuwe-versie, GraphQL)', async () => {
      const kleur = ['#135', '#357', '#579', '#79b']
      const ids: Id[] = []
      for (const [i, naam] of ['nieuw', 'voorstel', 'definitief', 'los'].entries()) {
        const up = await upload(await metGps(kleur[i]!, 600, 400), `${naam}.jpg`, { alt: naam })
        expect(up.status, JSON.stringify(up.body)).toBe(201)
        ids.push(up.body.doc.id as Id)
      }
      const [inNieuw, inVoorstel, inDefinitief, los] = ids as [Id, Id, Id, Id]
      // a new location (a draft only) with the first photo
      const nieuw = await cms.rest.request('POST', '/locaties', {
        token,
        body: {
          organisatie: world.org.c,
          agbCode: String(agb++),
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam: 'Nieuw Met Foto',
          gebruikVolledigeNaam: true,
          bezoekadres: {
            straat: 'Kerkstraat',
            huisnummer: '5',
            postcode: '5038 CD',
            plaats: 'Tilburg',
          },
          fotos: [inNieuw],
        },
      })
      expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201)
      // a proposal for a Definitief location that adds the second photo to the third
      const locatie = await definitieveLocatie('Foto’s Op Slot', { fotos: [inDefinitief] })
      const voorstel = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
        token,
        body: { fotos: [inDefinitief, inVoorstel] },
      })
      expect(voorstel.status, JSON.stringify(voorstel.body)).toBe(200)
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.c}/versturen`, {
        token,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)

      const bestanden = await Promise.all(
        [inNieuw, inVoorstel, inDefinitief].map(async (id) => {
          const doc = await cms.payload.findByID({ collection: 'media', id, overrideAccess: true })
          return { id, alt: doc.alt, bytes: await readFile(path.join(staticDir(), doc.filename!)) }
        }),
      )
      const slot = (res: { status: number; body: any }, wat: string) => {
        expect(res.status, `${wat}: ${JSON.stringify(res.body)}`).toBe(409)
        expect(JSON.stringify(res.body), wat).toContain(MESSAGES.inBehandeling)
      }
      for (const id of [inNieuw, inVoorstel, inDefinitief]) {
        slot(
          await cms.rest.request('PATCH', `/media/${id}`, { token, body: { alt: 'Anders' } }),
          `alt ${id}`,
        )
        slot(
          await cms.rest.request('PATCH', `/media/${id}`, {
            token,
            body: { mensenInBeeld: true, toestemming: true },
          }),
          `consent ${id}`,
        )
        slot(
          await cms.rest.request('PATCH', `/media/${id}`, {
            token,
            form: formulier(await metGps('#000', 600, 400), 'ander.jpg', { alt: 'Ander' }),
          }),
          `file ${id}`,
        )
        slot(
          await cms.rest.request('POST', `/media/${id}/nieuwe-versie`, {
            token,
            body: { alt: 'Nieuwe versie' },
          }),
          `new version ${id}`,
        )
        slot(await cms.rest.request('DELETE', `/media/${id}`, { token }), `delete ${id}`)
        for (const method of ['PATCH', 'DELETE']) {
          const bulk = await cms.rest.request(method, `/media?where[id][equals]=${id}`, {
            token,
            ...(method === 'PATCH' ? { body: { alt: 'Bulk' } } : {}),
          })
          expect([400, 409], `${method} in bulk ${id}`).toContain(bulk.status)
        }
        const gql = await cms.rest.graphql(
          `mutation { updateMedia(id: ${id}, data: { alt: "GraphQL" }) { id alt } }`,
          token,
        )
        expect(gql.body.errors?.[0]?.message, JSON.stringify(gql.body)).toBe(MESSAGES.inBehandeling)
        const gqlWeg = await cms.rest.graphql(`mutation { deleteMedia(id: ${id}) { id } }`, token)
        expect(gqlWeg.body.errors?.[0]?.message).toBe(MESSAGES.inBehandeling)
      }
      for (const { id, alt, bytes } of bestanden) {
        const doc = await cms.payload.findByID({ collection: 'media', id, overrideAccess: true })
        expect(doc.alt, `photo ${id}`).toBe(alt)
        expect(doc.mensenInBeeld ?? false).toBe(false)
        expect((await readFile(path.join(staticDir(), doc.filename!))).equals(bytes)).toBe(true)
      }

      // a photo on no location is not part of the request; a new upload neither (choosing it at a
      // location is a change of the location, which the lock refuses)
      const losAlt = await cms.rest.request('PATCH', `/media/${los}`, {
        token,
        body: { alt: 'Los en vrij' },
      })
      expect(losAlt.status, JSON.stringify(losAlt.body)).toBe(200)
      const erbij = await upload(await metGps('#9bd', 600, 400), 'erbij.jpg', { alt: 'Erbij' })
      expect(erbij.status, JSON.stringify(erbij.body)).toBe(201)
      slot(
        await cms.rest.request('PATCH', `/locaties/${locatie}`, {
          token,
          body: { fotos: [inDefinitief, erbij.body.doc.id] },
        }),
        'choosing a photo at the location',
      )

      // approved: the lock is gone; the approved photos are public now, so a new version is the way
      const ok = await cms.rest.request('POST', `/organisaties/${world.org.c}/goedkeuren`, {
        token: cz,
      })
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      await runJobs()
      const versie = await cms.rest.request('POST', `/media/${inVoorstel}/nieuwe-versie`, {
        token,
        body: { alt: 'Nieuwe versie' },
      })
      expect(versie.status, JSON.stringify(versie.body)).toBe(201)
      const inPlaats = await cms.rest.request('PATCH', `/media/${inVoorstel}`, {
        token,
        body: { alt: 'Anders' },
      })
      expect(inPlaats.status).toBe(409)
      expect(JSON.stringify(inPlaats.body)).toContain(MEDIA_MESSAGES.inGebruik)
    })
  })
}
