/**
 * The JSON API's answers against the zod schemas that /api/openapi.json is generated from: real
 * answers of runSearch and of the location route (over the real embedded index in memory) must
 * parse, and parsing must drop nothing, so a field the code adds without the schema fails here.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { PublicDocumentSchema, type PublicDocument } from '../../../search-indexer/contract'
import { LocatieAntwoordSchema, ZoekAntwoordSchema } from '../../../site/lib/server/api-schemas'
import { leesLocatie, publiekDocument } from '../../../site/lib/server/locatie-api'
import { openApiDocument } from '../../../site/lib/server/openapi'
import {
  parseSearchParams,
  resetSearchCaches,
  runSearch,
  ZoekParamsSchema,
} from '../../../site/lib/server/search'
import { SITE_GAZETTEER, siteDocuments } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const WAARDERING = {
  score: 8.4,
  aantal: 52,
  url: 'https://www.zorgkaartnederland.nl/zorginstelling/x-1',
  naam: 'X',
  gekoppeld: 'adres' as const,
}

/** The fixture documents, one with a rating and one kleinschalig that (wrongly) has a street. */
const documenten = (): PublicDocument[] =>
  siteDocuments().map((d) => {
    if (d.locatieId === '101') return { ...d, waardering: WAARDERING }
    if (d.kleinschalig)
      return {
        ...d,
        adres: {
          straat: 'Geheimstraat',
          huisnummer: '12',
          postcode: '6321 AB',
          plaats: d.adres.plaats,
        },
      }
    return d
  })

let reader: ReturnType<typeof memoryReader>
beforeEach(() => {
  resetSearchCaches()
  reader = memoryReader(documenten(), SITE_GAZETTEER)
})

/** Parse and compare: equal only when the schema knows every field of the answer. */
const volledig = <T>(schema: z.ZodType<T>, waarde: unknown) =>
  expect(schema.parse(waarde)).toEqual(waarde)

const zoek = async (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query))
  if (!parsed.ok) throw new Error(parsed.fout)
  const result = await runSearch(parsed.params, reader)
  if (!result.ok) throw new Error(result.fout)
  return result.antwoord
}

describe('the answers of /api/zoeken match ZoekAntwoordSchema exactly', () => {
  it.each([
    ['everything', ''],
    ['a place, with every map point', 'woonplaats=Utrecht&straal=10&punten=ja'],
    ['care words and text', 'q=verpleeghuis+utrecht'],
    ['a postcode: where the search starts, with the postcode', 'woonplaats=5211'],
    ['nothing found: with ways out', 'woonplaats=Zeist&straal=0&soortZorg=ggz-instelling'],
  ])('%s', async (_naam, query) => {
    const antwoord = await zoek(query)
    volledig(ZoekAntwoordSchema, antwoord)
  })

  it('the starting point of a postcode search is described too', async () => {
    const antwoord = await zoek('woonplaats=5211')
    expect(antwoord.zoekvraag.vanaf).toMatchObject({ postcode: '5211' })
    volledig(ZoekAntwoordSchema, antwoord)
  })

  it('a result with a rating, free places and a distance keeps them all', async () => {
    const antwoord = await zoek('woonplaats=Utrecht&straal=10')
    expect(antwoord.resultaten.some((r) => r.waardering && r.afstandKm !== undefined)).toBe(true)
    volledig(ZoekAntwoordSchema, antwoord)
  })

  it('a field the schema does not know makes the check fail (the check can fail)', async () => {
    const antwoord = await zoek('')
    const metExtra = { ...antwoord, geheim: 1 }
    expect(ZoekAntwoordSchema.parse(metExtra)).not.toEqual(metExtra)
  })
})

describe('GET /api/locaties/:id (leesLocatie, the reader the page uses)', () => {
  it('200: the public document of the location, exactly the contract', async () => {
    const antwoord = await leesLocatie('101', reader)
    expect(antwoord.status).toBe(200)
    expect(antwoord.body).toEqual(documenten().find((d) => d.locatieId === '101'))
    volledig(LocatieAntwoordSchema, antwoord.body)
  })

  it('404 with a Dutch message for an unknown id', async () => {
    expect(await leesLocatie('999999', reader)).toEqual({
      status: 404,
      body: { fout: 'Deze locatie hebben we niet gevonden.' },
    })
  })

  it.each([['1.5'], ['1;drop'], ['a/b'], [''], ['x'.repeat(65)], [undefined]])(
    '400 for the malformed id %s',
    async (id) => {
      const antwoord = await leesLocatie(id, reader)
      expect(antwoord.status).toBe(400)
      expect(antwoord.body).toMatchObject({
        fout: expect.stringContaining('nummer van de locatie'),
      })
    },
  )

  it('never a field outside the public document, and a kleinschalig address as its page shows it', async () => {
    const doc = documenten().find((d) => d.locatieId === '101')!
    const metExtra = { ...doc, interneNotitie: 'niet publiek', adres: { ...doc.adres, gps: 'x' } }
    expect(publiekDocument(metExtra as PublicDocument)).toEqual(doc)

    const klein = documenten().find((d) => d.kleinschalig)!
    const antwoord = await leesLocatie(klein.locatieId, reader)
    expect(antwoord.status).toBe(200)
    expect(JSON.stringify(antwoord.body)).not.toMatch(/Geheimstraat|6321 AB|"12"/)
    expect((antwoord.body as PublicDocument).adres).toEqual({
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      postcode: '6321',
      plaats: klein.adres.plaats,
    })
    volledig(PublicDocumentSchema, antwoord.body)
  })
})

describe('/api/openapi.json', () => {
  const doc = openApiDocument('https://zorgatlas.example')

  it('is OpenAPI 3.1 with both routes, their answers and errors', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers).toEqual([{ url: 'https://zorgatlas.example' }])
    expect(Object.keys(doc.paths)).toEqual(['/api/zoeken', '/api/locaties/{id}'])
    expect(Object.keys(doc.paths['/api/zoeken'].get.responses)).toEqual([
      '200',
      '400',
      '429',
      '503',
    ])
    expect(Object.keys(doc.paths['/api/locaties/{id}'].get.responses)).toEqual([
      '200',
      '400',
      '404',
      '503',
    ])
    // every $ref points at a component
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)]
    expect(refs.length).toBeGreaterThan(0)
    for (const [, naam] of refs) expect(doc.components.schemas).toHaveProperty(naam!)
  })

  it('takes its query parameters from ZoekParamsSchema, as strings the way a URL carries them', () => {
    const params = doc.paths['/api/zoeken'].get.parameters
    expect(params.map((p) => p.name)).toEqual(Object.keys(ZoekParamsSchema.shape))
    expect(params.find((p) => p.name === 'straal')?.schema).toEqual({
      type: 'string',
      pattern: '^\\d{1,9}$',
    })
    expect(params.find((p) => p.name === 'soortZorg')).toMatchObject({
      explode: true,
      schema: { type: 'array' },
    })
  })

  it('describes the answers with the schemas the answers are checked against', () => {
    const zoekAntwoord = doc.components.schemas.ZoekAntwoord as {
      properties: Record<string, unknown>
      required: string[]
    }
    expect(Object.keys(zoekAntwoord.properties)).toEqual(Object.keys(ZoekAntwoordSchema.shape))
    expect(zoekAntwoord.required).toContain('resultaten')
    const locatie = doc.components.schemas.Locatie as { properties: Record<string, unknown> }
    expect(Object.keys(locatie.properties)).toEqual(Object.keys(PublicDocumentSchema.shape))
    expect(JSON.stringify(doc)).not.toContain('"$schema"')
  })
})
