import { describe, expect, it } from 'vitest'
import {
  adresSleutel,
  kiesKoppeling,
  koppelVraag,
  magVolledigVervangen,
  parseZorgkaartBestand,
  parseZorgkaartCsv,
  parseZorgkaartJson,
  splitCsvRegel,
} from '../../../cms/domain/zorgkaart'

const KOP = 'zorgkaartId;naam;straat;huisnummer;postcode;plaats;score;aantalWaarderingen;url'
const regel = (over: Partial<Record<string, string>> = {}) =>
  [
    over.id ?? '123456',
    over.naam ?? 'Hof Mondriaan',
    over.straat ?? 'Heuvelring',
    over.huisnummer ?? '12',
    over.postcode ?? '5038 cl',
    over.plaats ?? 'Tilburg',
    over.score ?? '8,4',
    over.aantal ?? '123',
    over.url ?? 'https://www.zorgkaartnederland.nl/zorginstelling/hof-mondriaan-123456',
  ].join(';')

describe('ZorgkaartNederland CSV (§3.2.8)', () => {
  it('reads records with ; and a decimal comma, normalising the postcode', () => {
    const r = parseZorgkaartCsv(`${KOP}\n${regel()}\n${regel({ id: '7', score: '' })}\n`)
    expect(r).toEqual({
      ok: true,
      records: [
        {
          zorgkaartId: '123456',
          naam: 'Hof Mondriaan',
          straat: 'Heuvelring',
          huisnummer: '12',
          postcode: '5038 CL',
          plaats: 'Tilburg',
          score: 8.4,
          aantalWaarderingen: 123,
          url: 'https://www.zorgkaartnederland.nl/zorginstelling/hof-mondriaan-123456',
        },
        expect.objectContaining({ zorgkaartId: '7', score: null }),
      ],
    })
  })
  it('reads , as separator, quoted fields and columns in any order', () => {
    const tekst =
      'URL,zorgkaartid,naam,straat,huisnummer,postcode,plaats,score,aantalWaarderingen\n' +
      'https://www.zorgkaartnederland.nl/x,9,"De Linde, Huis ""A""",Laan,3a,1234AB,Utrecht,"7,5",4\n'
    const r = parseZorgkaartCsv(tekst)
    expect(r.ok && r.records[0]).toMatchObject({
      zorgkaartId: '9',
      naam: 'De Linde, Huis "A"',
      score: 7.5,
      huisnummer: '3a',
    })
  })
  it('names the line and the field in Dutch, and returns no records at all', () => {
    const r = parseZorgkaartCsv(
      [
        KOP,
        regel({ id: '1' }),
        regel({ id: '2', postcode: '12345' }),
        regel({ id: '3', score: '11' }),
        regel({ id: '4', url: 'https://evil.example/' }),
        regel({ id: '1' }),
        regel({ id: 'x1', aantal: '-2' }),
        '5;te weinig',
      ].join('\n'),
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.fouten).toEqual([
      expect.stringMatching(/^Regel 8: de regel heeft 2 kolommen/),
      "Regel 3: de postcode '12345' klopt niet (moet zijn als 1234 AB).",
      "Regel 4: het cijfer '11' klopt niet (moet tussen 0 en 10 liggen).",
      expect.stringMatching(/^Regel 5: de link 'https:\/\/evil.example\/' klopt niet/),
      'Regel 6: het ZorgkaartNederland-ID 1 staat ook al in regel 2.',
      "Regel 7: het ZorgkaartNederland-ID 'x1' klopt niet (bestaat alleen uit cijfers).",
      "Regel 7: het aantal waarderingen '-2' klopt niet (moet een heel getal zijn).",
    ])
  })
  it('refuses a missing header column or an empty file', () => {
    expect(parseZorgkaartCsv('zorgkaartId;naam\n1;x')).toEqual({
      ok: false,
      fouten: [
        'Regel 1: de kolom straat, huisnummer, postcode, plaats, score, aantalWaarderingen, url ontbreekt in de kopregel.',
      ],
    })
    expect(parseZorgkaartCsv('').ok).toBe(false)
    expect(parseZorgkaartCsv(`${KOP}\n\n`)).toEqual({
      ok: false,
      fouten: ['Het bestand bevat geen records.'],
    })
  })
  it('splits quoted fields and notices an unclosed quote', () => {
    expect(splitCsvRegel('a;"b;c";"d""e"', ';')).toEqual(['a', 'b;c', 'd"e'])
    expect(splitCsvRegel('a;"b', ';')).toBeNull()
  })
})

