/**
 * Data step of the migration that gave voorzieningen a code: every voorziening of a
 * soort zorg gets a code made from its name (unique within the soort zorg), and every location
 * (current row and versions) that stored the voorziening's name now stores that code. Names that
 * match no voorziening of the location's soort zorg are left as they are (the form shows them and
 * asks for a choice). The same for SQLite and PostgreSQL: only portable SQL.
 */
import { vulVoorzieningCodes } from '../domain/referentiecodes'

/** The adapter's own `sql` tag and how it reads rows and runs a statement. */
export interface MigratieSql<Q> {
  sql: (strings: TemplateStringsArray, ...values: unknown[]) => Q
  rijen(query: Q): Promise<unknown[]>
  voerUit(query: Q): Promise<unknown>
}

interface Rij {
  id: string
  parent: number | string
  naam: string
}

export async function geefVoorzieningenCodes<Q>(db: MigratieSql<Q>): Promise<number> {
  const { sql } = db
  const rijen = (await db.rijen(
    sql`SELECT "id", "_parent_id" AS "parent", "naam" FROM "soorten_zorg_voorzieningen" ORDER BY "_parent_id", "_order"`,
  )) as Rij[]
  const perSoort = new Map<string, Rij[]>()
  for (const r of rijen)
    perSoort.set(String(r.parent), [...(perSoort.get(String(r.parent)) ?? []), r])
  let locaties = 0
  for (const [soort, lijst] of perSoort) {
    const metCodes = vulVoorzieningCodes(
      lijst.map((r): { id: string; naam: string; code?: string | null } => ({
        id: r.id,
        naam: r.naam,
      })),
    )
    for (const v of metCodes) {
      await db.voerUit(
        sql`UPDATE "soorten_zorg_voorzieningen" SET "code" = ${v.code} WHERE "id" = ${v.id}`,
      )
    }
    const soortId = Number(soort)
    // The first voorziening with a name wins (a name twice in one list maps to the first).
    const gedaan = new Set<string>()
    for (const v of metCodes) {
      if (gedaan.has(v.naam)) continue
      gedaan.add(v.naam)
      await db.voerUit(
        sql`UPDATE "locaties" SET "voorziening" = ${v.code} WHERE "soort_zorg_id" = ${soortId} AND "voorziening" = ${v.naam}`,
      )
      await db.voerUit(
        sql`UPDATE "_locaties_v" SET "version_voorziening" = ${v.code} WHERE "version_soort_zorg_id" = ${soortId} AND "version_voorziening" = ${v.naam}`,
      )
      locaties++
    }
  }
  return locaties
}

/** The way back (down migration): locations store the voorziening's name again. */
export async function geefVoorzieningenNamenTerug<Q>(db: MigratieSql<Q>): Promise<void> {
  const { sql } = db
  const rijen = (await db.rijen(
    sql`SELECT "_parent_id" AS "parent", "naam", "code" FROM "soorten_zorg_voorzieningen" WHERE "code" IS NOT NULL`,
  )) as (Rij & { code: string })[]
  for (const r of rijen) {
    const soortId = Number(r.parent)
    await db.voerUit(
      sql`UPDATE "locaties" SET "voorziening" = ${r.naam} WHERE "soort_zorg_id" = ${soortId} AND "voorziening" = ${r.code}`,
    )
    await db.voerUit(
      sql`UPDATE "_locaties_v" SET "version_voorziening" = ${r.naam} WHERE "version_soort_zorg_id" = ${soortId} AND "version_voorziening" = ${r.code}`,
    )
  }
}
