import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "rol" DROP NOT NULL;
  ALTER TABLE "users" ADD COLUMN "gebruikersbeheerder" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "contactpersoon" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "nieuwsbrief" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "actief" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "vorige_rechten" jsonb;
  ALTER TABLE "users" ADD COLUMN "uitnodiging_hash" varchar;
  ALTER TABLE "users" ADD COLUMN "uitnodiging_geldig_tot" timestamp(3) with time zone;
  CREATE INDEX "users_uitnodiging_hash_idx" ON "users" USING btree ("uitnodiging_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "users_uitnodiging_hash_idx";
  ALTER TABLE "users" ALTER COLUMN "rol" SET NOT NULL;
  ALTER TABLE "users" DROP COLUMN "gebruikersbeheerder";
  ALTER TABLE "users" DROP COLUMN "contactpersoon";
  ALTER TABLE "users" DROP COLUMN "nieuwsbrief";
  ALTER TABLE "users" DROP COLUMN "actief";
  ALTER TABLE "users" DROP COLUMN "vorige_rechten";
  ALTER TABLE "users" DROP COLUMN "uitnodiging_hash";
  ALTER TABLE "users" DROP COLUMN "uitnodiging_geldig_tot";`)
}
