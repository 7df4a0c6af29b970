import { describe, expect, it } from 'vitest'
import { PublicDocumentSchema } from '../../search-indexer/contract'
import {
  doelgroepenVanAanbod,
  mapPoint,
  sectorAanbodVan,
  toPublicDocument,
  type ProjectionInput,
} from '../../search-indexer/projection'

const tilburg = {
  id: '10',
  naam: 'Tilburg',
  gemeente: 'Tilburg',
  provincie: 'Noord-Brabant',
  lat: 51.5555,
  lng: 5.0913,
}
const wijlre = {
  id: '11',
  naam: 'Wijlre',
  gemeente: 'Gulpen-Wittem',
  provincie: 'Limburg',
  lat: 50.8375,
  lng: 5.8903,
}

const input = (over: Partial<ProjectionInput> = {}): ProjectionInput => ({
  locatie: {
    id: '7',
    volledigeNaam: 'Zorgstroom – Verpleeghuis Hof Mondriaan',
    naam: 'Hof Mondriaan',
    voorziening: 'Verpleeghuis',
    kleinschalig: false,
    bezoekadres: { straat: 'Heuvelring', huisnummer: '12', postcode: '5038CL', plaats: 'Tilburg' },
    coordinaten: { lat: 51.56, lng: 5.08 },
    telefoon: '013 123 45 67',
    email: null,
    website: 'https://example.org',
    updatedAt: '2026-11-22T10:00:00.000Z',
  },
  organisatie: {
    id: '3',
    naam: 'Stichting Zorgstroom',
    verkorteNaam: 'Zorgstroom',
    type: 'zorgaanbieder',
  },
  soortZorg: {
    code: 'ouderenzorg-instelling',
    naam: 'Ouderenzorg in een instelling',
    icoon: 'verpleeghuis',
  },
  zorgkantoren: ['CZ zorgkantoor'],
  zorgaanbod: [
    {
      woonplaats: tilburg,
      zachteInformatie: [
        {
          code: 'huisdieren-welkom',
          naam: 'Huisdieren welkom',
          icoon: 'huisdier',
          groep: 'leefstijl',
        },
      ],
      dienstverlening: [],
    },
  ],
  ...over,
})

