import { beforeEach, describe, expect, it } from 'vitest'
import { PublicDocumentSchema, type PublicDocument } from '../../../search-indexer/contract'
import {
  afstandVanaf,
  bewaardItem,
  leesIds,
  lijstUrl,
  MAX_BEWAARD,
  onbekendTekst,
  vergelijkRijen,
  type Rij,
  type Vanaf,
} from '../../../site/lib/vergelijk'
import { lijstPagina } from '../../../site/lib/server/vergelijk'
import { resetSearchCaches } from '../../../site/lib/server/search'
import { SITE_GAZETTEER, siteDocuments, ZI } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const q = (s: string) => new URLSearchParams(s)

const docs = siteDocuments()
const byId = (id: string): PublicDocument => docs.find((d) => d.locatieId === id)!

/** Hof Mondriaan with a full care offer in two woonplaatsen, a rating and day care. */
const rijk = (): PublicDocument => {
  const basis = byId('101')
  const vv = { code: 'VV', naam: 'Ouderenzorg (verpleging en verzorging)' }
  return PublicDocumentSchema.parse({
    ...basis,
    dagbesteding: true,
    waardering: {
      score: 8.4,
      aantal: 123,
      url: 'https://www.zorgkaartnederland.nl/zorginstelling/hof-mondriaan',
      naam: 'Hof Mondriaan',
      gekoppeld: 'adres',
    },
    zorgaanbod: [0, 1].map((i) => ({
      ...basis.zorgaanbod[0]!,
      aanbod: [
        {
          sector: vv,
          zorgprofielen: [
            { code: 'VV-5', naam: 'Beschermd wonen met intensieve dementiezorg' },
            ...(i === 1
              ? [{ code: 'VV-7', naam: 'Beschermd wonen met zeer intensieve zorg' }]
              : []),
          ],
          leveringsvormen: [{ code: 'verblijf', naam: 'Verblijf in een instelling' }],
        },
      ],
    })),
  })
}

const rij = (rijen: Rij[], sleutel: string) => rijen.find((r) => r.sleutel === sleutel)!

const utrecht = SITE_GAZETTEER.find((g) => g.id === 'wp-utrecht')!
const zeist = SITE_GAZETTEER.find((g) => g.id === 'wp-zeist')!
const vanaf = (g: typeof utrecht): Vanaf => ({ ...g, label: g.naam })

