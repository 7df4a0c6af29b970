import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'opnieuw-geprobeerd';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_actie";
  CREATE TYPE "public"."enum_audit_log_actie" AS ENUM('aangemaakt', 'gewijzigd', 'verstuurd', 'goedgekeurd', 'afgewezen', 'verwijderd', 'verwijdering-voorgesteld', 'voorstel-ingetrokken', 'hersteld', 'gekopieerd', 'gefuseerd', 'ingelogd', 'uitgelogd', 'inloggen-mislukt');
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE "public"."enum_audit_log_actie" USING "actie"::"public"."enum_audit_log_actie";`)
}