describe('ZorgkaartNederland JSON', () => {
  const record = {
    zorgkaartId: '5',
    naam: 'De Es',
    straat: 'Esweg',
    huisnummer: '1',
    postcode: '9711AA',
    plaats: 'Groningen',
    score: 9.04,
    aantalWaarderingen: 10,
    url: 'https://www.zorgkaartnederland.nl/de-es',
  }
  it('reads an array of records, score rounded to one decimal', () => {
    const r = parseZorgkaartJson(
      JSON.stringify([record, { ...record, zorgkaartId: '6', score: null }]),
    )
    expect(r.ok && r.records.map((x) => [x.postcode, x.score])).toEqual([
      ['9711 AA', 9],
      ['9711 AA', null],
    ])
  })
  it('refuses bad JSON, a non-array and bad records, naming the record', () => {
    expect(parseZorgkaartJson('{').ok).toBe(false)
    expect(parseZorgkaartJson('{}')).toEqual({
      ok: false,
      fouten: ['Het bestand moet een lijst (JSON-array) van records zijn.'],
    })
    const r = parseZorgkaartJson(
      JSON.stringify([record, { ...record, zorgkaartId: '7', score: '8' }]),
    )
    expect(r).toEqual({
      ok: false,
      fouten: ["Record 2: het cijfer '8' klopt niet (moet een getal zijn)."],
    })
  })
  it('chooses the parser by extension', () => {
    expect(parseZorgkaartBestand('x.JSON', JSON.stringify([record])).ok).toBe(true)
    expect(parseZorgkaartBestand('x.csv', JSON.stringify([record])).ok).toBe(false)
  })
})

describe('linking a location (§3.2.8)', () => {
  it('normalises the address key', () => {
    expect(adresSleutel('5038 cl', '12')).toBe('5038CL-12')
    expect(adresSleutel('5038CL', '012', 'a')).toBe('5038CL-12-A')
    expect(adresSleutel('5038 CL', '12a')).toBe('5038CL-12-A')
    expect(adresSleutel('5038 CL', '12-2')).not.toBe(adresSleutel('5038 CL', '122'))
    expect(adresSleutel('5038', '12')).toBeNull()
    expect(adresSleutel('5038 CL', '')).toBeNull()
  })
  const adres = { postcode: '5038 CL', huisnummer: '12' }
  it('the provider id wins; nog niet geregistreerd and kleinschalig stop the automatic link', () => {
    expect(koppelVraag({ bezoekadres: adres, zorgkaartNederland: { zorgkaartId: '9' } })).toEqual({
      wijze: 'handmatig',
      zorgkaartId: '9',
    })
    expect(koppelVraag({ bezoekadres: adres })).toEqual({ wijze: 'adres', sleutel: '5038CL-12' })
    expect(
      koppelVraag({ bezoekadres: adres, zorgkaartNederland: { nietGeregistreerd: true } }),
    ).toBeNull()
    expect(koppelVraag({ kleinschalig: true, bezoekadres: { postcode: '5038' } })).toBeNull()
    expect(koppelVraag({ kleinschalig: true, zorgkaartNederland: { zorgkaartId: '4' } })).toEqual({
      wijze: 'handmatig',
      zorgkaartId: '4',
    })
  })
  it('links by address only to exactly one record', () => {
    const a = { zorgkaartId: '1', adresSleutel: '5038CL-12' }
    const b = { zorgkaartId: '2', adresSleutel: '5038CL-12' }
    const vraag = koppelVraag({ bezoekadres: adres })
    expect(kiesKoppeling(vraag, [a])).toEqual({ record: a, wijze: 'adres' })
    expect(kiesKoppeling(vraag, [a, b])).toBeNull()
    expect(kiesKoppeling(vraag, [])).toBeNull()
    expect(kiesKoppeling({ wijze: 'handmatig', zorgkaartId: '2' }, [a, b])).toEqual({
      record: b,
      wijze: 'handmatig',
    })
    expect(kiesKoppeling({ wijze: 'handmatig', zorgkaartId: '3' }, [a])).toBeNull()
    expect(kiesKoppeling(null, [a])).toBeNull()
  })
})

describe('replacing the register with a complete file', () => {
  it('removes what is missing, unless more than half of a register of 20 or more would go', () => {
    expect(magVolledigVervangen(10, 1, 9)).toBe(true) // a small register: the file decides
    expect(magVolledigVervangen(100, 60, 40)).toBe(true)
    expect(magVolledigVervangen(100, 50, 50)).toBe(true)
    expect(magVolledigVervangen(100, 49, 51)).toBe(
      'Het bestand heeft 49 records, het register 100: 51 records zouden verdwijnen. Dat lijkt op een onvolledig bestand; er is niets ingelezen.',
    )
    expect(magVolledigVervangen(20, 2, 18)).not.toBe(true)
  })
})