describe('leesIds: reading the address of a comparison or a shortlist', () => {
  it('reads comma-separated ids and ids repeated by a form, in order, each once', () => {
    expect(leesIds(q('ids=101,102'), 'vergelijken')).toEqual({
      ok: true,
      ids: ['101', '102'],
      dubbel: [],
    })
    expect(leesIds(q('ids=101&ids=102,103&vanaf=Utrecht'), 'vergelijken')).toEqual({
      ok: true,
      ids: ['101', '102', '103'],
      dubbel: [],
      vanaf: 'Utrecht',
    })
    expect(leesIds(q('ids= 101 ,,102,'), 'vergelijken')).toMatchObject({ ids: ['101', '102'] })
  })

  it('shows duplicates once and does not count them towards the maximum', () => {
    expect(leesIds(q('ids=101,102,101,103,104,104'), 'vergelijken')).toEqual({
      ok: true,
      ids: ['101', '102', '103', '104'],
      dubbel: ['101', '104'],
    })
  })

  it('refuses 5 locations to compare with a Dutch message and 400', () => {
    expect(leesIds(q('ids=1,2,3,4,5'), 'vergelijken')).toEqual({
      ok: false,
      status: 400,
      fout: 'U kunt hoogstens 4 locaties tegelijk vergelijken. U koos er 5. Kies er 4 of minder.',
    })
    // a shortlist may hold more, up to its own maximum
    expect(leesIds(q('ids=1,2,3,4,5'), 'bewaard')).toMatchObject({ ok: true })
    const teVeel = Array.from({ length: MAX_BEWAARD + 1 }, (_, i) => String(i + 1)).join(',')
    expect(leesIds(q(`ids=${teVeel}`), 'bewaard')).toMatchObject({
      ok: false,
      status: 400,
      fout: `Een lijst kan hoogstens ${MAX_BEWAARD} locaties hebben. Deze lijst heeft er ${MAX_BEWAARD + 1}.`,
    })
  })

  it('refuses garbage with a Dutch message that quotes it as text, shortened', () => {
    const r = leesIds(q('ids=101,<script>alert(1)</script>'), 'vergelijken')
    expect(r).toEqual({
      ok: false,
      status: 400,
      fout: '"<script>alert(1)</script>" is geen nummer van een locatie. Gebruik de link van de Zorgatlas opnieuw, of kies de locaties opnieuw.',
    })
    const lang = leesIds(q(`ids=${'x'.repeat(65)}`), 'vergelijken')
    expect(lang).toMatchObject({ ok: false, fout: expect.stringMatching(/^"x{30}…" is geen/) })
    expect(leesIds(q('ids=1%202'), 'vergelijken')).toMatchObject({ ok: false, status: 400 })
    expect(leesIds(q(`ids=${'1,'.repeat(2000)}`), 'vergelijken')).toEqual({
      ok: false,
      status: 400,
      fout: `Het adres is te lang. Een lijst kan hoogstens ${MAX_BEWAARD} locaties hebben.`,
    })
  })

  it('no ids is an empty list, not an error; vanaf once and at most 100 characters', () => {
    expect(leesIds(q(''), 'vergelijken')).toEqual({ ok: true, ids: [], dubbel: [] })
    expect(leesIds(q('ids=&vanaf='), 'bewaard')).toEqual({ ok: true, ids: [], dubbel: [] })
    expect(leesIds(q('ids=1&vanaf=a&vanaf=b'), 'vergelijken')).toEqual({
      ok: false,
      status: 400,
      fout: '"vanaf" mag maar één keer in het adres staan.',
    })
    expect(leesIds(q(`ids=1&vanaf=${'a'.repeat(101)}`), 'vergelijken')).toEqual({
      ok: false,
      status: 400,
      fout: 'De woonplaats mag hoogstens 100 tekens lang zijn.',
    })
  })
})

describe('lijstUrl and onbekendTekst', () => {
  it('builds a short, shareable address', () => {
    expect(lijstUrl('/vergelijk', ['101', '102'], 'Den Bosch')).toBe(
      '/vergelijk?ids=101,102&vanaf=Den+Bosch',
    )
    expect(lijstUrl('/bewaard', ['7'])).toBe('/bewaard?ids=7')
    expect(lijstUrl('/bewaard', [])).toBe('/bewaard')
  })

  it('names unknown locations in a sentence', () => {
    expect(onbekendTekst([])).toBeNull()
    expect(onbekendTekst(['999'])).toBe('Locatie 999 staat niet (meer) in de Zorgatlas.')
    expect(onbekendTekst(['7', '8', '9'])).toBe(
      'De locaties 7, 8 en 9 staan niet (meer) in de Zorgatlas.',
    )
  })
})

