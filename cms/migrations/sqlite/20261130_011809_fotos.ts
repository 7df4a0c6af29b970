import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_sizes_groot_sizes_groot_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`mensen_in_beeld\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_groot_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_groot_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_groot_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_groot_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_groot_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_groot_filename\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_groot_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_groot_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_groot_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_groot_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_groot_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_groot_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_groot_sizes_groot_filename_idx\` ON \`media\` (\`sizes_groot_filename\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`mensen_in_beeld\`;`)
}
