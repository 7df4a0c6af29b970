/**
 * What /vergelijk and /bewaard need, in one call each: the ids of the address, their public
 * documents (the same reader as the detail page), the unknown ones named, and the place to
 * measure distances from. While the index is loading: 503 and reload; engine errors: 503.
 */
import type { PublicDocument } from '../../../search-indexer/contract'
import type { SearchReader } from '../../../search-indexer/engine/port'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { documentIdVoor } from '../urls'
import { leesIds, type Vanaf } from '../vergelijk'
import { getSearchReader } from './reader'
import { getPlaatsen, zorgDatGereed, ZoekmachineStart } from './zoekmachine'

export type LijstPagina =
  | { soort: 'fout'; status: 400; fout: string }
  /** no ids in the address */
  | { soort: 'leeg'; status: 200 }
  | {
      soort: 'lijst'
      /** 404 when none of the ids is known */
      status: 200 | 404
      documenten: PublicDocument[]
      /** well-formed ids the index does not know, in the order given */
      onbekend: string[]
      /** the ids as given (each once), for the links of the page */
      ids: string[]
      vanaf: Vanaf | null
      /** the place as typed, when it is unknown */
      vanafOnbekend: string | null
    }
  | { soort: 'opstarten'; status: 503 }
  | { soort: 'onbeschikbaar'; status: 503 }

/**
 * Reads the address and loads the documents. `soort` decides the maximum: 4 to compare, 40 on
 * a shortlist.
 */
export const lijstPagina = async (
  search: URLSearchParams,
  soort: 'vergelijken' | 'bewaard',
  reader: SearchReader = getSearchReader(),
): Promise<LijstPagina> => {
  const gelezen = leesIds(search, soort)
  if (!gelezen.ok) return { soort: 'fout', status: 400, fout: gelezen.fout }
  if (gelezen.ids.length === 0) return { soort: 'leeg', status: 200 }
  try {
    const gevonden = await Promise.all(
      gelezen.ids.map((id) => reader.getDocument(documentIdVoor(id))),
    )
    const documenten = gevonden.filter((d): d is PublicDocument => d !== null)
    const onbekend = gelezen.ids.filter((_, i) => gevonden[i] === null)
    // "not found" only from an index that is ready
    if (onbekend.length > 0 || gelezen.vanaf) await zorgDatGereed(reader)
    let vanaf: Vanaf | null = null
    let vanafOnbekend: string | null = null
    if (gelezen.vanaf) {
      const plaatsen = await getPlaatsen(reader)
      const keuze = plaatsen.zoek(gelezen.vanaf)
      if (keuze.soort === 'gevonden') {
        const p = keuze.plaats
        vanaf = { id: p.id, naam: p.naam, label: plaatsen.label(p), lat: p.lat, lng: p.lng }
      } else vanafOnbekend = gelezen.vanaf
    }
    return {
      soort: 'lijst',
      status: documenten.length > 0 ? 200 : 404,
      documenten,
      onbekend,
      ids: gelezen.ids,
      vanaf,
      vanafOnbekend,
    }
  } catch (error) {
    if (error instanceof ZoekmachineStart) return { soort: 'opstarten', status: 503 }
    getLogger('site').error({ fout: errorKind(error) }, 'list lookup failed')
    return { soort: 'onbeschikbaar', status: 503 }
  }
}
