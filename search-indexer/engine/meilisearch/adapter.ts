/**
 * Meilisearch adapter (production engine): the network half. Everything it sends is built by
 * the pure functions in ./mapping.
 */
import { randomBytes } from 'node:crypto'
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Task } from 'meilisearch'
import {
  PublicDocumentSchema,
  GazetteerEntrySchema,
  IndexerStatusSchema,
  LabelTabelSchema,
  type GazetteerEntry,
  type IndexerStatus,
  type LabelTabel,
  type PublicDocument,
} from '../../contract'
import type { EngineHealth, SearchQuery, SearchReader, SearchResult, SearchWriter } from '../port'
import { emptyResult } from '../shared/results'
import { gazetteerNames, rankByName } from '../shared/text'
import {
  buildExtraRequests,
  buildSearchPlan,
  withExtras,
  documentsRequest,
  fillLijst,
  FINGERPRINT_PAGE,
  fingerprintFromStored,
  fingerprintPage,
  idsWithoutLijst,
  fromMeiliWoonplaats,
  indexNames,
  locatieSettings,
  mapSearchResponse,
  LABELS_DOCUMENT_ID,
  STATUS_DOCUMENT_ID,
  toMeiliLabels,
  toMeiliStatus,
  mergeServedFirst,
  type MeiliSearchRequest,
  toMeiliLocatie,
  toMeiliWoonplaats,
  woonplaatsSettings,
  type MeiliLocatie,
  type MeiliSearchResponseLike,
  type MeiliWoonplaats,
  quote,
} from './mapping'

export interface MeilisearchConfig {
  url: string
  /**
   * The key of this side: the writer's key (documents, settings, indexes) for the indexer, a key
   * that may only search our indexes for the site (see README, "Meilisearch keys")
   */
  apiKey?: string
  indexPrefix?: string
  /** how long one HTTP request may take (default 5 s for the site, 30 s for the indexer) */
  requestTimeoutMs?: number
  /** documents per addDocuments call (default 5000) */
  batchSize?: number
  /** how long to wait for one task (default 120 s) */
  taskTimeoutMs?: number
}

const isNotFound = (error: unknown): boolean =>
  error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found'
async function readLabelsDocument(client: Meilisearch, index: string): Promise<LabelTabel | null> {
  try {
    const doc = await client
      .index<{ id: string; labels: unknown }>(index)
      .getDocument(LABELS_DOCUMENT_ID)
    return LabelTabelSchema.parse(doc.labels)
  } catch (error) {
    if (isNotFound(error) || isDocumentNotFound(error)) return null
    throw error
  }
}

const isDocumentNotFound = (error: unknown): boolean =>
  error instanceof MeilisearchApiError && error.cause?.code === 'document_not_found'

class MeiliBase {
  protected readonly client: Meilisearch
  protected readonly names: ReturnType<typeof indexNames>

  constructor(protected readonly config: MeilisearchConfig) {
    this.client = new Meilisearch({
      host: config.url,
      ...(config.apiKey && { apiKey: config.apiKey }),
      timeout: config.requestTimeoutMs ?? this.defaultTimeoutMs(),
    })
    this.names = indexNames(config.indexPrefix ?? 'zorgatlas')
  }

  protected defaultTimeoutMs(): number {
    return 30_000
  }

  /** Wait for a task and turn a failed task into an error. */
  protected async wait(task: EnqueuedTaskPromise): Promise<Task> {
    const done = await task.waitTask({ timeout: this.config.taskTimeoutMs ?? 120_000 })
    if (done.status !== 'succeeded') {
      throw new Error(
        `Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? 'no message'}`,
      )
    }
    return done
  }
}

/**
 * The site's side. Everything goes through the search route, so the site's key needs only the
 * `search` action on our indexes (never the writer's key).
 */
export class MeilisearchReader extends MeiliBase implements SearchReader {
  protected override defaultTimeoutMs(): number {
    return 5_000
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    try {
      const plan = buildSearchPlan(query)
      const extras = buildExtraRequests(query)
      const extraRequests = [
        ...extras.disjunctive.map((d) => d.request),
        ...(extras.points ? [extras.points] : []),
      ]
      const first = plan.kind === 'single' ? [plan.request] : [plan.served, plan.restCount]
      const responses = await this.multi([...first, ...extraRequests])
      const extraResponses = responses.slice(first.length)
      if (plan.kind === 'single') {
        const [response] = await this.withLijst([responses[0]!])
        return withExtras(mapSearchResponse(query, response!), extras, extraResponses)
      }
      const [servedPage, restCount] = responses
      if (!servedPage || !restCount) throw new Error('Meilisearch multi-search: missing results')
      const restRequest = plan.rest(
        servedPage.totalHits ?? servedPage.hits.length,
        servedPage.hits.length,
      )
      const restPage = restRequest ? (await this.multi([restRequest]))[0] : undefined
      const [served, rest] = await this.withLijst(restPage ? [servedPage, restPage] : [servedPage])
      return withExtras(
        mergeServedFirst(query, served!, restCount, rest ?? null),
        extras,
        extraResponses,
      )
    } catch (error) {
      if (isNotFound(error)) return emptyResult()
      throw error
    }
  }

