/**
 * What the pages need from the lib layer, in one call each. Errors of the engine become a
 * friendly page (503), never a stack trace.
 */
import type { PublicDocument } from '../../../search-indexer/contract'
import type { SearchReader } from '../../../search-indexer/engine/port'
import { documentIdVoor } from '../urls'
import { getSearchReader } from './reader'
import {
  getKeuzelijsten,
  parseSearchParams,
  runSearch,
  type Keuzelijsten,
  type VeldFouten,
  type ZoekParams,
  type ZoekUitkomst,
} from './search'

interface Basis {
  status: number
  /** what the form shows again */
  params: Partial<ZoekParams>
  keuzelijsten: Keuzelijsten
  velden: VeldFouten
}

export type ZoekPagina = Basis &
  (
    | { soort: 'resultaten'; uitkomst: ZoekUitkomst; starting: boolean }
    | { soort: 'fout'; fout: string; suggesties: string[] }
    | { soort: 'onbeschikbaar' }
  )

const GEEN_LIJSTEN: Keuzelijsten = { soortZorg: [], plaatsen: [] }

/** Raw values for the form when validation failed: show what the user typed. */
const echo = (search: URLSearchParams): Partial<ZoekParams> => {
  const straal = Number(search.get('straal'))
  return {
    q: search.get('q')?.slice(0, 100) ?? '',
    woonplaats: search.get('woonplaats')?.slice(0, 100) ?? '',
    ...(Number.isInteger(straal) && straal > 0 && straal <= 100 && { straal }),
    soortZorg: search.getAll('soortZorg').filter((c) => /^[A-Za-z0-9_-]{1,64}$/.test(c)),
    zachteInformatie: [],
  }
}

const logError = (what: string, error: unknown): void => {
  console.error(`[site] ${what}:`, error instanceof Error ? error.message : error)
}

export const zoekPagina = async (
  search: URLSearchParams,
  reader: SearchReader = getSearchReader(),
): Promise<ZoekPagina> => {
  const parsed = parseSearchParams(search)
  let keuzelijsten = GEEN_LIJSTEN
  try {
    keuzelijsten = await getKeuzelijsten(reader)
    if (!parsed.ok) {
      return {
        soort: 'fout',
        status: 400,
        params: echo(search),
        keuzelijsten,
        velden: parsed.velden,
        fout: parsed.fout,
        suggesties: [],
      }
    }
    const result = await runSearch(parsed.params, reader)
    if (!result.ok) {
      return {
        soort: 'fout',
        status: 200,
        params: parsed.params,
        keuzelijsten,
        velden: result.velden,
        fout: result.fout,
        suggesties: result.suggesties ?? [],
      }
    }
    const starting = result.antwoord.totaal === 0 && (await reader.health()).status !== 'ok'
    return {
      soort: 'resultaten',
      status: 200,
      params: parsed.params,
      keuzelijsten,
      velden: {},
      uitkomst: result,
      starting,
    }
  } catch (error) {
    logError('search failed', error)
    return {
      soort: 'onbeschikbaar',
      status: 503,
      params: parsed.ok ? parsed.params : echo(search),
      keuzelijsten,
      velden: {},
    }
  }
}

export type DetailPagina =
  | { soort: 'gevonden'; document: PublicDocument }
  | { soort: 'niet-gevonden' }
  | { soort: 'onbeschikbaar' }

/** CMS ids are short tokens; anything else cannot be a location. */
const LOCATIE_ID = /^[A-Za-z0-9_-]{1,64}$/

export const detailPagina = async (
  locatieId: string | undefined,
  reader: SearchReader = getSearchReader(),
): Promise<DetailPagina> => {
  if (!locatieId || !LOCATIE_ID.test(locatieId)) return { soort: 'niet-gevonden' }
  try {
    const document = await reader.getDocument(documentIdVoor(locatieId))
    return document ? { soort: 'gevonden', document } : { soort: 'niet-gevonden' }
  } catch (error) {
    logError('document lookup failed', error)
    return { soort: 'onbeschikbaar' }
  }
}
