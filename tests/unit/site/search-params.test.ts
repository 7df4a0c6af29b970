import { describe, expect, it } from 'vitest'
import { parseSearchParams, toSearchString } from '../../../site/lib/server/search'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('parseSearchParams', () => {
  it('gives defaults for an empty query', () => {
    expect(parse('')).toEqual({
      ok: true,
      params: { soortZorg: [], zachteInformatie: [], doelgroep: [], pagina: 1, perPagina: 20 },
    })
  })

  it('reads every field', () => {
    const result = parse(
      'q=Hof&woonplaats=Utrecht&straal=10&soortZorg=ouderenzorg-instelling&zachteInformatie=huisdieren-welkom&doelgroep=vv-dementie&sortering=naam&pagina=3&perPagina=50',
    )
    expect(result).toEqual({
      ok: true,
      params: {
        q: 'Hof',
        woonplaats: 'Utrecht',
        straal: 10,
        soortZorg: ['ouderenzorg-instelling'],
        zachteInformatie: ['huisdieren-welkom'],
        doelgroep: ['vv-dementie'],
        sortering: 'naam',
        pagina: 3,
        perPagina: 50,
      },
    })
  })

  it('treats empty form fields as absent and trims text', () => {
    const result = parse('q=++&woonplaats=+Zeist+&straal=&soortZorg=&pagina=')
    expect(result).toEqual({
      ok: true,
      params: {
        woonplaats: 'Zeist',
        soortZorg: [],
        zachteInformatie: [],
        doelgroep: [],
        pagina: 1,
        perPagina: 20,
      },
    })
  })

  it('accepts repeated list parameters and drops duplicates', () => {
    const result = parse(
      'soortZorg=a&soortZorg=b&soortZorg=a&zachteInformatie=x&zachteInformatie=y',
    )
    expect(result.ok && result.params.soortZorg).toEqual(['a', 'b'])
    expect(result.ok && result.params.zachteInformatie).toEqual(['x', 'y'])
  })

  it.each(['0', '-1', '1.5', 'abc', '1001'])('rejects pagina=%s with a Dutch message', (pagina) => {
    const result = parse(`pagina=${pagina}`)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.velden.pagina).toMatch(/paginanummer moet een heel getal/)
      expect(result.fout).toBe(result.velden.pagina)
    }
  })

  it.each(['-1', '101', 'tien', '5km'])('rejects straal=%s', (straal) => {
    const result = parse(`woonplaats=Utrecht&straal=${straal}`)
    expect(result).toMatchObject({
      ok: false,
      velden: { straal: 'Kies een afstand van 0 tot en met 100 kilometer.' },
    })
  })

  it('accepts straal=0 (only this woonplaats)', () => {
    expect(parse('woonplaats=Utrecht&straal=0')).toMatchObject({ ok: true, params: { straal: 0 } })
  })

  it('rejects an unknown order, naming the field', () => {
    expect(parse('sortering=prijs')).toMatchObject({
      ok: false,
      velden: { sortering: 'Sorteer op afstand, relevantie of naam.' },
    })
  })

  it('rejects perPagina above 50', () => {
    expect(parse('perPagina=51')).toMatchObject({
      ok: false,
      velden: { perPagina: expect.stringMatching(/tussen 1 en 50/) },
    })
  })

  it('rejects codes with strange characters', () => {
    expect(parse('soortZorg=%3Cscript%3E')).toMatchObject({
      ok: false,
      velden: { soortZorg: 'Onbekende code voor soort zorg.' },
    })
  })

  it('rejects a very long text', () => {
    expect(parse(`q=${'a'.repeat(101)}`)).toMatchObject({
      ok: false,
      velden: { q: expect.stringMatching(/hoogstens 100 tekens/) },
    })
  })

  it('summarises several errors in one Dutch sentence', () => {
    const result = parse('pagina=0&straal=999')
    expect(result).toMatchObject({
      ok: false,
      fout: 'De zoekvraag klopt niet. Controleer de velden.',
    })
    if (!result.ok) expect(Object.keys(result.velden).sort()).toEqual(['pagina', 'straal'])
  })
})

describe('toSearchString', () => {
  it('round-trips through parseSearchParams and leaves out defaults', () => {
    const params = {
      q: 'Hof',
      woonplaats: 'Hengelo (Gelderland)',
      straal: 10,
      soortZorg: ['a', 'b'],
      zachteInformatie: ['x'],
      doelgroep: ['d'],
      sortering: 'naam' as const,
      pagina: 2,
      perPagina: 20,
    }
    const s = toSearchString(params)
    expect(s).not.toContain('perPagina')
    const back = parseSearchParams(new URLSearchParams(s.slice(1)))
    expect(back).toEqual({ ok: true, params })
  })

  it('drops straal without a woonplaats, the default straal and pagina 1', () => {
    expect(toSearchString({ straal: 10, pagina: 1 })).toBe('')
    expect(toSearchString({ woonplaats: 'Tilburg', straal: 25 })).toBe('?woonplaats=Tilburg')
    expect(toSearchString({ woonplaats: 'Tilburg', straal: 0 })).toBe(
      '?woonplaats=Tilburg&straal=0',
    )
  })
})

describe('vrijeCapaciteit', () => {
  it('reads "ja" as the free-places filter and writes it back', () => {
    const result = parse('vrijeCapaciteit=ja')
    expect(result).toMatchObject({ ok: true, params: { vrijeCapaciteit: true } })
    if (result.ok) expect(toSearchString(result.params)).toBe('?vrijeCapaciteit=ja')
    // an unticked box sends nothing; an empty value is the same as no filter
    expect(parse('vrijeCapaciteit=')).toEqual(parse(''))
  })

  it('refuses any other value with a Dutch message for the field', () => {
    expect(parse('vrijeCapaciteit=nee')).toEqual({
      ok: false,
      fout: 'Kies "ja" om alleen locaties met vrije plaatsen te zien.',
      velden: { vrijeCapaciteit: 'Kies "ja" om alleen locaties met vrije plaatsen te zien.' },
    })
  })
})

describe('parameters given twice or too large', () => {
  const ENGELS = /\b(too|big|small|expected|invalid|input|the)\b/i

  it('a single-valued parameter given twice is refused, naming it', () => {
    for (const field of ['q', 'woonplaats', 'straal', 'sortering', 'pagina', 'perPagina']) {
      const result = parse(`${field}=1&${field}=2`)
      expect(result.ok, field).toBe(false)
      if (result.ok) continue
      expect(result.velden[field as 'q'], field).toBe(
        `"${field}" mag maar één keer in het adres staan.`,
      )
    }
    // list fields may repeat
    expect(parse('soortZorg=a&soortZorg=b').ok).toBe(true)
  })

  it('numbers of any length get the Dutch message of their field', () => {
    for (const [query, field] of [
      [`perPagina=${'9'.repeat(20)}`, 'perPagina'],
      [`pagina=${'9'.repeat(400)}`, 'pagina'],
      [`straal=${'9'.repeat(30)}`, 'straal'],
    ] as const) {
      const result = parse(query)
      expect(result.ok, query).toBe(false)
      if (result.ok) continue
      expect(result.velden[field], query).toBeTruthy()
      expect(result.velden[field], query).not.toMatch(ENGELS)
    }
  })
})
