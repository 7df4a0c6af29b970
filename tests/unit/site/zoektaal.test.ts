import { describe, expect, it } from 'vitest'
import { Plaatsen } from '../../../site/lib/server/zoektaal/plaatsen'
import { bewerkingsafstand, sleutel, woorden } from '../../../site/lib/server/zoektaal/woorden'
import { leesZoekvraag, ZORGWOORDEN } from '../../../site/lib/server/zoektaal/zoekvraag'
import { gazetteerEntry } from '../../fixtures/public-documents'

const plaatsen = new Plaatsen([
  gazetteerEntry('tilburg', 'Tilburg', 51.55, 5.09, 'Tilburg', 'Noord-Brabant', {
    postcodes: ['5038', '5041'],
  }),
  gazetteerEntry('bosch', "'s-Hertogenbosch", 51.69, 5.3, "'s-Hertogenbosch", 'Noord-Brabant', {
    alternatieveNamen: ['Den Bosch', 'Hertogenbosch'],
  }),
  gazetteerEntry('breda', 'Breda', 51.58, 4.77, 'Breda', 'Noord-Brabant'),
  gazetteerEntry('haag', 'Den Haag', 52.07, 4.3, 'Den Haag', 'Zuid-Holland', {
    alternatieveNamen: ["'s-Gravenhage"],
  }),
  gazetteerEntry('bergen-nh', 'Bergen', 52.66, 4.7, 'Bergen', 'Noord-Holland'),
  gazetteerEntry('bergen-l', 'Bergen', 51.6, 6.04, 'Bergen', 'Limburg'),
  gazetteerEntry('bergen-oz', 'Bergen op Zoom', 51.49, 4.29, 'Bergen op Zoom', 'Noord-Brabant'),
  gazetteerEntry('ee', 'Ee', 53.35, 6.0, 'Noardeast-Fryslân', 'Friesland'),
])

describe('woorden', () => {
  it('lower case, no accents, apostrophes and dashes split', () => {
    expect(woorden("'s-Hertogenbosch, Café")).toEqual(['s', 'hertogenbosch', 'cafe'])
    expect(sleutel('  Den   BOSCH ')).toBe('den bosch')
  })

  it('counts a swap of two letters as one edit', () => {
    expect(bewerkingsafstand('tilbrug', 'tilburg')).toBe(1)
    expect(bewerkingsafstand('tilburg', 'tilburg')).toBe(0)
    expect(bewerkingsafstand('breda', 'brda')).toBe(1)
    expect(bewerkingsafstand('amsterdam', 'rotterdam', 2)).toBe(3) // stops early
  })
})

describe('Plaatsen.zoek', () => {
  it('finds official names, alternative names and postcodes', () => {
    expect(plaatsen.zoek('tilburg')).toMatchObject({ soort: 'gevonden', via: 'naam' })
    expect(plaatsen.zoek('Den Bosch')).toMatchObject({
      soort: 'gevonden',
      via: 'alternatieve naam',
      plaats: { id: 'bosch' },
    })
    expect(plaatsen.zoek("'s-Gravenhage")).toMatchObject({ plaats: { id: 'haag' } })
    expect(plaatsen.zoek('s Hertogenbosch')).toMatchObject({ plaats: { id: 'bosch' } })
    expect(plaatsen.zoek('5038 CL')).toMatchObject({
      soort: 'gevonden',
      via: 'postcode',
      postcode: '5038',
      plaats: { id: 'tilburg' },
    })
    expect(plaatsen.zoek('9999')).toEqual({ soort: 'onbekend', suggesties: [], postcode: '9999' })
  })

  it('handles namesakes and "Naam (Provincie)"', () => {
    const bergen = plaatsen.zoek('Bergen')
    expect(bergen).toMatchObject({ plaats: { id: 'bergen-nh' }, anderen: [{ id: 'bergen-l' }] })
    expect(plaatsen.zoek('Bergen (Limburg)')).toMatchObject({ plaats: { id: 'bergen-l' } })
    expect(plaatsen.label(plaatsen.alle.find((p) => p.id === 'bergen-l')!)).toBe('Bergen (Limburg)')
  })

  it('suggests close names for a typo: "Tilbrug" → Tilburg', () => {
    const keuze = plaatsen.zoek('Tilbrug')
    expect(keuze).toMatchObject({ soort: 'onbekend' })
    if (keuze.soort === 'onbekend') expect(keuze.suggesties.map((p) => p.id)).toEqual(['tilburg'])
    expect(plaatsen.lijktOp('den bos').map((p) => p.id)).toEqual(['bosch'])
    expect(plaatsen.lijktOp('xy')).toEqual([])
  })
})

