/**
 * The provider back office rules of the manual (§3–§6) through REST as real users
 * (overrideAccess: false), including the refusals. Shared by the SQLite and PostgreSQL files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AGB_MESSAGES } from '../../cms/domain/agb'
import { ADRES_MESSAGES } from '../../cms/domain/adres'
import { KOPIEER_MESSAGES } from '../../cms/domain/kopieren'
import { VIDEO_MESSAGES } from '../../cms/domain/video'
import { MESSAGES } from '../../cms/domain/workflow'
import { WOONPLAATS_MESSAGES } from '../../cms/domain/woonplaats-regels'
import { projectLocaties } from '../../search-indexer/sync'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

export function beheerSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`provider back office on ${kind}`, () => {
    let cms: TestCms
    let w: World
    let aanbieder = ''
    let cz = ''
    /** The response as text, quotes unescaped, to look for Dutch messages. */
    const body = (res: { body: unknown }) => JSON.stringify(res.body).replace(/\\"/g, '"')

    beforeAll(async () => {
      cms = await startCms(kind)
      w = await createWorld(cms.payload)
      aanbieder = await cms.rest.login('aanbieder@test.nl', PASSWORD)
      cz = await cms.rest.login('redacteur.cz@test.nl', PASSWORD)
    })
    afterAll(async () => cms?.close())

    const locatie = (over: Record<string, unknown> = {}) => ({
      organisatie: w.org.a,
      agbCode: '20000001',
      hoofdlocatie: true,
      soortZorg: w.soort.verpleeghuis,
      voorziening: 'Verpleeghuis',
      naam: 'De Eik',
      bezoekadres: { straat: 'Eikenlaan', huisnummer: '1', postcode: '5038 AA', plaats: 'Tilburg' },
      ...over,
    })
    const post = (path: string, data: unknown, token = aanbieder) =>
      cms.rest.request('POST', path, { token, body: data })
    const maak = async (over: Record<string, unknown> = {}) => {
      const res = await post('/locaties', locatie(over))
      expect(res.status, body(res)).toBe(201)
      return res.body.doc as { id: Id; volgnummer: number; status: string } & Record<string, any>
    }
    const aanbod = async (loc: Id, woonplaats: Id, extra: Record<string, unknown> = {}) => {
      const res = await post('/zorgaanbod', { locatie: loc, woonplaats, vv: VV_AANBOD, ...extra })
      expect(res.status, body(res)).toBe(201)
      return res.body.doc as { id: Id } & Record<string, any>
    }
    const versturenEnGoedkeuren = async (org: Id = w.org.a) => {
      const sent = await post(`/organisaties/${org}/versturen`, {})
      expect(sent.status, body(sent)).toBe(200)
      const ok = await post(`/organisaties/${org}/goedkeuren`, {}, cz)
      expect(ok.status, body(ok)).toBe(200)
    }

    describe('§3.1 organisation details', () => {
      it('a provider proposes a new short name; NZa code, type and zorgkantoren stay the zorgkantoor’s', async () => {
        const res = await cms.rest.request('PATCH', `/organisaties/${w.org.b}`, {
          token: aanbieder,
          body: {
            verkorteNaam: 'Twentse Zorg',
            nzaCode: '999999',
            type: 'oco',
            zorgkantoren: [w.zk.cz],
          },
        })
        expect(res.status, body(res)).toBe(200)
        expect(res.body.doc.status).toBe('voorgesteld')
        expect(res.body.doc.verkorteNaam).toBe('Twentse Zorg')
        expect(res.body.doc.nzaCode).toBe('300202')
        expect(res.body.doc.type).toBe('zorgaanbieder')
        const zk = (res.body.doc.zorgkantoren as unknown[]).map((z) =>
          String((z as { id?: unknown })?.id ?? z),
        )
        expect(zk).toEqual([String(w.zk.menzis)])
        const pub = await cms.rest.request('GET', `/organisaties/${w.org.b}`)
        expect(pub.body.verkorteNaam ?? null).toBeNull()
      })
      it('a provider cannot register an organisation', async () => {
        const res = await post('/organisaties', {
          naam: 'Nieuw',
          nzaCode: '1',
          type: 'zorgaanbieder',
          zorgkantoren: [w.zk.cz],
        })
        expect(res.status).toBe(403)
      })
    })

    describe('§3.2.1–3.2.2 AGB code and volgnummer', () => {
      it('a main location gets volgnummer 0, others the next free number for the same AGB code', async () => {
        const hoofd = await maak({ agbCode: '30000001', naam: 'Hoofd' })
        expect(hoofd.volgnummer).toBe(0)
        const een = await maak({ agbCode: '30000001', hoofdlocatie: false, naam: 'Dependance A' })
        const twee = await maak({ agbCode: '30000001', hoofdlocatie: false, naam: 'Dependance B' })
        expect([een.volgnummer, twee.volgnummer]).toEqual([1, 2])
      })
      it('refuses a second main location and a non-main location without a main one', async () => {
        const dubbel = await post('/locaties', locatie({ agbCode: '30000001' }))
        expect(dubbel.status).toBe(400)
        expect(body(dubbel)).toContain(AGB_MESSAGES.hoofdlocatieBestaat)
        const zonder = await post(
          '/locaties',
          locatie({ agbCode: '39999999', hoofdlocatie: false }),
        )
        expect(zonder.status).toBe(400)
        expect(body(zonder)).toContain(AGB_MESSAGES.geenHoofdlocatie)
      })
    })

    describe('§3.2.3–3.2.4 soort zorg, voorziening, name', () => {
      it('refuses a voorziening that does not belong to the soort zorg and names the options', async () => {
        const res = await post(
          '/locaties',
          locatie({ agbCode: '31000001', voorziening: 'Gezinshuis' }),
        )
        expect(res.status).toBe(400)
        expect(body(res)).toContain('Verpleeghuis, Woonzorgcentrum')
      })
      it('composes the full name, or takes the provider’s own when asked', async () => {
        const auto = await maak({ agbCode: '31000002', naam: 'Hof Mondriaan' })
        expect(auto.volledigeNaam).toBe('Zorgstroom – Verpleeghuis Hof Mondriaan')
        const leeg = await post(
          '/locaties',
          locatie({ agbCode: '31000003', gebruikVolledigeNaam: false }),
        )
        expect(leeg.status).toBe(400)
        const eigen = await maak({
          agbCode: '31000004',
          gebruikVolledigeNaam: false,
          volledigeNaam: 'Zorgstroom – Hof aan de Eik',
        })
        expect(eigen.volledigeNaam).toBe('Zorgstroom – Hof aan de Eik')
      })
      it('refuses a postbus with the reason', async () => {
        const res = await post(
          '/locaties',
          locatie({
            agbCode: '31000005',
            bezoekadres: {
              straat: 'Postbus 10',
              huisnummer: '1',
              postcode: '5000 AA',
              plaats: 'Tilburg',
            },
          }),
        )
        expect(res.status).toBe(400)
        expect(body(res)).toContain('geen postbus')
      })
      it('keeps a YouTube video as its id only, and refuses other embed codes', async () => {
        const ok = await maak({
          agbCode: '31000006',
          video:
            '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="YouTube"></iframe>',
        })
        expect(ok.youtubeId).toBe('dQw4w9WgXcQ')
        expect(ok.video).toBe('dQw4w9WgXcQ') // the pasted HTML is not kept
        const link = await maak({ agbCode: '31000008', video: 'https://youtu.be/dQw4w9WgXcQ?si=x' })
        expect(link.video).toBe('dQw4w9WgXcQ')
        const fout = await post(
          '/locaties',
          locatie({ agbCode: '31000007', video: '<iframe src="https://vimeo.com/123"></iframe>' }),
        )
        expect(fout.status).toBe(400)
        expect(body(fout)).toContain(VIDEO_MESSAGES.anderePlatform)
        const script = await post(
          '/locaties',
          locatie({
            agbCode: '31000009',
            video:
              '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><script>alert(1)</script>',
          }),
        )
        expect(script.status).toBe(400)
        expect(body(script)).toContain(VIDEO_MESSAGES.teveel)
      })
    })

    describe('§3.2.5 kleinschalig wooninitiatief', () => {
      it('stores no street, number or exact point, and takes only the 4 postcode digits', async () => {
        const doc = await maak({
          agbCode: '32000001',
          kleinschalig: true,
          bezoekadres: { straat: 'Geheimstraat', postcode: '5038', plaats: 'Tilburg' },
          coordinaten: { lat: 51.56, lng: 5.08 },
        })
        expect(doc.bezoekadres.straat).toBe('Kleinschalig wooninitiatief')
        expect(doc.bezoekadres.huisnummer ?? null).toBeNull()
        expect(doc.bezoekadres.postcode).toBe('5038')
        expect(doc.coordinaten?.lat ?? null).toBeNull()
        expect(body({ body: doc })).not.toContain('Geheimstraat')
      })
      it('refuses a house number and a full postcode', async () => {
        const res = await post(
          '/locaties',
          locatie({
            agbCode: '32000002',
            kleinschalig: true,
            bezoekadres: { huisnummer: '3', postcode: '5038 AB', plaats: 'Tilburg' },
          }),
        )
        expect(res.status).toBe(400)
        expect(body(res)).toContain(ADRES_MESSAGES.huisnummerKleinschalig.slice(0, 40))
      })
    })

    describe('§4.1–4.3 woonplaatsen and care offer', () => {
      it('home care takes many woonplaatsen, each once; residential care exactly one', async () => {
        const thuis = await maak({
          agbCode: '40000001',
          soortZorg: w.soort.thuis,
          voorziening: 'Thuiszorgteam',
          naam: '',
        })
        await aanbod(thuis.id, w.wp.tilburg)
        await aanbod(thuis.id, w.wp.breda)
        const dubbel = await post('/zorgaanbod', {
          locatie: thuis.id,
          woonplaats: w.wp.breda,
          vv: VV_AANBOD,
        })
        expect(dubbel.status).toBe(400)
        expect(body(dubbel)).toContain(WOONPLAATS_MESSAGES.dubbel)
        const huis = await maak({ agbCode: '40000002' })
        await aanbod(huis.id, w.wp.tilburg)
        const tweede = await post('/zorgaanbod', {
          locatie: huis.id,
          woonplaats: w.wp.breda,
          vv: VV_AANBOD,
        })
        expect(tweede.status).toBe(400)
        expect(body(tweede)).toContain(WOONPLAATS_MESSAGES.eenWoonplaats)
      })
      it('stores sector content (profiles, delivery forms, day care)', async () => {
        // housed in Breda: residential care is offered where the location is (§4.1)
        const huis = await maak({
          agbCode: '40000003',
          bezoekadres: { straat: 'Haven', huisnummer: '1', postcode: '4811 AA', plaats: 'Breda' },
        })
        const z = await aanbod(huis.id, w.wp.breda, {
          vv: {
            ...VV_AANBOD,
            dagbesteding: { dagbesteding: true, toelichting: 'Vijf dagen per week' },
          },
        })
        expect(z.vv.zorgprofielen).toEqual(['VV-5', 'VV-6'])
        expect(z.vv.dagbesteding.dagbesteding).toBe(true)
        const fout = await post('/zorgaanbod', {
          locatie: huis.id,
          woonplaats: w.wp.tilburg,
          vv: { zorgprofielen: ['VV-99'] },
        })
        expect(fout.status).toBe(400)
      })
    })

    describe('§4.4–4.5 copying', () => {
      it('copies a care offer to another location of the same organisation, adding the woonplaats', async () => {
        const bron = await maak({ agbCode: '44000001', naam: 'Bron' })
        await aanbod(bron.id, w.wp.tilburg, { zachteInformatie: [w.zi.huisdieren] })
        const doel = await maak({
          agbCode: '44000002',
          naam: 'Doel',
          bezoekadres: { straat: 'Haven', huisnummer: '1', postcode: '4811 AA', plaats: 'Breda' },
        })
        const res = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {
          naarLocatie: doel.id,
          woonplaats: w.wp.breda,
        })
        expect(res.status, body(res)).toBe(201)
        const kopie = await cms.rest.request(
          'GET',
          `/zorgaanbod/${res.body.zorgaanbod}?draft=true&depth=0`,
          { token: aanbieder },
        )
        expect(kopie.body.status).toBe('nieuw')
        expect(String(kopie.body.locatie)).toBe(String(doel.id))
        expect(String(kopie.body.woonplaats)).toBe(String(w.wp.breda))
        expect(kopie.body.zachteInformatie.map(String)).toEqual([String(w.zi.huisdieren)])
        expect(kopie.body.vv.zorgprofielen).toEqual(VV_AANBOD.zorgprofielen)
        const nogmaals = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {
          naarLocatie: doel.id,
          woonplaats: w.wp.tilburg,
        })
        expect(nogmaals.status).toBe(400)
        expect(body(nogmaals)).toContain(WOONPLAATS_MESSAGES.eenWoonplaats)
      })
      it('a copy whose woonplaats is not the place of the address needs the explanation, which the copy keeps', async () => {
        const bron = await maak({ agbCode: '44000004', naam: 'Bron met uitleg' })
        await aanbod(bron.id, w.wp.tilburg)
        const doel = await maak({
          agbCode: '44000005',
          naam: 'Doel met uitleg',
          bezoekadres: { straat: 'Haven', huisnummer: '2', postcode: '4811 AA', plaats: 'Breda' },
        })
        const zonder = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {
          naarLocatie: doel.id,
          woonplaats: w.wp.tilburg,
        })
        expect(zonder.status).toBe(400)
        expect(body(zonder)).toContain('Toelichting bij de woonplaats')
        const uitleg = 'De bewoners komen uit Tilburg; het gebouw staat net over de grens.'
        const met = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {
          naarLocatie: doel.id,
          woonplaats: w.wp.tilburg,
          woonplaatsToelichting: uitleg,
        })
        expect(met.status, body(met)).toBe(201)
        const kopie = await cms.rest.request(
          'GET',
          `/zorgaanbod/${met.body.zorgaanbod}?draft=true&depth=0`,
          { token: aanbieder },
        )
        expect(kopie.body.woonplaatsToelichting).toBe(uitleg)
        const teLang = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {
          naarLocatie: doel.id,
          woonplaats: w.wp.breda,
          woonplaatsToelichting: 'x'.repeat(1001),
        })
        expect(teLang.status).toBe(400)
        expect(body(teLang)).toContain('woonplaatsToelichting')
      })
      it('refuses copying to another organisation and explains bad input', async () => {
        const bron = await maak({ agbCode: '44000003' })
        await aanbod(bron.id, w.wp.tilburg)
        const ander = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {
          naarLocatie: w.locatie.b1,
          woonplaats: w.wp.breda,
        })
        expect(ander.status).toBe(400)
        expect(body(ander)).toContain(KOPIEER_MESSAGES.andereOrganisatie)
        const leeg = await post(`/locaties/${bron.id}/kopieer-zorgaanbod`, {})
        expect(leeg.status).toBe(400)
        expect(body(leeg)).toContain('velden')
      })
      it('home care: copies one woonplaats’s offer to several woonplaatsen, all or nothing', async () => {
        const thuis = await maak({
          agbCode: '45000001',
          soortZorg: w.soort.thuis,
          voorziening: 'Thuiszorgteam',
          naam: '',
        })
        const bron = await aanbod(thuis.id, w.wp.tilburg, { zachteInformatie: [w.zi.islamitisch] })
        const res = await post(`/zorgaanbod/${bron.id}/kopieer`, {
          woonplaatsen: [w.wp.breda, w.wp.enschede],
        })
        expect(res.status, body(res)).toBe(201)
        expect(res.body.zorgaanbod).toHaveLength(2)
        const before = await cms.payload.count({ collection: 'zorgaanbod', overrideAccess: true })
        const weer = await post(`/zorgaanbod/${bron.id}/kopieer`, { woonplaatsen: [w.wp.breda] })
        expect(weer.status).toBe(409)
        expect(body(weer)).toContain('Breda')
        expect(
          (await cms.payload.count({ collection: 'zorgaanbod', overrideAccess: true })).totalDocs,
        ).toBe(before.totalDocs)
        const geen = await post(`/zorgaanbod/${bron.id}/kopieer`, { woonplaatsen: [] })
        expect(geen.status).toBe(400)
      })
      it('refuses copying to woonplaatsen for residential care', async () => {
        const huis = await maak({ agbCode: '45000002' })
        const z = await aanbod(huis.id, w.wp.tilburg)
        const res = await post(`/zorgaanbod/${z.id}/kopieer`, { woonplaatsen: [w.wp.breda] })
        expect(res.status).toBe(400)
        expect(body(res)).toContain(KOPIEER_MESSAGES.alleenThuis)
      })
    })

    describe('§6 deleting', () => {
      it('a nieuw location is removed at once, with its care offer', async () => {
        const loc = await maak({ agbCode: '60000001' })
        const z = await aanbod(loc.id, w.wp.tilburg)
        const res = await cms.rest.request('DELETE', `/locaties/${loc.id}`, { token: aanbieder })
        expect(res.status, body(res)).toBe(200)
        expect(res.body.actie).toBe('verwijderen')
        expect(
          await cms.payload.findByID({
            collection: 'locaties',
            id: loc.id,
            overrideAccess: true,
            disableErrors: true,
            draft: true,
          }),
        ).toBeNull()
        expect(
          await cms.payload.findByID({
            collection: 'zorgaanbod',
            id: z.id,
            overrideAccess: true,
            disableErrors: true,
            draft: true,
          }),
        ).toBeNull()
      })
      it('deleting a proposal discards it; the Definitief version stays exactly as it was', async () => {
        const edit = await cms.rest.request('PATCH', `/locaties/${w.locatie.a1}`, {
          token: aanbieder,
          body: { naam: 'Hof Kandinsky' },
        })
        expect(edit.body.doc.status).toBe('voorgesteld')
        const res = await cms.rest.request('DELETE', `/locaties/${w.locatie.a1}`, {
          token: aanbieder,
        })
        expect(res.status, body(res)).toBe(200)
        expect(res.body.actie).toBe('voorstel-intrekken')
        const latest = await cms.rest.request('GET', `/locaties/${w.locatie.a1}?draft=true`, {
          token: aanbieder,
        })
        expect(latest.body.naam).toBe('Hof Mondriaan')
        expect(latest.body.status).toBe('definitief')
        const pub = await cms.rest.request('GET', `/locaties/${w.locatie.a1}`)
        expect(pub.body.naam).toBe('Hof Mondriaan')
      })
      it('a Definitief location is marked, stays public, can be undone, and goes only after approval', async () => {
        const res = await cms.rest.request('DELETE', `/locaties/${w.locatie.a1}`, {
          token: aanbieder,
        })
        expect(res.body.actie).toBe('verwijdering-voorstellen')
        const marked = await cms.rest.request('GET', `/locaties/${w.locatie.a1}?draft=true`, {
          token: aanbieder,
        })
        expect(marked.body.status).toBe('voorgesteld-verwijderd')
        expect((await cms.rest.request('GET', `/locaties/${w.locatie.a1}`)).status).toBe(200)
        const edit = await cms.rest.request('PATCH', `/locaties/${w.locatie.a1}`, {
          token: aanbieder,
          body: { naam: 'X' },
        })
        expect(edit.status).toBe(409)
        expect(body(edit)).toContain('Verwijdering ongedaan')
        const herstel = await post(`/locaties/${w.locatie.a1}/herstel`, {})
        expect(herstel.status, body(herstel)).toBe(200)
        const back = await cms.rest.request('GET', `/locaties/${w.locatie.a1}?draft=true`, {
          token: aanbieder,
        })
        expect(back.body.status).toBe('definitief')
        expect((await post(`/locaties/${w.locatie.a1}/herstel`, {})).status).toBe(409)

        await cms.rest.request('DELETE', `/locaties/${w.locatie.a1}`, { token: aanbieder })
        await versturenEnGoedkeuren()
        expect([403, 404]).toContain(
          (await cms.rest.request('GET', `/locaties/${w.locatie.a1}`)).status,
        )
        const projected = await projectLocaties(cms.payload, [String(w.locatie.a1)])
        expect(projected.get(String(w.locatie.a1))).toBeNull()
      })
      it('a provider can never delete an organisation', async () => {
        const res = await cms.rest.request('DELETE', `/organisaties/${w.org.a}`, {
          token: aanbieder,
        })
        expect(res.status).toBe(403)
        expect(
          await cms.payload.findByID({
            collection: 'organisaties',
            id: w.org.a,
            overrideAccess: true,
          }),
        ).toBeTruthy()
      })
    })

    describe('§5 locking while in behandeling', () => {
      it('refuses edits, deletes and copies in that organisation, not in another', async () => {
        const loc = await maak({ agbCode: '50000001' })
        await aanbod(loc.id, w.wp.tilburg)
        expect((await post(`/organisaties/${w.org.a}/versturen`, {})).status).toBe(200)
        for (const res of [
          await cms.rest.request('PATCH', `/locaties/${loc.id}`, {
            token: aanbieder,
            body: { naam: 'Y' },
          }),
          await cms.rest.request('DELETE', `/locaties/${loc.id}`, { token: aanbieder }),
          await post('/locaties', locatie({ agbCode: '50000002' })),
        ]) {
          expect(res.status, body(res)).toBe(409)
          expect(body(res)).toContain(MESSAGES.inBehandeling)
        }
        const other = await post(
          '/locaties',
          locatie({ organisatie: w.org.b, agbCode: '50000003' }),
        )
        expect(other.status, body(other)).toBe(201)
        expect((await post(`/organisaties/${w.org.a}/goedkeuren`, {}, cz)).status).toBe(200)
      })
    })

    describe('§2, §4.2 a location without a filled care offer is not public', () => {
      it('is not projected until a sector (or OCO service) is filled', async () => {
        const loc = await maak({ agbCode: '70000001' })
        const z = await post('/zorgaanbod', {
          locatie: loc.id,
          woonplaats: w.wp.tilburg,
          zachteInformatie: [w.zi.huisdieren],
        })
        expect(z.status).toBe(201)
        await versturenEnGoedkeuren()
        expect(
          (await projectLocaties(cms.payload, [String(loc.id)])).get(String(loc.id)),
        ).toBeNull()
        const fill = await cms.rest.request('PATCH', `/zorgaanbod/${z.body.doc.id}`, {
          token: aanbieder,
          body: { vv: VV_AANBOD },
        })
        expect(fill.status, body(fill)).toBe(200)
        await versturenEnGoedkeuren()
        const doc = (await projectLocaties(cms.payload, [String(loc.id)])).get(String(loc.id))
        expect(doc?.zorgaanbod[0]?.sectoren.map((s) => s.code)).toEqual(['VV'])
        // §4.2: the whole offer per sector reaches the public document, with labels
        const vv = doc?.zorgaanbod[0]?.aanbod[0]
        expect(vv?.sector.code).toBe('VV')
        expect(vv?.zorgprofielen.map((p) => p.code)).toEqual(VV_AANBOD.zorgprofielen)
        expect(vv?.zorgprofielen.every((p) => p.naam !== p.code)).toBe(true)
        expect(vv?.leveringsvormen.map((l) => l.code)).toEqual(VV_AANBOD.leveringsvormen)
      })

      it('the care offer knows its organisation type (the form fits it), which no one can set', async () => {
        const loc = await maak({ agbCode: '70000002' })
        const z = await post('/zorgaanbod', {
          locatie: loc.id,
          woonplaats: w.wp.tilburg,
          vv: VV_AANBOD,
          organisatieType: 'oco',
        })
        expect(z.status, body(z)).toBe(201)
        expect(z.body.doc.organisatieType).toBe('zorgaanbieder')
        const lees = await cms.rest.request('GET', `/zorgaanbod/${z.body.doc.id}?draft=true`, {
          token: aanbieder,
        })
        expect(lees.body.organisatieType).toBe('zorgaanbieder')
        const wijzig = await cms.rest.request('PATCH', `/zorgaanbod/${z.body.doc.id}`, {
          token: aanbieder,
          body: { organisatieType: 'oco' },
        })
        expect(wijzig.status, body(wijzig)).toBe(200)
        expect(wijzig.body.doc.organisatieType).toBe('zorgaanbieder')
        // internal reads without a user (the indexer's sync, jobs) skip the organisation lookup
        const intern = await cms.payload.findByID({
          collection: 'zorgaanbod',
          id: z.body.doc.id,
          draft: true,
          depth: 0,
        })
        expect(intern.organisatieType).toBeNull()
      })
    })

    describe('§1.3 start screen and the location overview', () => {
      it('lists every organisation of this login across zorgkantoren, with pending requests first', async () => {
        const res = await cms.rest.request('GET', '/organisaties/mijn-overzicht', {
          token: aanbieder,
        })
        expect(res.status, body(res)).toBe(200)
        const namen = res.body.organisaties.map((o: { naam: string }) => o.naam).sort()
        expect(namen).toEqual(['Stichting Twentse Zorg', 'Stichting Zorgstroom'])
        const zorgkantoren = res.body.organisaties
          .flatMap((o: { zorgkantoren: string[] }) => o.zorgkantoren)
          .sort()
        expect(zorgkantoren).toEqual(['CZ zorgkantoor', 'Menzis zorgkantoor'])
        const a = res.body.organisaties.find(
          (o: { naam: string }) => o.naam === 'Stichting Zorgstroom',
        )
        expect(a.aantalLocaties).toBeGreaterThan(0)
        expect(typeof a.volledigheid.gemiddeld).toBe('number')
        expect(a.volledigheid.locaties[0]).toHaveProperty('ontbreekt')
        expect(body(res)).not.toContain('Stichting Andere Zorg')
      })
      it('tells a login without organisations whom to contact', async () => {
        await cms.payload.create({
          collection: 'users',
          data: {
            email: 'nieuw@test.nl',
            password: PASSWORD,
            naam: 'Nog Niemand',
            rol: 'zorgaanbieder',
          },
          overrideAccess: true,
        })
        const token = await cms.rest.login('nieuw@test.nl', PASSWORD)
        const res = await cms.rest.request('GET', '/organisaties/mijn-overzicht', { token })
        expect(res.status).toBe(200)
        expect(res.body.organisaties).toEqual([])
        expect(res.body.zorgkantoren.map((z: { naam: string }) => z.naam)).toContain(
          'CZ zorgkantoor',
        )
        // without a login: 401 (every custom endpoint's rule answers so)
        expect((await cms.rest.request('GET', '/organisaties/mijn-overzicht')).status).toBe(401)
      })
      it('explains why a location is not public and what is missing', async () => {
        const loc = await maak({ agbCode: '80000001', naam: 'Nog leeg' })
        const res = await cms.rest.request('GET', `/locaties/${loc.id}/overzicht`, {
          token: aanbieder,
        })
        expect(res.status, body(res)).toBe(200)
        expect(res.body.publiek).toBe(false)
        expect(body(res)).toContain('nog niet goedgekeurd')
        expect(body(res)).toContain('vul bij minstens één woonplaats het zorgaanbod in')
        expect(res.body.volledigheid.ontbreekt).toContain('Foto')
        expect(res.body.kopieerDoelen.map((d: { id: Id }) => String(d.id))).not.toContain(
          String(loc.id),
        )
        const vreemd = await cms.rest.request('GET', `/locaties/${loc.id}/overzicht`, {
          token: await cms.rest.login('aanbieder2@test.nl', PASSWORD),
        })
        expect(vreemd.status).toBe(404)
      })
    })
  })
}
