/**
 * The content of the collections that hold the CMS's data, as comparable JSON (sorted by id), and
 * the hashes of the upload files: to prove that a restored backup equals its source.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

export const GEGEVENS = [
  'zorgkantoren',
  'woonplaatsen',
  'soorten-zorg',
  'zachte-informatie',
  'organisaties',
  'locaties',
  'zorgaanbod',
  'media',
  'users',
  'wijzigingsverzoeken',
] as const

export type DataDump = Record<string, Record<string, unknown>>

export async function dumpData(payload: Payload): Promise<DataDump> {
  const out: DataDump = {}
  for (const collection of GEGEVENS) {
    const found = await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
      draft: true,
    })
    out[collection] = Object.fromEntries(found.docs.map((d) => [String(d.id), d]))
  }
  return out
}

/** sha256 of every upload file named by a media document. */
export function uploadHashes(dump: DataDump, mediaDir: string): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const doc of Object.values(dump.media ?? {}) as { filename?: string }[]) {
    if (!doc.filename) continue
    const file = path.join(mediaDir, doc.filename)
    out[doc.filename] = fs.existsSync(file)
      ? createHash('sha256').update(fs.readFileSync(file)).digest('hex')
      : null
  }
  return out
}
