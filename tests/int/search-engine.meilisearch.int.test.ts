/**
 * The shared contract against a real Meilisearch; runs only when MEILISEARCH_URL is set.
 * Every engine gets its own index prefix, deleted afterwards.
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Meilisearch } from 'meilisearch'
import { createSearchReader, createSearchWriter } from '../../search-indexer/engine'
import { indexNames, locatieSettings } from '../../search-indexer/engine/meilisearch/mapping'
import { runSearchEngineContract } from '../contract/search-engine.contract'

const url = process.env.MEILISEARCH_URL
const apiKey = process.env.MEILISEARCH_API_KEY

describe.skipIf(!url)('Meilisearch (MEILISEARCH_URL)', () => {
  runSearchEngineContract('meilisearch', async () => {
    const indexPrefix = `zorgatlas-test-${randomBytes(4).toString('hex')}`
    const client = new Meilisearch({ host: url!, ...(apiKey && { apiKey }) })
    // the site's own key: only `search` on this prefix's indexes (with a master key; a server
    // without one needs no key at all)
    const searchKey = apiKey
      ? await client.createKey({
          name: indexPrefix,
          description: 'contract test: the site reads with a search-only key',
          actions: ['search'],
          indexes: [`${indexPrefix}-*`],
          expiresAt: null,
        })
      : null
    const config = {
      engine: 'meilisearch' as const,
      url: url!,
      ...(apiKey && { apiKey }),
      ...(searchKey && { searchKey: searchKey.key }),
      indexPrefix,
    }
    return {
      reader: createSearchReader(config),
      writer: createSearchWriter(config),
      // writes wait for their tasks, so the reader is current at once
      settle: async () => undefined,
      cleanup: async () => {
        const names = indexNames(indexPrefix)
        await client.deleteIndexIfExists(names.locaties)
        await client.deleteIndexIfExists(names.woonplaatsen)
        await client.deleteIndexIfExists(names.status)
        if (searchKey) await client.deleteKey(searchKey.uid)
      },
    }
  })
})

describe.skipIf(!url)('Meilisearch (MEILISEARCH_URL): settings at the worker start', () => {
  it('a restarted writer puts back settings that drifted, before any write', async () => {
    const indexPrefix = `zorgatlas-test-${randomBytes(4).toString('hex')}`
    const client = new Meilisearch({ host: url!, ...(apiKey && { apiKey }) })
    const names = indexNames(indexPrefix)
    const config = {
      engine: 'meilisearch' as const,
      url: url!,
      ...(apiKey && { apiKey }),
      indexPrefix,
    }
    try {
      await createSearchWriter(config).prepare()
      // an older version of the code, or a hand edit, left other settings behind
      await client.index(names.locaties).updateSettings({ synonyms: {}, stopWords: [] }).waitTask()
      await createSearchWriter(config).prepare()
      const settings = await client.index(names.locaties).getSettings()
      expect(settings.synonyms).toEqual(locatieSettings.synonyms)
      expect([...(settings.stopWords ?? [])].sort()).toEqual(
        [...(locatieSettings.stopWords ?? [])].sort(),
      )
      expect((await client.index(names.locaties).getStats()).numberOfDocuments).toBe(0)
    } finally {
      await client.deleteIndexIfExists(names.locaties)
      await client.deleteIndexIfExists(names.woonplaatsen)
    }
  })
})
