/**
 * One behaviour contract for every PublicMediaStore adapter (search-indexer/media/port.ts). An
 * adapter's test calls `runMediaStoreContract('name', makeStore)`; `makeStore` gives a fresh,
 * empty store.
 */
import { describe, expect, it } from 'vitest'
import type { PublicMediaStore } from '../../search-indexer/media/port'

export interface StoreUnderTest {
  store: PublicMediaStore
  cleanup: () => Promise<void>
}

const key = (locatie: string, n: number, ext = 'jpg') =>
  `${locatie}/f-${n.toString(16).padStart(20, '0')}-480.${ext}`

export interface ContractOpties {
  /** list more than one page (1,000 keys); off where the server cannot page */
  paginering?: boolean
}

export const runMediaStoreContract = (
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  { paginering = true }: ContractOpties = {},
): void => {
  describe(`public media store contract: ${name}`, () => {
    const metStore = (fn: (store: PublicMediaStore) => Promise<void>) => async () => {
      const { store, cleanup } = await makeStore()
      try {
        await fn(store)
      } finally {
        await cleanup()
      }
    }

    it(
      'stores, reads back byte for byte with its type, and lists per location',
      metStore(async (store) => {
        const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])
        const avif = new Uint8Array(300).map((_, i) => i % 251)
        await store.put(key('12', 1), jpeg, 'image/jpeg')
        await store.put(key('12', 1, 'avif'), avif, 'image/avif')
        await store.put(key('345', 2, 'webp'), new Uint8Array([9, 9]), 'image/webp')
        const terug = await store.get(key('12', 1))
        expect(terug?.contentType).toBe('image/jpeg')
        expect(Buffer.from(terug!.body).equals(Buffer.from(jpeg))).toBe(true)
        const a = await store.get(key('12', 1, 'avif'))
        expect(a?.contentType).toBe('image/avif')
        expect(Buffer.from(a!.body).equals(Buffer.from(avif))).toBe(true)
        expect((await store.list('12')).sort()).toEqual([key('12', 1), key('12', 1, 'avif')].sort())
        expect(await store.list('345')).toEqual([key('345', 2, 'webp')])
        // a prefix of another id is not that location
        expect(await store.list('1')).toEqual([])
        expect((await store.locaties()).sort()).toEqual(['12', '345'])
      }),
    )

    it(
      'answers null for an absent or invalid key and refuses to write outside the grammar',
      metStore(async (store) => {
        expect(await store.get(key('12', 99))).toBeNull()
        expect(await store.get('../../etc/passwd')).toBeNull()
        expect(await store.get('12/f-0123456789abcdef0123-480.html')).toBeNull()
        await expect(store.put('../x.jpg', new Uint8Array([1]), 'image/jpeg')).rejects.toThrow()
        expect(await store.list('..')).toEqual([])
        expect(await store.locaties()).toEqual([])
      }),
    )

    it(
      'deletes idempotently; a location without files leaves the list of locations',
      metStore(async (store) => {
        await store.put(key('7', 1), new Uint8Array([1]), 'image/jpeg')
        await store.put(key('7', 2), new Uint8Array([2]), 'image/jpeg')
        await store.delete([key('7', 1), key('7', 3)]) // 3 never existed
        expect(await store.list('7')).toEqual([key('7', 2)])
        expect(await store.get(key('7', 1))).toBeNull()
        await store.delete([key('7', 2)])
        await store.delete([key('7', 2)])
        expect(await store.list('7')).toEqual([])
        expect(await store.locaties()).toEqual([])
        await expect(store.delete(['7/../../x.jpg'])).rejects.toThrow()
      }),
    )

    it.skipIf(!paginering)(
      'lists past one page (more than 1,000 keys under one location)',
      metStore(async (store) => {
        const keys = Array.from({ length: 1005 }, (_, i) => key('8', i))
        for (let i = 0; i < keys.length; i += 50) {
          await Promise.all(
            keys.slice(i, i + 50).map((k) => store.put(k, new Uint8Array([1]), 'image/jpeg')),
          )
        }
        expect((await store.list('8')).length).toBe(1005)
      }),
      120_000,
    )
  })
}
