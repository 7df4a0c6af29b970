import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_sizes_groot_sizes_groot_filename_idx";
  ALTER TABLE "media" ADD COLUMN "mensen_in_beeld" boolean DEFAULT false;
  ALTER TABLE "media" DROP COLUMN "sizes_groot_url";
  ALTER TABLE "media" DROP COLUMN "sizes_groot_width";
  ALTER TABLE "media" DROP COLUMN "sizes_groot_height";
  ALTER TABLE "media" DROP COLUMN "sizes_groot_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_groot_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_groot_filename";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "sizes_groot_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_groot_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_groot_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_groot_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_groot_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_groot_filename" varchar;
  CREATE INDEX "media_sizes_groot_sizes_groot_filename_idx" ON "media" USING btree ("sizes_groot_filename");
  ALTER TABLE "media" DROP COLUMN "mensen_in_beeld";`)
}
