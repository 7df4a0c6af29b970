import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Records made before this migration get the names too, worded as behandelaarNaam
 * (cms/domain/wijzigingsverzoek.ts) words them: who sent and handled a change request, who reported
 * free places or a waiting time; and a change request's organisation name where it was empty.
 */
const BACKFILL = [
  `UPDATE wijzigingsverzoeken SET verstuurd_door_naam = (SELECT CASE
      WHEN u.rol = 'zorgkantoor' THEN u.naam || ' (' || COALESCE(z.naam, 'het zorgkantoor') || ')'
      WHEN u.rol = 'beheerder' THEN u.naam || ' (beheer Zorgatlas)'
      ELSE u.naam END
    FROM users u LEFT JOIN zorgkantoren z ON z.id = u.zorgkantoor_id
    WHERE u.id = wijzigingsverzoeken.verstuurd_door_id) WHERE verstuurd_door_id IS NOT NULL`,
  `UPDATE wijzigingsverzoeken SET afgehandeld_door_naam = (SELECT CASE
      WHEN u.rol = 'zorgkantoor' THEN u.naam || ' (' || COALESCE(z.naam, 'het zorgkantoor') || ')'
      WHEN u.rol = 'beheerder' THEN u.naam || ' (beheer Zorgatlas)'
      ELSE u.naam END
    FROM users u LEFT JOIN zorgkantoren z ON z.id = u.zorgkantoor_id
    WHERE u.id = wijzigingsverzoeken.afgehandeld_door_id) WHERE afgehandeld_door_id IS NOT NULL`,
  `UPDATE vrije_capaciteit SET gemeld_door_naam = (SELECT CASE
      WHEN u.rol = 'zorgkantoor' THEN u.naam || ' (' || COALESCE(z.naam, 'het zorgkantoor') || ')'
      WHEN u.rol = 'beheerder' THEN u.naam || ' (beheer Zorgatlas)'
      ELSE u.naam END
    FROM users u LEFT JOIN zorgkantoren z ON z.id = u.zorgkantoor_id
    WHERE u.id = vrije_capaciteit.gemeld_door_id) WHERE gemeld_door_id IS NOT NULL`,
  `UPDATE wachttijden SET gemeld_door_naam = (SELECT CASE
      WHEN u.rol = 'zorgkantoor' THEN u.naam || ' (' || COALESCE(z.naam, 'het zorgkantoor') || ')'
      WHEN u.rol = 'beheerder' THEN u.naam || ' (beheer Zorgatlas)'
      ELSE u.naam END
    FROM users u LEFT JOIN zorgkantoren z ON z.id = u.zorgkantoor_id
    WHERE u.id = wachttijden.gemeld_door_id) WHERE gemeld_door_id IS NOT NULL`,
  `UPDATE wijzigingsverzoeken SET organisatie_naam = (SELECT o.naam FROM organisaties o WHERE o.id = wijzigingsverzoeken.organisatie_id) WHERE organisatie_naam IS NULL AND organisatie_id IS NOT NULL`,
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`wijzigingsverzoeken\` ADD \`verstuurd_door_naam\` text;`)
  await db.run(sql`ALTER TABLE \`wijzigingsverzoeken\` ADD \`afgehandeld_door_naam\` text;`)
  await db.run(sql`ALTER TABLE \`vrije_capaciteit\` ADD \`gemeld_door_naam\` text;`)
  await db.run(sql`ALTER TABLE \`wachttijden\` ADD \`gemeld_door_naam\` text;`)
  for (const statement of BACKFILL) await db.run(sql.raw(statement))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`wijzigingsverzoeken\` DROP COLUMN \`verstuurd_door_naam\`;`)
  await db.run(sql`ALTER TABLE \`wijzigingsverzoeken\` DROP COLUMN \`afgehandeld_door_naam\`;`)
  await db.run(sql`ALTER TABLE \`vrije_capaciteit\` DROP COLUMN \`gemeld_door_naam\`;`)
  await db.run(sql`ALTER TABLE \`wachttijden\` DROP COLUMN \`gemeld_door_naam\`;`)
}
