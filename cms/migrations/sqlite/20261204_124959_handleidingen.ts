import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisaties\` ADD \`groep\` text;`)
  await db.run(sql`CREATE INDEX \`organisaties_groep_idx\` ON \`organisaties\` (\`groep\`);`)
  await db.run(sql`ALTER TABLE \`_organisaties_v\` ADD \`version_groep\` text;`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_groep_idx\` ON \`_organisaties_v\` (\`version_groep\`);`)
  await db.run(sql`ALTER TABLE \`contracten\` ADD \`voorstel\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`contracten\` ADD \`opmerkingen\` text;`)
  await db.run(sql`CREATE INDEX \`contracten_voorstel_idx\` ON \`contracten\` (\`voorstel\`);`)
  await db.run(sql`ALTER TABLE \`zorgaanbod\` ADD \`woonplaats_toelichting\` text;`)
  await db.run(sql`ALTER TABLE \`_zorgaanbod_v\` ADD \`version_woonplaats_toelichting\` text;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` ADD \`functie\` text;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` ADD \`antwoord_uiterlijk\` text;`)
  await db.run(sql`CREATE INDEX \`verzoeken_antwoord_uiterlijk_idx\` ON \`verzoeken\` (\`antwoord_uiterlijk\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organisaties_groep_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisaties\` DROP COLUMN \`groep\`;`)
  await db.run(sql`DROP INDEX \`_organisaties_v_version_version_groep_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisaties_v\` DROP COLUMN \`version_groep\`;`)
  await db.run(sql`DROP INDEX \`contracten_voorstel_idx\`;`)
  await db.run(sql`ALTER TABLE \`contracten\` DROP COLUMN \`voorstel\`;`)
  await db.run(sql`ALTER TABLE \`contracten\` DROP COLUMN \`opmerkingen\`;`)
  await db.run(sql`DROP INDEX \`verzoeken_antwoord_uiterlijk_idx\`;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` DROP COLUMN \`functie\`;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` DROP COLUMN \`antwoord_uiterlijk\`;`)
  await db.run(sql`ALTER TABLE \`zorgaanbod\` DROP COLUMN \`woonplaats_toelichting\`;`)
  await db.run(sql`ALTER TABLE \`_zorgaanbod_v\` DROP COLUMN \`version_woonplaats_toelichting\`;`)
}