describe('toPublicDocument', () => {
  it('projects a Definitief location into a valid public document with a stable id', () => {
    const doc = toPublicDocument(input())!
    expect(PublicDocumentSchema.safeParse(doc).success).toBe(true)
    expect(doc.id).toBe('locatie-7')
    expect(doc.naam).toBe('Zorgstroom – Verpleeghuis Hof Mondriaan')
    expect(doc.adres).toEqual({
      straat: 'Heuvelring',
      huisnummer: '12',
      postcode: '5038 CL',
      plaats: 'Tilburg',
    })
    expect(doc.geo).toEqual({ lat: 51.56, lng: 5.08 })
    expect(doc.zachteInformatie.map((z) => z.code)).toEqual(['huisdieren-welkom'])
    expect(doc.woonplaatsen.map((w) => w.naam)).toEqual(['Tilburg'])
  })
  it('names the zorgkantoren that contract the organisation this year', () => {
    expect(toPublicDocument(input())?.contractering).toBeNull()
    expect(
      toPublicDocument(input({ contractering: { jaar: 2026, zorgkantoren: [] } }))?.contractering,
    ).toBeNull()
    expect(
      toPublicDocument(
        input({
          contractering: { jaar: 2026, zorgkantoren: ['Menzis', 'CZ zorgkantoor', 'Menzis'] },
        }),
      )?.contractering,
    ).toEqual({ jaar: 2026, zorgkantoren: ['CZ zorgkantoor', 'Menzis'] })
  })

  it('shows the day-care icon when a sector offers day care (§3.2.3)', () => {
    expect(toPublicDocument(input())!.dagbesteding).toBe(false)
    const metDagbesteding = input({
      zorgaanbod: [{ ...input().zorgaanbod[0]!, dagbesteding: true }],
    })
    expect(toPublicDocument(metDagbesteding)!.dagbesteding).toBe(true)
  })
  it('ignores care offers that are not filled (§4.2)', () => {
    const leeg = input({ zorgaanbod: [{ ...input().zorgaanbod[0]!, gevuld: false }] })
    expect(toPublicDocument(leeg)).toBeNull()
  })
  it('is idempotent: the same input gives the same document', () => {
    expect(toPublicDocument(input())).toEqual(toPublicDocument(input()))
  })
  it('is not public without a care offer, organisation or kind of care (§2, §4.2)', () => {
    expect(toPublicDocument(input({ zorgaanbod: [] }))).toBeNull()
    expect(toPublicDocument(input({ organisatie: null }))).toBeNull()
    expect(toPublicDocument(input({ soortZorg: null }))).toBeNull()
  })
  it('never leaks the exact place of a kleinschalig wooninitiatief (§3.2.5)', () => {
    const klein = input({
      locatie: {
        ...input().locatie,
        kleinschalig: true,
        bezoekadres: {
          straat: 'Geheimstraat',
          huisnummer: '5',
          postcode: '6321 AB',
          plaats: 'Wijlre',
        },
        coordinaten: { lat: 50.8412, lng: 5.8871 },
      },
      zorgaanbod: [{ woonplaats: wijlre, zachteInformatie: [], dienstverlening: [] }],
    })
    const doc = toPublicDocument(klein)!
    expect(doc.adres).toEqual({
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      postcode: '6321',
      plaats: 'Wijlre',
    })
    expect(doc.geo).toEqual({ lat: wijlre.lat, lng: wijlre.lng })
    expect(JSON.stringify(doc)).not.toMatch(/Geheim|50\.8412|6321 AB/)
  })
  it('falls back to the woonplaats centre when no map point is given', () => {
    expect(mapPoint(input({ locatie: { ...input().locatie, coordinaten: null } }))).toEqual({
      lat: tilburg.lat,
      lng: tilburg.lng,
    })
  })
  it('merges soft information over woonplaatsen without duplicates, sorted', () => {
    const doc = toPublicDocument(
      input({
        zorgaanbod: [
          {
            woonplaats: tilburg,
            zachteInformatie: [
              { code: 'b', naam: 'Tuin' },
              { code: 'a', naam: 'Huisdieren welkom' },
            ],
            dienstverlening: [],
          },
          {
            woonplaats: wijlre,
            zachteInformatie: [{ code: 'a', naam: 'Huisdieren welkom' }],
            dienstverlening: [],
          },
        ],
      }),
    )!
    expect(doc.zachteInformatie.map((z) => z.code)).toEqual(['a', 'b'])
    expect(doc.woonplaatsen.map((w) => w.naam)).toEqual(['Tilburg', 'Wijlre'])
  })
})

describe('the trust signal: who checked it and when', () => {
  it('carries the last approval that published the location', () => {
    const doc = toPublicDocument(
      input({ gecontroleerd: { op: '2026-11-20T14:30:00.000Z', door: 'CZ zorgkantoor' } }),
    )!
    expect(doc.gecontroleerd).toEqual({ op: '2026-11-20T14:30:00.000Z', door: 'CZ zorgkantoor' })
  })
  it('is null when no approval is known, and the contract accepts older documents without it', () => {
    expect(toPublicDocument(input())!.gecontroleerd).toBeNull()
    const { gecontroleerd: _weg, ...ouder } = toPublicDocument(input())!
    expect(PublicDocumentSchema.parse(ouder).gecontroleerd).toBeNull()
  })
})

