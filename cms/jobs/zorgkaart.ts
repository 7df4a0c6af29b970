/**
 * The live ZorgkaartNederland feed (§3.2.8): when ZORGKAART_URL is set, a scheduled task on the
 * worker's queue fetches the feed daily and replaces the register with it (one transaction;
 * records missing from the feed are removed unless that would remove more than half; a feed with any bad record stores nothing and the job fails, so it is retried and
 * visible). Changed scores re-index their locations without review.
 *
 * Port: `ZorgkaartBron` (where records come from); adapter: `httpZorgkaartBron` (fetch with a
 * timeout; CSV or JSON by content type, validated by the domain parsers at the boundary).
 */
import type { TaskConfig } from 'payload'
import { loadCmsConfig } from '../config'
import { parseZorgkaartCsv, parseZorgkaartJson, type ParseResultaat } from '../domain/zorgkaart'
import { importeerZorgkaart, type ImportTelling } from '../queries/zorgkaart'
import { INDEX_QUEUE } from './queue'

export const ZORGKAART_TASK = 'zorgkaartBijwerken'

/** Every day at 04:17 (UTC), outside office hours. */
export const ZORGKAART_CRON = '17 4 * * *'

/** Where ZorgkaartNederland records come from. */
export interface ZorgkaartBron {
  /** The validated records, or the reasons the data is refused; throws when it cannot be read. */
  haal(): Promise<ParseResultaat>
}

export interface HttpBronOpties {
  url: string
  timeoutMs: number
  fetch?: typeof fetch
}

/** Reads the feed over HTTP(S): JSON when the server says so (or the path ends in .json), else CSV. */
export function httpZorgkaartBron({
  url,
  timeoutMs,
  fetch: f = fetch,
}: HttpBronOpties): ZorgkaartBron {
  return {
    async haal() {
      let response: Response
      try {
        response = await f(url, {
          headers: { accept: 'application/json, text/csv;q=0.9, text/plain;q=0.5' },
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'follow',
        })
      } catch (error) {
        const e = error as Error
        const reden = e.name === 'TimeoutError' ? `geen antwoord binnen ${timeoutMs} ms` : e.message
        throw new Error(`ZorgkaartNederland-bestand niet opgehaald: ${reden}`, { cause: error })
      }
      if (!response.ok) {
        throw new Error(
          `ZorgkaartNederland-bestand niet opgehaald: de server antwoordde ${response.status}`,
        )
      }
      const tekst = await response.text()
      const type = response.headers.get('content-type') ?? ''
      const isJson = /\bjson\b/i.test(type) || /\.json$/i.test(new URL(url).pathname)
      return isJson ? parseZorgkaartJson(tekst) : parseZorgkaartCsv(tekst)
    },
  }
}

/** The task's output: the import counts, or `overgeslagen` when no feed is configured. */
type Uitvoer = Partial<ImportTelling> & { overgeslagen?: boolean }

export const zorgkaartTask = (): TaskConfig<{ input: object; output: Uitvoer }> => {
  const feed = loadCmsConfig().zorgkaart
  return {
    slug: ZORGKAART_TASK,
    label: 'ZorgkaartNederland-waarderingen bijwerken',
    retries: 3,
    schedule: feed ? [{ cron: ZORGKAART_CRON, queue: INDEX_QUEUE }] : undefined,
    outputSchema: [
      { name: 'nieuw', type: 'number' },
      { name: 'gewijzigd', type: 'number' },
      { name: 'ongewijzigd', type: 'number' },
      { name: 'verwijderd', type: 'number' },
      { name: 'gekoppeldOpAdres', type: 'number' },
      { name: 'herindexeren', type: 'number' },
      { name: 'overgeslagen', type: 'checkbox' },
    ],
    handler: async ({ req }) => {
      const config = loadCmsConfig().zorgkaart
      if (!config) return { output: { overgeslagen: true } }
      const gelezen = await httpZorgkaartBron(config).haal()
      if (!gelezen.ok) {
        throw new Error(
          `ZorgkaartNederland-bestand geweigerd, niets opgeslagen: ${gelezen.fouten.slice(0, 5).join(' ')}`,
        )
      }
      // The feed is the whole register: a rating that left ZorgkaartNederland leaves the site.
      return { output: await importeerZorgkaart(req, gelezen.records, { volledig: true }) }
    },
  }
}
