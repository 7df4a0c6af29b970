/**
 * The document set after the full reindex of `npm run bench:load`: a tenth of the documents
 * removed, every other one changed (its name and date). Shared by the benchmark, which counts
 * what the site should serve after it, and the child process that writes it.
 */
import type { PublicDocument } from '../contract'

export const naDeHerindexering = (docs: PublicDocument[]): PublicDocument[] =>
  docs
    .filter((_, i) => i % 10 !== 0)
    .map((d) => ({ ...d, naam: `${d.naam} nieuw`, bijgewerktOp: '2026-12-02T00:00:00.000Z' }))