describe('doelgroepen (target groups) in the public document', () => {
  it('carries the union of codes with their Dutch labels, per care offer the codes', () => {
    const base = input()
    const doc = toPublicDocument({
      ...base,
      zorgaanbod: [
        { ...base.zorgaanbod[0]!, doelgroepen: ['vv-dementie', 'vv-somatiek'] },
        {
          woonplaats: wijlre,
          zachteInformatie: [],
          dienstverlening: [],
          doelgroepen: ['vv-dementie', 'vv-korsakov', 'onbekende-code'],
        },
      ],
    })!
    expect(doc.doelgroepen).toEqual([
      {
        code: 'vv-somatiek',
        naam: 'Ouderen met lichamelijke aandoeningen (somatiek)',
        sector: 'VV',
      },
      { code: 'vv-dementie', naam: 'Ouderen met dementie (psychogeriatrie)', sector: 'VV' },
      { code: 'vv-korsakov', naam: 'Mensen met het syndroom van Korsakov', sector: 'VV' },
    ])
    expect(doc.zorgaanbod.find((z) => z.woonplaats.naam === 'Tilburg')?.doelgroepen).toEqual([
      'vv-somatiek',
      'vv-dementie',
    ])
  })

  it('reads them from every sector tab and its day-care block', () => {
    expect(
      doelgroepenVanAanbod({
        vv: { doelgroepen: ['vv-dementie'], dagbesteding: { doelgroepen: ['vv-korsakov'] } },
        vg: { doelgroepen: ['vg-autisme', 'vg-lvb'] },
        ggz: null,
      }).sort(),
    ).toEqual(['vg-autisme', 'vg-lvb', 'vv-dementie', 'vv-korsakov'])
    expect(doelgroepenVanAanbod({})).toEqual([])
  })

  it('is empty when no doelgroep is known', () => {
    expect(toPublicDocument(input())!.doelgroepen).toEqual([])
  })
})

describe('labels carried by the public document', () => {
  it('names the sectors of a care offer with the one wording of the reference lists', () => {
    const base = input()
    const doc = toPublicDocument(
      input({ zorgaanbod: [{ ...base.zorgaanbod[0]!, sectoren: ['VV', 'GGZ'] }] }),
    )
    expect(doc?.zorgaanbod[0]?.sectoren).toEqual([
      { code: 'VV', naam: 'Ouderenzorg (verpleging en verzorging)' },
      { code: 'GGZ', naam: 'Geestelijke gezondheidszorg (GGZ)' },
    ])
  })

  it('composes the public name from the published organisation, unless typed by the provider', () => {
    const base = input()
    const nieuw = toPublicDocument(
      input({ organisatie: { ...base.organisatie!, verkorteNaam: 'Stroom' } }),
    )
    expect(nieuw?.naam).toBe('Stroom – Verpleeghuis Hof Mondriaan')
    const eigen = toPublicDocument(
      input({
        locatie: { ...base.locatie, gebruikVolledigeNaam: false, volledigeNaam: 'Huize Mondriaan' },
      }),
    )
    expect(eigen?.naam).toBe('Huize Mondriaan')
  })
})

describe('the whole care offer per sector (§4.2)', () => {
  const inhoud = {
    vv: {
      doelgroepen: ['vv-somatiek', 'vv-dementie', 'onbekend'],
      zorgprofielen: ['VV-6', 'VV-5'],
      leveringsvormen: ['verblijf'],
      dagbesteding: {
        dagbesteding: true,
        dagbehandeling: false,
        doelgroepen: ['vv-dementie'],
        toelichting: '  Elke werkdag, ook voor mensen die thuis wonen. ',
      },
    },
    vg: { doelgroepen: [], zorgprofielen: [], leveringsvormen: [], dagbesteding: null },
  }

  it('labels doelgroepen, zorgprofielen, leveringsvormen and day care; empty tabs are left out', () => {
    const aanbod = sectorAanbodVan(inhoud)
    expect(aanbod).toHaveLength(1)
    const vv = aanbod[0]!
    expect(vv.sector).toEqual({ code: 'VV', naam: 'Ouderenzorg (verpleging en verzorging)' })
    // reference-list order, unknown codes dropped, every code named
    expect(vv.zorgprofielen.map((p) => p.code)).toEqual(['VV-5', 'VV-6'])
    expect(vv.zorgprofielen.every((p) => p.naam.length > 3 && p.naam !== p.code)).toBe(true)
    expect(vv.doelgroepen.map((d) => d.code).sort()).toEqual(['vv-dementie', 'vv-somatiek'])
    expect(vv.leveringsvormen).toEqual([{ code: 'verblijf', naam: 'Verblijf in een instelling' }])
    expect(vv.dagbesteding).toEqual({
      dagbesteding: true,
      dagbehandeling: false,
      doelgroepen: [expect.objectContaining({ code: 'vv-dementie' })],
      toelichting: 'Elke werkdag, ook voor mensen die thuis wonen.',
    })
    expect(sectorAanbodVan(undefined)).toEqual([])
  })

  it('reaches the public document, which the contract accepts', () => {
    const base = input()
    const doc = toPublicDocument({
      ...base,
      zorgaanbod: base.zorgaanbod.map((z) => ({ ...z, sectoren: ['VV'], inhoud })),
    })
    expect(doc?.zorgaanbod[0]?.aanbod.map((a) => a.sector.code)).toEqual(['VV'])
    expect(PublicDocumentSchema.safeParse(doc).success).toBe(true)
  })
})