describe('vergelijkRijen: the rows of the comparison', () => {
  it('has one cell per location in the order given, for every row', () => {
    const rijen = vergelijkRijen([rijk(), byId('102'), byId('103')])
    expect(rijen.map((r) => r.kop)).toEqual([
      'Soort zorg',
      'Organisatie',
      'Adres en afstand',
      'Waardering op ZorgkaartNederland',
      'Vrije plaatsen',
      'Zorgprofielen',
      'Zo krijgt u de zorg',
      'Bijzonderheden',
      'Telefoon',
      'Website',
    ])
    for (const r of rijen) expect(r.cellen).toHaveLength(3)
    expect(rij(rijen, 'organisatie').cellen.map((c) => c.regels)).toEqual([
      ['Zorgstroom'],
      ['Warande'],
      ['Buurtzorg'],
    ])
  })

  it('kind of care: the icon with its text, day care, and the voorziening', () => {
    const [a, b] = rij(vergelijkRijen([rijk(), byId('103')]), 'soort-zorg').cellen
    expect(a!.iconen).toEqual([
      { icoon: 'ouderenzorg-instelling', naam: expect.any(String) },
      { icoon: 'dagbesteding', naam: 'Ook dagbesteding of dagbehandeling' },
    ])
    expect(a!.regels).toEqual(['Verpleeghuis'])
    expect(b!.iconen).toHaveLength(1)
    expect(b!.regels).toEqual([])
  })

  it('rating: the ZorgkaartNederland link and text, or "Geen waardering bekend"', () => {
    const [a, b] = rij(vergelijkRijen([rijk(), byId('102')]), 'waardering').cellen
    expect(a!.links).toEqual([
      {
        href: 'https://www.zorgkaartnederland.nl/zorginstelling/hof-mondriaan',
        tekst: 'Waardering 8,4 · 123 waarderingen op ZorgkaartNederland',
        extern: true,
      },
    ])
    expect(b).toMatchObject({ links: [], regels: [], leeg: 'Geen waardering bekend' })
  })

  it('free places with their report date, or "Geen vrije plaatsen gemeld"', () => {
    const [a, b] = rij(vergelijkRijen([byId('102'), byId('101')]), 'vrije-plaatsen').cellen
    expect(a!.regels).toEqual(['2 plaatsen vrij (gemeld op 27 november 2026): Wonen (verblijf)'])
    expect(b).toMatchObject({ regels: [], leeg: 'Geen vrije plaatsen gemeld' })
  })

  it('care profiles and delivery forms: over every woonplaats and sector, each once', () => {
    const rijen = vergelijkRijen([rijk(), byId('104')])
    expect(rij(rijen, 'zorgprofielen').cellen[0]!.regels).toEqual([
      'Beschermd wonen met intensieve dementiezorg (VV-5)',
      'Beschermd wonen met zeer intensieve zorg (VV-7)',
    ])
    expect(rij(rijen, 'leveringsvormen').cellen[0]!.regels).toEqual(['Verblijf in een instelling'])
    expect(rij(rijen, 'zorgprofielen').cellen[1]).toMatchObject({ regels: [], leeg: 'Niet bekend' })
  })

  it('zachte informatie as icons with their text labels', () => {
    const [a, b] = rij(vergelijkRijen([byId('101'), byId('104')]), 'bijzonderheden').cellen
    expect(a!.iconen).toEqual(
      [ZI.huisdier, ZI.tuin, ZI.dementie].map(({ icoon, naam }) => ({ icoon, naam })),
    )
    expect(b).toMatchObject({ iconen: [], leeg: 'Geen bijzonderheden genoemd' })
  })

  it('contact: a tel: link and a safe website link, or says it is not known', () => {
    const rijen = vergelijkRijen([byId('101'), byId('104')])
    expect(rij(rijen, 'telefoon').cellen[0]!.links).toEqual([
      { href: 'tel:0301234567', tekst: '030 123 45 67' },
    ])
    expect(rij(rijen, 'website').cellen[0]!.links).toEqual([
      {
        href: 'https://www.hofmondriaan.example/',
        tekst: 'www.hofmondriaan.example',
        extern: true,
      },
    ])
    expect(rij(rijen, 'telefoon').cellen[1]!.leeg).toBe('Geen telefoonnummer bekend')
    const eng = PublicDocumentSchema.parse({ ...byId('104'), website: 'javascript:alert(1)' })
    expect(rij(vergelijkRijen([eng]), 'website').cellen[0]).toMatchObject({
      links: [],
      leeg: 'Geen website bekend',
    })
  })

  it('the address of a kleinschalig wooninitiatief stays at place level', () => {
    const [a] = rij(vergelijkRijen([byId('106')]), 'plaats').cellen
    expect(a!.regels[0]).toBe('Kleinschalig wooninitiatief, 6321 Wijlre')
  })
})

