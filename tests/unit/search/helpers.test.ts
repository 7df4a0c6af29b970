import { describe, expect, it } from 'vitest'
import { boundingBox, haversineKm, inBoundingBox } from '../../../search-indexer/engine/shared/geo'
import {
  normalizeName,
  normalizeText,
  rankByName,
  tokenize,
} from '../../../search-indexer/engine/shared/text'
import { engineConfigFromEnv } from '../../../search-indexer/engine/config'
import { topK } from '../../../search-indexer/engine/embedded/core'
import { withinOneEdit } from '../../../search-indexer/engine/embedded/text-index'

describe('text normalisation', () => {
  it('lower-cases and strips diacritics', () => {
    expect(normalizeText('Café Élise Ĳsselmonde Zoë')).toBe('cafe elise ijsselmonde zoe')
  })
  it('tokenises on anything but letters and digits, without duplicates', () => {
    expect(tokenize("'s-Hertogenbosch, Den Bosch (den)")).toEqual([
      's',
      'hertogenbosch',
      'den',
      'bosch',
    ])
    expect(tokenize('  ')).toEqual([])
    expect(normalizeName("'s-Hertogenbosch")).toBe('s hertogenbosch')
  })
  it('ranks names exact, prefix, word prefix', () => {
    const names = ['Den Haag', 'Hengelo', 'Hengevelde', 'Haaksbergen', 'Haag', 'Rijswijk']
    expect(rankByName('haag', names, (n) => n)).toEqual(['Haag', 'Den Haag'])
    expect(rankByName('heng', names, (n) => n)).toEqual(['Hengelo', 'Hengevelde'])
    expect(rankByName('', names, (n) => n)).toEqual([])
  })
})

describe('geo', () => {
  const utrecht = { lat: 52.0907, lng: 5.1214 }
  const amsterdam = { lat: 52.3676, lng: 4.9041 }
  it('haversine gives the great-circle distance', () => {
    expect(haversineKm(utrecht, amsterdam)).toBeGreaterThan(33)
    expect(haversineKm(utrecht, amsterdam)).toBeLessThan(35)
    expect(haversineKm(utrecht, utrecht)).toBe(0)
  })
  it('the bounding box contains the circle', () => {
    const box = boundingBox(utrecht, 10)
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180
      // a point ~9.9 km away in each direction
      const p = {
        lat: utrecht.lat + (9.9 / 111.2) * Math.cos(rad),
        lng:
          utrecht.lng + (9.9 / (111.2 * Math.cos((utrecht.lat * Math.PI) / 180))) * Math.sin(rad),
      }
      expect(haversineKm(utrecht, p)).toBeLessThan(10)
      expect(inBoundingBox(box, p.lat, p.lng)).toBe(true)
    }
    expect(inBoundingBox(box, amsterdam.lat, amsterdam.lng)).toBe(false)
  })
})

describe('topK', () => {
  it('returns the k smallest in order, like a full sort', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000)
    const cmp = (a: number, b: number) => values[a]! - values[b]!
    const items = Array.from({ length: 1000 }, (_, i) => i)
    const full = items.slice().sort(cmp)
    expect(topK(items, 10, cmp)).toEqual(full.slice(0, 10))
    expect(topK(items, 600, cmp)).toEqual(full.slice(0, 600))
    expect(topK([], 10, cmp)).toEqual([])
  })
})

describe('engineConfigFromEnv', () => {
  it('defaults to the embedded engine in DATA_DIR/search', () => {
    const config = engineConfigFromEnv({ DATA_DIR: '/srv/data' })
    expect(config).toEqual({ engine: 'embedded', dir: '/srv/data/search' })
  })
  it('reads Meilisearch settings', () => {
    expect(
      engineConfigFromEnv({
        SEARCH_ENGINE: 'meilisearch',
        MEILISEARCH_URL: 'http://127.0.0.1:7700',
        MEILISEARCH_API_KEY: 'k',
      }),
    ).toEqual({
      engine: 'meilisearch',
      url: 'http://127.0.0.1:7700',
      apiKey: 'k',
      indexPrefix: 'zorgatlas',
    })
  })
  it('reads how long the embedded engine waits for another writer', () => {
    expect(engineConfigFromEnv({ DATA_DIR: '/srv/data', SEARCH_WRITE_WAIT_MS: '2000' })).toEqual({
      engine: 'embedded',
      dir: '/srv/data/search',
      writeWaitMs: 2000,
    })
    expect(() => engineConfigFromEnv({ SEARCH_WRITE_WAIT_MS: 'lang' })).toThrow(
      /SEARCH_WRITE_WAIT_MS/,
    )
  })
  it('explains a missing MEILISEARCH_URL', () => {
    expect(() => engineConfigFromEnv({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILISEARCH_URL/)
    expect(() => engineConfigFromEnv({ SEARCH_ENGINE: 'elastic' })).toThrow(/SEARCH_ENGINE/)
  })
})

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion or substitution', () => {
    expect(withinOneEdit('zonnehus', 'zonnehuis')).toBe(true)
    expect(withinOneEdit('amsterdm', 'amsterdam')).toBe(true)
    expect(withinOneEdit('linde', 'linda')).toBe(true)
    expect(withinOneEdit('linde', 'linde')).toBe(true)
    expect(withinOneEdit('linde', 'lindaa')).toBe(false)
    expect(withinOneEdit('abcd', 'badc')).toBe(false)
  })
})
