/**
 * The kinds of search the benchmarks measure, each as the engine query and as the site's URL
 * (`/api/zoeken`) that leads to it, over the synthetic data (synthetic.ts). A kind draws a new
 * variant per call from a seeded random source, so runs are repeatable.
 */
import type { SearchQuery } from '../engine/port'
import { seededRandom, SYNTHETIC_GAZETTEER } from './synthetic'

export interface QueryKind {
  name: string
  /** a new variant: the engine query the site runs for `path`, and `path` */
  make: () => { engine: SearchQuery; path: string }
}

const { random, pick } = seededRandom(7)
const BROAD = ['stichting', 'zorggroep', 'huize', 'zorgcentrum', 'residentie']
const NAMES = ['zonnebloem', 'linde', 'beukenhof', 'rozengaarde', 'vijverhof', 'klaproos', 'anker']
const PREFIXES = ['d', 'de', 'h', 'ho', 'z', 'zo', 're', 'v']
const SOORTEN = [
  'ouderenzorg-instelling',
  'ouderenzorg-thuis',
  'gehandicaptenzorg-instelling',
  'ggz-instelling',
  'dagbesteding',
  'kortdurend-verblijf',
]
const ZACHT = ['tuin', 'huisdieren-welkom', 'restaurant', 'rolstoeltoegankelijk', 'fysiotherapie']
const PLACES = SYNTHETIC_GAZETTEER.filter((g) => !g.naam.includes("'"))
const base = { page: 1, perPage: 20 }
const enc = encodeURIComponent

const place = (naam: string) => {
  const g = PLACES.find((p) => p.naam === naam)!
  return {
    geo: { lat: g.lat, lng: g.lng, radiusKm: 25, servesWoonplaatsId: g.id },
  }
}

export const QUERY_KINDS: QueryKind[] = [
  {
    name: 'text, broad',
    make: () => {
      const w = pick(BROAD)
      return { engine: { ...base, text: w }, path: `/api/zoeken?q=${w}` }
    },
  },
  {
    name: 'care word (verpleeghuis)',
    make: () => ({
      engine: { ...base, soortZorg: ['ouderenzorg-instelling'] },
      path: '/api/zoeken?q=verpleeghuis',
    }),
  },
  {
    name: 'text + place',
    make: () => {
      const w = pick(NAMES)
      const p = pick(PLACES).naam
      return {
        engine: { ...base, text: w, ...place(p) },
        path: `/api/zoeken?q=${w}&woonplaats=${enc(p)}`,
      }
    },
  },
  {
    name: 'short prefix (1-2 letters)',
    make: () => {
      const w = pick(PREFIXES)
      return { engine: { ...base, text: w }, path: `/api/zoeken?q=${w}` }
    },
  },
  {
    name: 'place + radius',
    make: () => {
      const p = pick(PLACES).naam
      return { engine: { ...base, ...place(p) }, path: `/api/zoeken?woonplaats=${enc(p)}` }
    },
  },
  {
    name: 'filter only',
    make: () => {
      const s = pick(SOORTEN)
      return { engine: { ...base, soortZorg: [s] }, path: `/api/zoeken?soortZorg=${s}` }
    },
  },
  {
    name: 'facet-heavy',
    make: () => {
      const s1 = pick(SOORTEN)
      const s2 = pick(SOORTEN)
      const z = pick(ZACHT)
      const min = pick([6, 7, 8])
      const vrij = random() < 0.5
      return {
        engine: {
          ...base,
          soortZorg: [...new Set([s1, s2])],
          zachteInformatie: [z],
          sector: ['VV', 'VG'],
          dagbesteding: true,
          minWaardering: min,
          ...(vrij && { vrijeCapaciteit: true }),
          sort: 'rating',
        },
        path:
          `/api/zoeken?soortZorg=${s1}&soortZorg=${s2}&zachteInformatie=${z}&sector=VV&sector=VG` +
          `&dagbesteding=ja&minWaardering=${min}${vrij ? '&vrijeCapaciteit=ja' : ''}&sortering=waardering`,
      }
    },
  },
]

const WORDS = [...BROAD, ...NAMES, 'de', 'het', 'van', 'hof', 'zorg', 'amsterdam', 'den', 'bosch']
const TYPOS = ['stichtin', 'zonnebloen', 'beukenhog', 'lindr', 'residenti', 'zorggroup', 'ankr']
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'
const SORTS = ['relevance', 'distance', 'name', 'rating', undefined] as const

/**
 * More variants, not timed: what a comparison of two versions of the engine checks for equal
 * answers besides the timed kinds (several words, typos, stop words, every 1–2 letter prefix,
 * every order, text with filters and places, later pages).
 */
export const VERIFY_KINDS: QueryKind[] = [
  {
    name: 'words, prefixes and typos',
    make: () => {
      const n = 1 + Math.floor(random() * 3)
      const words = Array.from({ length: n }, () => {
        const r = random()
        if (r < 0.3) return pick(TYPOS)
        if (r < 0.6) {
          const w = pick(WORDS)
          return w.slice(0, 1 + Math.floor(random() * w.length))
        }
        return pick(WORDS)
      })
      const text = words.join(' ')
      return { engine: { ...base, text, sort: pick(SORTS) }, path: `/api/zoeken?q=${enc(text)}` }
    },
  },
  {
    name: 'every 1-2 letter prefix',
    make: () => {
      const text = pick([...LETTERS]) + (random() < 0.5 ? pick([...LETTERS]) : '')
      return {
        engine: { ...base, text, perPage: pick([1, 20, 100]) },
        path: `/api/zoeken?q=${text}`,
      }
    },
  },
  {
    name: 'text with filters, places and orders',
    make: () => {
      const p = pick(PLACES)
      const text = random() < 0.7 ? pick([...WORDS, ...PREFIXES, ...TYPOS]) : undefined
      const engine: SearchQuery = {
        ...base,
        ...(text && { text }),
        ...(random() < 0.5 ? place(p.naam) : random() < 0.5 ? { woonplaatsId: p.id } : {}),
        ...(random() < 0.5 && { soortZorg: [pick(SOORTEN)] }),
        ...(random() < 0.3 && { zachteInformatie: [pick(ZACHT)] }),
        ...(random() < 0.3 && { minWaardering: pick([6, 7, 8, 9]) }),
        ...(random() < 0.2 && { vrijeCapaciteit: true }),
        ...(random() < 0.2 && { dagbesteding: true }),
        ...(random() < 0.2 && { sector: ['VV'] }),
        sort: pick(SORTS),
        page: 1 + Math.floor(random() * 3),
        perPage: pick([5, 20, 50]),
      }
      return { engine, path: '' }
    },
  },
]