describe('afstandVanaf', () => {
  it('says "Afstand onbekend" without a place', () => {
    expect(afstandVanaf(byId('101'), null)).toBe('Afstand onbekend')
    expect(rij(vergelijkRijen([byId('101')]), 'plaats').cellen[0]!.regels).toEqual([
      'Mondriaanlaan 12, 3521 AB Utrecht',
      'Afstand onbekend',
    ])
  })

  it('in the place, serving the place, or km from the place', () => {
    expect(afstandVanaf(byId('101'), vanaf(utrecht))).toBe('In Utrecht')
    // home care from Utrecht that also works in Zeist
    expect(afstandVanaf(byId('103'), vanaf(zeist))).toBe('Werkt ook in Zeist')
    // Hof Mondriaan (Utrecht) to the centre of Zeist: about 9 km
    expect(afstandVanaf(byId('101'), vanaf(zeist))).toMatch(/^(8|9)(,\d)? km van Zeist$/)
  })
})

describe('bewaardItem', () => {
  it('one line per saved location: name, kind, address, rating and free places', () => {
    expect(bewaardItem(byId('102'))).toEqual({
      id: '102',
      naam: 'Warande – Woonzorgcentrum De Linde',
      organisatie: 'Warande',
      soortZorg: { icoon: 'ouderenzorg-instelling', naam: expect.any(String) },
      adres: 'Lindelaan 3, 3701 CD Zeist',
      waardering: null,
      vrij: '2 plaatsen vrij (gemeld op 27 november 2026)',
    })
  })
})

describe('lijstPagina on the real embedded index', () => {
  let reader: ReturnType<typeof memoryReader>
  beforeEach(() => {
    resetSearchCaches()
    reader = memoryReader(siteDocuments(), SITE_GAZETTEER)
  })

  it('loads the documents in the order given and names unknown ids; the rest is still shown', async () => {
    const p = await lijstPagina(q('ids=102,999,101,101&vanaf=Zeist'), 'vergelijken', reader)
    expect(p).toMatchObject({
      soort: 'lijst',
      status: 200,
      onbekend: ['999'],
      ids: ['102', '999', '101'],
      vanaf: { id: 'wp-zeist', naam: 'Zeist' },
      vanafOnbekend: null,
    })
    if (p.soort !== 'lijst') throw new Error(p.soort)
    expect(p.documenten.map((d) => d.locatieId)).toEqual(['102', '101'])
  })

  it('404 when no id is known; 400 for 5 ids or garbage; empty without ids', async () => {
    expect(await lijstPagina(q('ids=998,999'), 'vergelijken', reader)).toMatchObject({
      soort: 'lijst',
      status: 404,
      onbekend: ['998', '999'],
    })
    expect(await lijstPagina(q('ids=101,102,103,104,105'), 'vergelijken', reader)).toMatchObject({
      soort: 'fout',
      status: 400,
    })
    expect(await lijstPagina(q('ids=..'), 'bewaard', reader)).toMatchObject({
      soort: 'fout',
      status: 400,
    })
    expect(await lijstPagina(q(''), 'bewaard', reader)).toEqual({ soort: 'leeg', status: 200 })
  })

  it('an unknown place: the distance is unknown and the place is named', async () => {
    const p = await lijstPagina(q('ids=101&vanaf=Nergenshuizen'), 'vergelijken', reader)
    expect(p).toMatchObject({ status: 200, vanaf: null, vanafOnbekend: 'Nergenshuizen' })
  })

  it('while the index starts: 503, never "not found"', async () => {
    reader.status = 'starting'
    expect(await lijstPagina(q('ids=999'), 'vergelijken', reader)).toEqual({
      soort: 'opstarten',
      status: 503,
    })
  })
})
