/**
 * What the pages need from the lib layer, in one call each. While the index is loading a page
 * says so and reloads (503); errors of the engine become a friendly page (503), never a stack
 * trace and never a false answer.
 */
import type { PublicDocument } from '../../../search-indexer/contract'
import type { SearchReader } from '../../../search-indexer/engine/port'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { documentIdVoor } from '../urls'
import { LocatieIdSchema } from './api-schemas'
import { getSearchReader } from './reader'
import {
  getKeuzelijsten,
  isZoekvraag,
  parseSearchParams,
  runSearch,
  type Keuzelijsten,
  type VeldFouten,
  type ZoekParams,
  type ZoekUitkomst,
} from './search'
import { zorgDatGereed, ZoekmachineStart } from './zoekmachine'

interface Basis {
  status: number
  /** what the form shows again */
  params: Partial<ZoekParams>
  keuzelijsten: Keuzelijsten
  velden: VeldFouten
}

export type ZoekPagina = Basis &
  (
    | { soort: 'start' }
    | { soort: 'resultaten'; uitkomst: ZoekUitkomst }
    | { soort: 'fout'; fout: string }
    | { soort: 'onbekende-plaats'; fout: string; suggesties: string[] }
    | { soort: 'opstarten' }
    | { soort: 'onbeschikbaar' }
  )

const GEEN_LIJSTEN: Keuzelijsten = { soortZorg: [] }

/** Raw values for the form when validation failed: show what the user typed. */
const echo = (search: URLSearchParams): Partial<ZoekParams> => {
  const straal = Number(search.get('straal'))
  const codes = (name: string) => search.getAll(name).filter((c) => /^[A-Za-z0-9_-]{1,64}$/.test(c))
  return {
    q: search.get('q')?.slice(0, 100) ?? '',
    woonplaats: search.get('woonplaats')?.slice(0, 100) ?? '',
    ...(Number.isInteger(straal) && straal >= 0 && straal <= 100 && { straal }),
    soortZorg: codes('soortZorg'),
    zachteInformatie: [],
    doelgroep: [],
  }
}

/** The kind of failure only: the message may quote what the visitor searched for. */
const logError = (what: string, error: unknown): void => {
  getLogger('site').error({ fout: errorKind(error) }, what)
}

export const zoekPagina = async (
  search: URLSearchParams,
  reader: SearchReader = getSearchReader(),
): Promise<ZoekPagina> => {
  const parsed = parseSearchParams(search)
  let keuzelijsten = GEEN_LIJSTEN
  const params = parsed.ok ? parsed.params : echo(search)
  try {
    await zorgDatGereed(reader)
    keuzelijsten = await getKeuzelijsten(reader)
    if (!parsed.ok) {
      return {
        soort: 'fout',
        status: 400,
        params,
        keuzelijsten,
        velden: parsed.velden,
        fout: parsed.fout,
      }
    }
    // the home page: a form, no list of every location
    if (!isZoekvraag(parsed.params)) {
      return { soort: 'start', status: 200, params, keuzelijsten, velden: {} }
    }
    const result = await runSearch(parsed.params, reader)
    if (!result.ok) {
      return {
        soort: 'onbekende-plaats',
        status: 200,
        params: result.params,
        keuzelijsten,
        velden: result.velden,
        fout: result.fout,
        suggesties: result.suggesties,
      }
    }
    return {
      soort: 'resultaten',
      status: 200,
      params: result.params,
      keuzelijsten,
      velden: {},
      uitkomst: result,
    }
  } catch (error) {
    if (error instanceof ZoekmachineStart) {
      return { soort: 'opstarten', status: 503, params, keuzelijsten, velden: {} }
    }
    logError('search failed', error)
    return { soort: 'onbeschikbaar', status: 503, params, keuzelijsten, velden: {} }
  }
}

export type DetailPagina =
  | { soort: 'gevonden'; document: PublicDocument }
  | { soort: 'niet-gevonden' }
  | { soort: 'opstarten' }
  | { soort: 'onbeschikbaar' }

export const detailPagina = async (
  locatieId: string | undefined,
  reader: SearchReader = getSearchReader(),
): Promise<DetailPagina> => {
  // CMS ids are short tokens; anything else cannot be a location
  const id = LocatieIdSchema.safeParse(locatieId)
  if (!id.success) return { soort: 'niet-gevonden' }
  try {
    const document = await reader.getDocument(documentIdVoor(id.data))
    if (document) return { soort: 'gevonden', document }
    // "not found" only from an index that is ready
    await zorgDatGereed(reader)
    return { soort: 'niet-gevonden' }
  } catch (error) {
    if (error instanceof ZoekmachineStart) return { soort: 'opstarten' }
    logError('document lookup failed', error)
    return { soort: 'onbeschikbaar' }
  }
}