  /**
   * The responses with every hit's list part. An index written before MEILI_DOCUMENT_FORMAT 2
   * has none: those hits get it from their documents, in one request, until the reindex.
   */
  private async withLijst(
    responses: MeiliSearchResponseLike[],
  ): Promise<MeiliSearchResponseLike[]> {
    const ids = idsWithoutLijst(responses)
    if (ids.length === 0) return responses
    const [found] = await this.multi([documentsRequest(ids)])
    return responses.map((response) => fillLijst(response, found?.hits ?? []))
  }

  private async multi(requests: MeiliSearchRequest[]): Promise<MeiliSearchResponseLike[]> {
    const { results } = await this.client.multiSearch({
      queries: requests.map((request) => ({ indexUid: this.names.locaties, ...request })),
    })
    if (results.length !== requests.length)
      throw new Error('Meilisearch multi-search: missing results')
    return results as unknown as MeiliSearchResponseLike[]
  }

  async getDocument(id: string): Promise<PublicDocument | null> {
    try {
      const response = await this.client
        .index<MeiliLocatie>(this.names.locaties)
        .search('', { filter: [`id = ${quote(id)}`], limit: 1, attributesToRetrieve: ['document'] })
      return response.hits[0]?.document ?? null
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  async findWoonplaatsen(naam: string, limit = 10): Promise<GazetteerEntry[]> {
    if (!naam.trim()) return []
    try {
      const response = await this.client
        .index<MeiliWoonplaats>(this.names.woonplaatsen)
        .search(naam, { limit: 200 })
      // Meilisearch finds the candidates; the order is ours (exact, prefix, word prefix)
      return rankByName(naam, response.hits.map(fromMeiliWoonplaats), gazetteerNames, limit)
    } catch (error) {
      if (isNotFound(error)) return []
      throw error
    }
  }

  async getGazetteer(): Promise<GazetteerEntry[]> {
    const index = this.client.index<MeiliWoonplaats>(this.names.woonplaatsen)
    const out: GazetteerEntry[] = []
    const limit = 1000
    try {
      for (let offset = 0; ; offset += limit) {
        const page = await index.search('', { offset, limit })
        out.push(...page.hits.map(fromMeiliWoonplaats))
        if (page.hits.length < limit) return out
      }
    } catch (error) {
      if (isNotFound(error)) return []
      throw error
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health()
    } catch (error) {
      return { status: 'unavailable', documents: 0, engine: 'meilisearch', message: String(error) }
    }
    try {
      const response = await this.client
        .index(this.names.locaties)
        .search('', { page: 1, hitsPerPage: 0 })
      return { status: 'ok', documents: response.totalHits ?? 0, engine: 'meilisearch' }
    } catch (error) {
      if (isNotFound(error)) {
        return {
          status: 'starting',
          documents: 0,
          engine: 'meilisearch',
          message: 'index does not exist yet',
        }
      }
      return { status: 'unavailable', documents: 0, engine: 'meilisearch', message: String(error) }
    }
  }

  async labels(): Promise<LabelTabel | null> {
    const doc = await this.statusDocument(LABELS_DOCUMENT_ID)
    return doc ? LabelTabelSchema.parse((doc as { labels: unknown }).labels) : null
  }

  async indexerStatus(): Promise<IndexerStatus | null> {
    const doc = await this.statusDocument(STATUS_DOCUMENT_ID)
    return doc ? IndexerStatusSchema.parse((doc as { status: unknown }).status) : null
  }

  /** The status index holds two documents (status, labels): searched, not fetched by id. */
  private async statusDocument(id: string): Promise<object | null> {
    try {
      const response = await this.client
        .index<{ id: string }>(this.names.status)
        .search('', { limit: 10 })
      return response.hits.find((hit) => hit.id === id) ?? null
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  async close(): Promise<void> {}
}

export class MeilisearchWriter extends MeiliBase implements SearchWriter {
  private ready: Promise<void> | null = null

  /** Create missing indexes and apply the current settings now (settings updates are idempotent). */
  prepare(): Promise<void> {
    return this.ensureIndexes()
  }

  async upsert(docs: PublicDocument[]): Promise<void> {
    const mapped = docs.map((d) => toMeiliLocatie(PublicDocumentSchema.parse(d)))
    await this.ensureIndexes()
    await this.addInBatches(this.names.locaties, mapped, 'id')
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.ensureIndexes()
    await this.wait(this.client.index(this.names.locaties).deleteDocuments(ids))
  }

  /** Fill temporary indexes, then swap both in one task: readers see old or new. */
  async replaceAll(docs: PublicDocument[], gazetteer: GazetteerEntry[]): Promise<void> {
    const locaties = docs.map((d) => toMeiliLocatie(PublicDocumentSchema.parse(d)))
    const woonplaatsen = gazetteer.map((g) => toMeiliWoonplaats(GazetteerEntrySchema.parse(g)))
    await this.ensureIndexes()
    const suffix = `tmp-${Date.now()}-${randomBytes(3).toString('hex')}`
    const tmp = {
      locaties: `${this.names.locaties}-${suffix}`,
      woonplaatsen: `${this.names.woonplaatsen}-${suffix}`,
    }
    try {
      await this.createIndex(tmp.locaties, 'id', locatieSettings)
      await this.createIndex(tmp.woonplaatsen, 'key', woonplaatsSettings)
      await this.addInBatches(tmp.locaties, locaties, 'id')
      await this.addInBatches(tmp.woonplaatsen, woonplaatsen, 'key')
      await this.wait(
        this.client.swapIndexes([
          { indexes: [this.names.locaties, tmp.locaties], rename: false },
          { indexes: [this.names.woonplaatsen, tmp.woonplaatsen], rename: false },
        ]),
      )
    } finally {
      // after the swap the temporary names hold the old data
      await this.client.deleteIndexIfExists(tmp.locaties)
      await this.client.deleteIndexIfExists(tmp.woonplaatsen)
    }
  }

  async count(): Promise<number> {
    try {
      return (await this.client.index(this.names.locaties).getStats()).numberOfDocuments
    } catch (error) {
      if (isNotFound(error)) return 0
      throw error
    }
  }

  /**
   * Pages through the locations index, ids and stored hashes only (no document bodies). A
   * location stored in an older layout reports a value no hash equals (fingerprintFromStored).
   */
  async fingerprints(): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    const index = this.client.index<Pick<MeiliLocatie, 'id' | 'fingerprint'>>(this.names.locaties)
    try {
      for (let offset = 0; ; offset += FINGERPRINT_PAGE) {
        const page = await index.getDocuments(fingerprintPage(offset))
        for (const d of page.results) {
          out.set(String(d.id), fingerprintFromStored(d.fingerprint ?? ''))
        }
        if (page.results.length < FINGERPRINT_PAGE) return out
      }
    } catch (error) {
      if (isNotFound(error)) return out
      throw error
    }
  }

  /** One small document, replaced per heartbeat; the index is created on first use. */
  async publishStatus(status: IndexerStatus): Promise<void> {
    const doc = toMeiliStatus(IndexerStatusSchema.parse(status))
    await this.wait(this.client.index(this.names.status).addDocuments([doc], { primaryKey: 'id' }))
  }

  async publishLabels(labels: LabelTabel): Promise<void> {
    const doc = toMeiliLabels(LabelTabelSchema.parse(labels))
    await this.wait(this.client.index(this.names.status).addDocuments([doc], { primaryKey: 'id' }))
  }

  publishedLabels(): Promise<LabelTabel | null> {
    return readLabelsDocument(this.client, this.names.status)
  }

  async close(): Promise<void> {}

  /** Create missing indexes and apply settings, once per writer. */
  private ensureIndexes(): Promise<void> {
    this.ready ??= (async () => {
      await this.createIndex(this.names.locaties, 'id', locatieSettings)
      await this.createIndex(this.names.woonplaatsen, 'key', woonplaatsSettings)
    })().catch((error: unknown) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  private async createIndex(uid: string, primaryKey: string, settings: typeof locatieSettings) {
    const created = await this.client.createIndex(uid, { primaryKey }).waitTask()
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists') {
      throw new Error(`Meilisearch could not create index ${uid}: ${created.error?.message}`)
    }
    await this.wait(this.client.index(uid).updateSettings(settings))
  }

  private async addInBatches<T extends object>(uid: string, docs: T[], primaryKey: string) {
    const size = this.config.batchSize ?? 5000
    const index = this.client.index<T & Record<string, unknown>>(uid)
    for (let i = 0; i < docs.length; i += size) {
      await this.wait(
        index.addDocuments(docs.slice(i, i + size) as (T & Record<string, unknown>)[], {
          primaryKey,
        }),
      )
    }
  }
}
