/**
 * The second candidate measured for the embedded engine (ADR 0015), kept only as a benchmark:
 * everything in SQLite through node:sqlite — FTS5 for text (prefix queries), an R*Tree for the
 * radius box, one row per facet value, counts with GROUP BY (disjunctive ones as one more query
 * per active OR filter). Good at what SQL is good at; see the ADR for why it lost.
 */
import { DatabaseSync } from 'node:sqlite'
import type { SearchQuery } from '../engine/port'
import { indexFields, VALUE_DIMENSIONS, type IndexFields } from '../engine/embedded/fields'
import type { PublicDocument } from '../contract'
import { boundingBox, haversineKm } from '../engine/shared/geo'
import { activeFilter, DISJUNCTIVE_FACETS, type DisjunctiveFacet } from '../engine/shared/results'
import { normalizeName, tokenize } from '../engine/shared/text'

export class Fts5Candidate {
  private readonly db = new DatabaseSync(':memory:')

  constructor(docs: PublicDocument[]) {
    const db = this.db
    db.exec(`
      CREATE TABLE loc (rowid INTEGER PRIMARY KEY, id TEXT, lat REAL, lng REAL, score REAL,
                        reviews INTEGER, name TEXT, vrij INTEGER, dag INTEGER);
      CREATE VIRTUAL TABLE fts USING fts5(naam, organisatie, plaats, voorziening, soortZorg,
        woonplaatsen, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
      CREATE VIRTUAL TABLE box USING rtree(rowid, minLat, maxLat, minLng, maxLng);
      CREATE TABLE fv (dim TEXT, value TEXT, rowid INTEGER);
      CREATE TABLE served (wp TEXT, rowid INTEGER);
    `)
    const loc = db.prepare('INSERT INTO loc VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    const fts = db.prepare(
      'INSERT INTO fts (rowid, naam, organisatie, plaats, voorziening, soortZorg, woonplaatsen) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const box = db.prepare('INSERT INTO box VALUES (?, ?, ?, ?, ?)')
    const fv = db.prepare('INSERT INTO fv VALUES (?, ?, ?)')
    const served = db.prepare('INSERT INTO served VALUES (?, ?)')
    db.exec('BEGIN')
    docs.forEach((doc, i) => {
      const f: IndexFields = indexFields(doc)
      const r = i + 1
      loc.run(
        r,
        f.id,
        f.lat,
        f.lng,
        f.score,
        f.reviews,
        normalizeName(f.text.naam),
        f.vrijePlaatsen > 0 ? 1 : 0,
        f.dagbesteding ? 1 : 0,
      )
      const t = f.text
      fts.run(r, t.naam, t.organisatie, t.plaats, t.voorziening, t.soortZorg, t.woonplaatsen)
      box.run(r, f.lat, f.lat, f.lng, f.lng)
      for (const dim of VALUE_DIMENSIONS) for (const v of f.values[dim]) fv.run(dim, v, r)
      for (const w of f.woonplaatsIds) served.run(w, r)
    })
    db.exec('COMMIT')
    db.exec(
      'CREATE INDEX fv_dim ON fv (dim, value, rowid); CREATE INDEX fv_row ON fv (rowid); CREATE INDEX served_wp ON served (wp, rowid)',
    )
  }

  search(query: SearchQuery): { total: number; ids: string[]; facets: Map<string, number> } {
    const db = this.db
    const params: (string | number)[] = []
    const parts: string[] = []
    const tokens = tokenize(query.text ?? '')
    if (tokens.length) {
      parts.push('SELECT rowid FROM fts WHERE fts MATCH ?')
      params.push(tokens.map((t) => `"${t}"*`).join(' AND '))
    }
    const geo = query.geo
    if (geo) {
      const b = boundingBox(geo, geo.radiusKm)
      parts.push(
        'SELECT rowid FROM box WHERE minLat >= ? AND maxLat <= ? AND minLng >= ? AND maxLng <= ?' +
          (geo.servesWoonplaatsId ? ' UNION SELECT rowid FROM served WHERE wp = ?' : ''),
      )
      params.push(b.minLat, b.maxLat, b.minLng, b.maxLng)
      if (geo.servesWoonplaatsId) params.push(geo.servesWoonplaatsId)
    }
    for (const z of query.zachteInformatie ?? []) {
      parts.push("SELECT rowid FROM fv WHERE dim = 'zachteInformatie' AND value = ?")
      params.push(z)
    }
    const filterPart = (facet: DisjunctiveFacet): [string, (string | number)[]] | null => {
      const active = activeFilter(query, facet)
      if (active === null) return null
      if (facet === 'vrijePlaatsen') return ['SELECT rowid FROM loc WHERE vrij = 1', []]
      if (facet === 'dagbesteding') return ['SELECT rowid FROM loc WHERE dag = 1', []]
      if (facet === 'waardering')
        return ['SELECT rowid FROM loc WHERE score >= ?', [active as number]]
      const values = active as string[]
      return [
        `SELECT rowid FROM fv WHERE dim = ? AND value IN (${values.map(() => '?').join(', ')})`,
        [facet, ...values],
      ]
    }
    const filters = (Object.keys(DISJUNCTIVE_FACETS) as DisjunctiveFacet[])
      .map((f) => [f, filterPart(f)] as const)
      .filter((x): x is [DisjunctiveFacet, [string, (string | number)[]]] => x[1] !== null)
    const matchSql = (without?: DisjunctiveFacet) => {
      const sql = [...parts]
      const p = [...params]
      for (const [facet, [s, ps]] of filters) {
        if (facet === without) continue
        sql.push(s)
        p.push(...ps)
      }
      return [sql.length ? sql.join(' INTERSECT ') : 'SELECT rowid FROM loc', p] as const
    }
    const [m, p] = matchSql()
    db.exec('DROP TABLE IF EXISTS temp.m')
    db.prepare(`CREATE TEMP TABLE m AS ${m}`).run(...p)
    let rows = db
      .prepare(
        'SELECT l.rowid, l.id, l.lat, l.lng, l.name, l.score FROM m JOIN loc l USING (rowid)',
      )
      .all() as {
      rowid: number
      id: string
      lat: number
      lng: number
      name: string
      score: number | null
    }[]
    if (geo) {
      const served = new Set(
        geo.servesWoonplaatsId
          ? (
              db.prepare('SELECT rowid FROM served WHERE wp = ?').all(geo.servesWoonplaatsId) as {
                rowid: number
              }[]
            ).map((r) => r.rowid)
          : [],
      )
      rows = rows.filter((r) => served.has(r.rowid) || haversineKm(geo, r) <= geo.radiusKm)
    }
    rows.sort((a, b) => (a.name < b.name ? -1 : 1))
    const facets = new Map<string, number>()
    const counted = db
      .prepare(
        'SELECT dim, value, count(*) AS n FROM fv WHERE rowid IN (SELECT rowid FROM m) GROUP BY dim, value',
      )
      .all() as {
      dim: string
      value: string
      n: number
    }[]
    for (const c of counted) facets.set(`${c.dim}:${c.value}`, c.n)
    // disjunctive: one more count per active OR filter
    for (const [facet] of filters) {
      const [ms, ps] = matchSql(facet)
      db.prepare(
        `SELECT value, count(*) AS n FROM fv WHERE dim = ? AND rowid IN (${ms}) GROUP BY value`,
      ).all(facet, ...ps)
    }
    return { total: rows.length, ids: rows.slice(0, 20).map((r) => r.id), facets }
  }
}
