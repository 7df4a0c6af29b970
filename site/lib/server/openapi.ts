/**
 * The OpenAPI 3.1 description of the site's JSON API, generated from the same zod schemas that
 * read the query (ZoekParamsSchema) and type the answers (./api-schemas) with zod's own
 * `z.toJSONSchema`: change a schema and the description follows.
 */
import { z } from 'zod'
import {
  FoutSchema,
  LocatieAntwoordSchema,
  LocatieIdSchema,
  ZoekAntwoordSchema,
} from './api-schemas'
import { LIST_FIELDS, ZoekParamsSchema } from './search'

type JsonSchema = Record<string, unknown>

/** JSON Schema (2020-12, the dialect of OpenAPI 3.1) of one zod schema, without `$schema`. */
const schema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' })
  return rest
}

/** List parameters may repeat (`soortZorg=a&soortZorg=b`). */
const LIJSTEN = new Set<string>(LIST_FIELDS)

const fout = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Fout' } } },
})

export const openApiDocument = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Zorgatlas publieke API',
    version: '1',
    description:
      'Zoeken in de Zorgatlas en de openbare gegevens van één locatie lezen. Alleen lezen (GET), zonder account. Foutmeldingen zijn Nederlands: `{ "fout": "…" }`.',
  },
  servers: [{ url: serverUrl }],
  paths: {
    '/api/zoeken': {
      get: {
        operationId: 'zoeken',
        summary: 'Zoek locaties',
        description:
          'Dezelfde zoekopdracht als de zoekpagina. Een parameter die één waarde heeft, mag maar één keer in het adres staan.',
        parameters: Object.entries(ZoekParamsSchema.shape).map(([name, s]) => {
          const lijst = LIJSTEN.has(name)
          return {
            name,
            in: 'query',
            required: false,
            ...(lijst && { style: 'form', explode: true }),
            schema: schema(s as z.ZodType, 'input'),
          }
        }),
        responses: {
          '200': {
            description: 'De gevonden locaties, met de aantallen per filter.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ZoekAntwoord' } },
            },
          },
          '400': fout('De zoekvraag klopt niet, of de woonplaats is onbekend (met suggesties).'),
          '429': fout(
            'De kaartpunten van een hele zoekopdracht (punten=ja) zijn te vaak gevraagd (met Retry-After).',
          ),
          '503': fout('De zoekfunctie start nog (met Retry-After) of werkt even niet.'),
        },
      },
    },
    '/api/locaties/{id}': {
      get: {
        operationId: 'locatie',
        summary: 'Lees één locatie',
        description:
          'Het openbare document van één locatie: precies wat de pagina /locatie/{id} toont.',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: schema(LocatieIdSchema, 'input') },
        ],
        responses: {
          '200': {
            description: 'De locatie.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Locatie' } },
            },
          },
          '400': fout('Het nummer van de locatie klopt niet.'),
          '404': fout('Deze locatie bestaat niet (meer) in de Zorgatlas.'),
          '503': fout('De zoekfunctie start nog (met Retry-After) of werkt even niet.'),
        },
      },
    },
  },
  components: {
    schemas: {
      ZoekAntwoord: schema(ZoekAntwoordSchema, 'output'),
      Locatie: schema(LocatieAntwoordSchema, 'output'),
      Fout: schema(FoutSchema, 'output'),
    },
  },
})