describe('Plaatsen.suggesties (while typing)', () => {
  it('exact, then prefix, then word prefix; alternative names show the official one', () => {
    expect(plaatsen.suggesties('berg').map((s) => s.label)).toEqual([
      'Bergen (Noord-Holland)',
      'Bergen (Limburg)',
      'Bergen op Zoom',
    ])
    expect(plaatsen.suggesties('den b')).toEqual([
      { waarde: 'Den Bosch', label: "Den Bosch ('s-Hertogenbosch)" },
    ])
    expect(plaatsen.suggesties('bosch').map((s) => s.waarde)).toContain('Den Bosch')
    expect(plaatsen.suggesties('503')).toEqual([{ waarde: '5038', label: '5038 (Tilburg)' }])
    expect(plaatsen.suggesties('50').map((s) => s.waarde)).toEqual(['5038', '5041'])
    expect(plaatsen.suggesties('')).toEqual([])
  })
})

describe('leesZoekvraag', () => {
  it('"verpleeghuis tilburg": a kind of care and a place', () => {
    const v = leesZoekvraag('verpleeghuis tilburg', plaatsen)
    expect(v).toMatchObject({
      tekst: '',
      plaats: { plaats: { id: 'tilburg' }, via: 'naam' },
      soortZorg: ['ouderenzorg-instelling'],
      doelgroep: [],
    })
  })

  it('"dementie breda", "dagbesteding 5038", "Verpleegtehuis in Den Bosch"', () => {
    expect(leesZoekvraag('dementie breda', plaatsen)).toMatchObject({
      plaats: { plaats: { id: 'breda' } },
      doelgroep: ['vv-dementie', 'vv-jonge-mensen-dementie'],
    })
    expect(leesZoekvraag('dagbesteding 5038', plaatsen)).toMatchObject({
      plaats: { plaats: { id: 'tilburg' }, via: 'postcode', postcode: '5038' },
      soortZorg: ['dagbesteding'],
    })
    expect(leesZoekvraag('Verpleegtehuis in Den Bosch', plaatsen)).toMatchObject({
      tekst: '',
      plaats: { plaats: { id: 'bosch' }, via: 'alternatieve naam' },
      soortZorg: ['ouderenzorg-instelling'],
    })
  })

  it('takes the longest place name and phrases first', () => {
    expect(leesZoekvraag('bergen op zoom', plaatsen).plaats?.plaats.id).toBe('bergen-oz')
    expect(leesZoekvraag('beschermd wonen', plaatsen)).toMatchObject({
      soortZorg: ['ggz-instelling'],
      tekst: '',
    })
    expect(leesZoekvraag('jonge mensen met dementie', plaatsen).doelgroep).toEqual([
      'vv-jonge-mensen-dementie',
    ])
  })

  it('keeps the rest as text; one- and two-letter words are never a place', () => {
    const v = leesZoekvraag('Hof Mondriaan ee', plaatsen)
    expect(v).toMatchObject({ tekst: 'hof mondriaan ee', plaats: null })
  })

  it('without a gazetteer leaves place names as text', () => {
    expect(leesZoekvraag('verpleeghuis tilburg', null)).toMatchObject({
      tekst: 'tilburg',
      plaats: null,
      soortZorg: ['ouderenzorg-instelling'],
    })
  })

  it('synonyms are data: every code exists in the reference lists', async () => {
    const { soortenZorg } = await import('../../../cms/seed/reference')
    const { doelgroepen } = await import('../../../cms/domain/referentielijsten')
    const soort = new Set(soortenZorg.map((s) => s.code as string))
    const doel = new Set(doelgroepen.map((d) => d.code))
    for (const groep of ZORGWOORDEN.groepen) {
      for (const code of groep.soortZorg ?? []) expect(soort.has(code), code).toBe(true)
      for (const code of groep.doelgroep ?? []) expect(doel.has(code), code).toBe(true)
      for (const w of groep.woorden) expect(w).toBe(woorden(w).join(' '))
    }
  })
})
