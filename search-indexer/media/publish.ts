/**
 * Publishes the images of one public location to the public media store and says what the public
 * document shows (PublicFoto[]). Converges: what exists is kept (names are content hashes), what
 * is missing is made, and `opruimen` removes every file of the location that is no longer shown.
 */
import type { PublicFoto } from '../contract'
import { FORMATEN, mediaKey, mediaPad, type MediaFormaat } from './keys'
import type { PublicMediaStore } from './port'
import { maakFormaat, plan, type Plan } from './sizes'
import {
  haalStraatbeeld,
  straatbeeldBron,
  STRAATBEELD_MAAT,
  type StraatbeeldConfig,
} from './streetview'
import { uitsnede } from '../../cms/domain/foto'

/** A photo of a Definitief location, as the indexer reads it from the CMS. */
export interface FotoBron {
  alt: string
  focalX?: number | null
  focalY?: number | null
  /** the stored original (already without metadata, see cms/collections/Media) */
  laad: () => Promise<Uint8Array>
}

export interface MediaOpties {
  /** false: only use what is in the store already (a full rebuild queues the rest) */
  maken: boolean
  straatbeeld?: {
    config: StraatbeeldConfig
    punt: { lat: number; lng: number }
    alt: string
    fetch?: typeof fetch
  }
}

export interface MediaUitkomst {
  fotos: PublicFoto[]
  /** every key the location shows */
  keys: string[]
  /** false when something still has to be made (only with `maken: false`) */
  compleet: boolean
  /** files written now */
  gemaakt: number
}

const CONTENT_TYPE: Record<MediaFormaat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
}

function publicFoto(
  locatieId: string,
  soort: 'f' | 's',
  p: Pick<Plan, 'hash' | 'maten'>,
  alt: string,
): { foto: PublicFoto; keys: string[] } {
  const keys: string[] = []
  const srcset = (formaat: MediaFormaat) =>
    p.maten
      .map((m) => {
        const key = mediaKey(locatieId, soort, p.hash, m.breedte, formaat)
        keys.push(key)
        return `${mediaPad(key)} ${m.breedte}w`
      })
      .join(', ')
  const sets = { avif: srcset('avif'), webp: srcset('webp'), jpeg: srcset('jpeg') }
  const grootste = p.maten[p.maten.length - 1]!
  const fallback = p.maten.reduce((best, m) =>
    Math.abs(m.breedte - 960) < Math.abs(best.breedte - 960) ? m : best,
  )
  return {
    foto: {
      alt,
      herkomst: soort === 'f' ? 'foto' : 'straatbeeld',
      breedte: grootste.breedte,
      hoogte: grootste.hoogte,
      src: mediaPad(mediaKey(locatieId, soort, p.hash, fallback.breedte, 'jpeg')),
      srcset: sets,
    },
    keys,
  }
}

/**
 * Recently made files by what they were made from (content hash, width, format): the same image
 * shown by several locations (a copy, the demo data) is encoded once. At most MEMO_BYTES.
 */
const MEMO_BYTES = 48 * 1024 * 1024
const memo = new Map<string, Buffer>()
let memoBytes = 0
function onthoud(key: string, body: Buffer): void {
  if (body.length > MEMO_BYTES / 8 || memo.has(key)) return
  memo.set(key, body)
  memoBytes += body.length
  for (const [k, v] of memo) {
    if (memoBytes <= MEMO_BYTES) break
    memo.delete(k)
    memoBytes -= v.length
  }
}

/** Makes the missing files of one image. */
async function maakOntbrekende(
  store: PublicMediaStore,
  locatieId: string,
  soort: 'f' | 's',
  bron: Uint8Array,
  p: Plan,
  bestaand: Set<string>,
): Promise<number> {
  let gemaakt = 0
  for (const maat of p.maten) {
    for (const formaat of FORMATEN) {
      const key = mediaKey(locatieId, soort, p.hash, maat.breedte, formaat)
      if (bestaand.has(key)) continue
      // a street view's hash names its place, not its bytes: only photos are remembered
      const memoKey = soort === 'f' ? `${p.hash}-${maat.breedte}-${formaat}` : null
      const body =
        (memoKey ? memo.get(memoKey) : undefined) ??
        (await maakFormaat(bron, p.uitsnede, maat, formaat))
      if (memoKey) onthoud(memoKey, body)
      await store.put(key, body, CONTENT_TYPE[formaat])
      bestaand.add(key)
      gemaakt++
    }
  }
  return gemaakt
}

export async function publiceerMedia(
  store: PublicMediaStore,
  locatieId: string,
  bronnen: FotoBron[],
  opties: MediaOpties,
): Promise<MediaUitkomst> {
  const uitkomst: MediaUitkomst = { fotos: [], keys: [], compleet: true, gemaakt: 0 }
  const sv = opties.straatbeeld
  // nothing to show: nothing to look up either (most locations of a full rebuild)
  if (bronnen.length === 0 && !sv) return uitkomst
  const bestaand = new Set(await store.list(locatieId))
  for (const bron of bronnen) {
    const bytes = await bron.laad()
    const p = await plan(bytes, bron.focalX, bron.focalY)
    const { foto, keys } = publicFoto(locatieId, 'f', p, bron.alt)
    if (!keys.every((k) => bestaand.has(k))) {
      if (!opties.maken) {
        uitkomst.compleet = false
        continue
      }
      uitkomst.gemaakt += await maakOntbrekende(store, locatieId, 'f', bytes, p, bestaand)
    }
    uitkomst.fotos.push(foto)
    uitkomst.keys.push(...keys)
  }
  if (bronnen.length === 0 && sv) {
    // fixed sizes, so what exists is known without fetching the image again
    const cut = uitsnede(STRAATBEELD_MAAT.breedte, STRAATBEELD_MAAT.hoogte)
    const maten = [480, 960].map((breedte) => ({ breedte, hoogte: (breedte * 2) / 3 }))
    const p: Plan = { hash: straatbeeldBron(sv.config, sv.punt), uitsnede: cut, maten }
    const { foto, keys } = publicFoto(locatieId, 's', p, sv.alt)
    if (keys.every((k) => bestaand.has(k))) {
      uitkomst.fotos.push(foto)
      uitkomst.keys.push(...keys)
    } else if (!opties.maken) {
      uitkomst.compleet = false
    } else {
      const beeld = await haalStraatbeeld(sv.config, sv.punt, sv.fetch)
      if (beeld) {
        const echt = await plan(beeld)
        const gemaakt = await maakOntbrekende(
          store,
          locatieId,
          's',
          beeld,
          { ...p, uitsnede: echt.uitsnede },
          bestaand,
        )
        uitkomst.gemaakt += gemaakt
        uitkomst.fotos.push(foto)
        uitkomst.keys.push(...keys)
      }
    }
  }
  return uitkomst
}

/** Removes every file of the location that is not in `houden` (all of them for `[]`). */
export async function ruimMediaOp(
  store: PublicMediaStore,
  locatieId: string,
  houden: readonly string[] = [],
): Promise<number> {
  const keep = new Set(houden)
  const weg = (await store.list(locatieId)).filter((k) => !keep.has(k))
  if (weg.length) await store.delete(weg)
  return weg.length
}