describe('waardering (ZorgkaartNederland, §3.2.8)', () => {
  const record = (zorgkaartId: string, adresSleutel: string, score: number | null = 8.4) => ({
    zorgkaartId,
    adresSleutel,
    naam: `Record ${zorgkaartId}`,
    score,
    aantalWaarderingen: 123,
    url: `https://www.zorgkaartnederland.nl/zorginstelling/${zorgkaartId}`,
  })
  it('links automatically to the one record at the visiting address', () => {
    const doc = toPublicDocument(input({ zorgkaart: [record('1', '5038CL-12')] }))!
    expect(doc.waardering).toEqual({
      score: 8.4,
      aantal: 123,
      url: 'https://www.zorgkaartnederland.nl/zorginstelling/1',
      naam: 'Record 1',
      gekoppeld: 'adres',
    })
  })
  it('does not link when two records share the address, or none is there', () => {
    const twee = [record('1', '5038CL-12'), record('2', '5038CL-12')]
    expect(toPublicDocument(input({ zorgkaart: twee }))!.waardering).toBeNull()
    expect(toPublicDocument(input())!.waardering).toBeNull()
  })
  it("the provider's id wins; nog niet geregistreerd stops the automatic link", () => {
    const basis = input().locatie
    const twee = [record('1', '5038CL-12'), record('2', '5038CL-12', null)]
    const handmatig = input({
      locatie: { ...basis, zorgkaartNederland: { zorgkaartId: '2' } },
      zorgkaart: twee,
    })
    expect(toPublicDocument(handmatig)!.waardering).toMatchObject({
      naam: 'Record 2',
      score: null,
      gekoppeld: 'handmatig',
    })
    const niet = input({
      locatie: { ...basis, zorgkaartNederland: { nietGeregistreerd: true } },
      zorgkaart: [record('1', '5038CL-12')],
    })
    expect(toPublicDocument(niet)!.waardering).toBeNull()
  })
  it('a kleinschalig wooninitiatief only by its id', () => {
    const basis = input().locatie
    const klein = {
      ...basis,
      kleinschalig: true,
      bezoekadres: { ...basis.bezoekadres, postcode: '5038', huisnummer: null },
    }
    const r = [record('1', '5038CL-12'), record('5', 'x')]
    expect(toPublicDocument(input({ locatie: klein, zorgkaart: r }))!.waardering).toBeNull()
    const metId = { ...klein, zorgkaartNederland: { zorgkaartId: '5' } }
    expect(toPublicDocument(input({ locatie: metId, zorgkaart: r }))!.waardering).toMatchObject({
      gekoppeld: 'handmatig',
    })
  })
  it('older documents without the field still parse', () => {
    const { waardering: _, ...oud } = toPublicDocument(input())!
    expect(PublicDocumentSchema.parse(oud).waardering).toBeNull()
  })
})
