/**
 * The differences of a change request: for every organisation, location and care
 * offer in it, the newest version (the provider's draft) against the published (Definitief) one.
 * Read as the system: the caller has checked that the user may see the request. The result is also
 * what approval records in the audit log and keeps on the request as its history.
 */
import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import type { SentItem } from '../domain/workflow'
import {
  idVan,
  itemSoort,
  veldVerschillen,
  verwijzingen,
  type Doc,
  type ItemSoort,
  type Veldverschil,
} from '../domain/verschillen'
import { veldenVan } from '../audit/schrijf'
import { naamVanDoc, zoekNamen } from './namen'
import { findByIdOrNull } from './records'
import { voorzieningLabel } from '../domain/referentiecodes'
import { relId, type RelValue } from '../domain/roles'
import type { SoortZorg } from '../payload-types'

export interface ItemVerschil {
  collectie: SentItem['collection']
  id: string
  titel: string
  soort: ItemSoort
  velden: Veldverschil[]
  /** a care offer: the location it belongs to (the send overview groups per location) */
  locatie?: { id: string; titel: string }
}

export interface Verschillen {
  items: ItemVerschil[]
  /** fingerprint of exactly these differences: approval with it refuses if anything changed since */
  controle: string
}

const VOLGORDE: SentItem['collection'][] = ['organisaties', 'locaties', 'zorgaanbod']

/** The published (Definitief) version, or null when the record was never approved. */
async function gepubliceerd(req: PayloadRequest, item: SentItem): Promise<Doc | null> {
  const found = await req.payload.find({
    collection: item.collection,
    where: { and: [{ id: { equals: item.id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as Doc | undefined) ?? null
}

async function nieuwste(req: PayloadRequest, item: SentItem): Promise<Doc | null> {
  const found = await req.payload.find({
    collection: item.collection,
    where: { id: { equals: item.id } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as Doc | undefined) ?? null
}

export const controleVan = (items: ItemVerschil[]): string =>
  createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 16)

/**
 * A location as the editor reads it: its voorziening by label, not by the code it stores.
 * Soorten zorg are read once per request.
 */
async function metVoorzieningLabel(
  req: PayloadRequest,
  doc: Doc | null,
  soorten: Map<string, Promise<SoortZorg | null>>,
): Promise<Doc | null> {
  const soortId = relId(doc?.soortZorg as RelValue)
  if (!doc || typeof doc.voorziening !== 'string' || !soortId) return doc
  if (!soorten.has(soortId)) {
    soorten.set(
      soortId,
      findByIdOrNull(req, {
        collection: 'soorten-zorg',
        id: soortId,
        depth: 0,
        overrideAccess: true,
      }),
    )
  }
  const soort = await soorten.get(soortId)!
  return {
    ...doc,
    voorziening: voorzieningLabel(soort?.voorzieningen, doc.voorziening) ?? doc.voorziening,
  }
}

export async function verschillenVanItems(
  req: PayloadRequest,
  items: readonly SentItem[],
): Promise<Verschillen> {
  const geladen = []
  const soorten = new Map<string, Promise<SoortZorg | null>>()
  for (const item of items) {
    let [voor, na] = await Promise.all([gepubliceerd(req, item), nieuwste(req, item)])
    if (item.collection === 'locaties') {
      voor = await metVoorzieningLabel(req, voor, soorten)
      na = await metVoorzieningLabel(req, na, soorten)
    }
    geladen.push({ item, voor, na, soort: itemSoort(item.vorigeStatus) })
  }
  // One lookup per related collection for the whole request.
  const gevraagd = new Map<string, Set<string>>()
  for (const { item, voor, na } of geladen) {
    const velden = veldenVan(req.payload.collections[item.collection].config)
    for (const [slug, ids] of verwijzingen(velden, [voor, na])) {
      if (!gevraagd.has(slug)) gevraagd.set(slug, new Set())
      for (const id of ids) gevraagd.get(slug)!.add(id)
    }
  }
  // A care offer's location by name, also when the location itself is not in the request.
  for (const { item, voor, na } of geladen) {
    const locatieId = item.collection === 'zorgaanbod' ? idVan((na ?? voor)?.locatie) : null
    if (!locatieId) continue
    if (!gevraagd.has('locaties')) gevraagd.set('locaties', new Set())
    gevraagd.get('locaties')!.add(locatieId)
  }
  const opzoeken = await zoekNamen(req, gevraagd)

  const result: ItemVerschil[] = geladen.map(({ item, voor, na, soort }) => {
    const velden = veldenVan(req.payload.collections[item.collection].config)
    const doc = na ?? voor
    const titel = doc ? naamVanDoc(req, item.collection, doc) : `nr. ${item.id} (bestaat niet meer)`
    let verschillen: Veldverschil[] = []
    if (na && soort !== 'verwijderd') {
      verschillen = veldVerschillen(velden, soort === 'nieuw' ? null : voor, na, opzoeken)
    }
    const locatieId = item.collection === 'zorgaanbod' ? idVan(doc?.locatie) : null
    return {
      collectie: item.collection,
      id: String(item.id),
      titel,
      soort,
      velden: verschillen,
      ...(locatieId
        ? {
            locatie: {
              id: locatieId,
              titel: opzoeken('locaties', locatieId)?.naam ?? `nr. ${locatieId}`,
            },
          }
        : {}),
    }
  })
  result.sort(
    (a, b) =>
      VOLGORDE.indexOf(a.collectie) - VOLGORDE.indexOf(b.collectie) ||
      a.titel.localeCompare(b.titel, 'nl'),
  )
  return { items: result, controle: controleVan(result) }
}
