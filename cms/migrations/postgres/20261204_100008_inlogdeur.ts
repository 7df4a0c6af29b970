import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'wachtwoord-gewijzigd';
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'tweestaps-aangezet';
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'tweestaps-uitgezet';
  CREATE TABLE "inlogpogingen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sleutel" varchar NOT NULL,
  	"mislukt" numeric DEFAULT 0,
  	"vanaf" timestamp(3) with time zone,
  	"geblokkeerd_tot" timestamp(3) with time zone,
  	"blokkades" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "tweestaps" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "tweestaps_geheim" varchar;
  ALTER TABLE "users" ADD COLUMN "tweestaps_nieuw_geheim" varchar;
  ALTER TABLE "users" ADD COLUMN "tweestaps_herstelcodes" jsonb;
  ALTER TABLE "users" ADD COLUMN "tweestaps_open" jsonb;
  ALTER TABLE "users" ADD COLUMN "tweestaps_laatste_stap" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "aantal" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inlogpogingen_id" integer;
  CREATE UNIQUE INDEX "inlogpogingen_sleutel_idx" ON "inlogpogingen" USING btree ("sleutel");
  CREATE INDEX "inlogpogingen_updated_at_idx" ON "inlogpogingen" USING btree ("updated_at");
  CREATE INDEX "inlogpogingen_created_at_idx" ON "inlogpogingen" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inlogpogingen_fk" FOREIGN KEY ("inlogpogingen_id") REFERENCES "public"."inlogpogingen"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_inlogpogingen_id_idx" ON "payload_locked_documents_rels" USING btree ("inlogpogingen_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inlogpogingen" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "inlogpogingen" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inlogpogingen_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_actie";
  CREATE TYPE "public"."enum_audit_log_actie" AS ENUM('aangemaakt', 'gewijzigd', 'verstuurd', 'goedgekeurd', 'afgewezen', 'verwijderd', 'verwijdering-voorgesteld', 'voorstel-ingetrokken', 'hersteld', 'gekopieerd', 'gefuseerd', 'ingelogd', 'uitgelogd', 'inloggen-mislukt');
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE "public"."enum_audit_log_actie" USING "actie"::"public"."enum_audit_log_actie";
  DROP INDEX "payload_locked_documents_rels_inlogpogingen_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users" DROP COLUMN "tweestaps";
  ALTER TABLE "users" DROP COLUMN "tweestaps_geheim";
  ALTER TABLE "users" DROP COLUMN "tweestaps_nieuw_geheim";
  ALTER TABLE "users" DROP COLUMN "tweestaps_herstelcodes";
  ALTER TABLE "users" DROP COLUMN "tweestaps_open";
  ALTER TABLE "users" DROP COLUMN "tweestaps_laatste_stap";
  ALTER TABLE "audit_log" DROP COLUMN "aantal";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inlogpogingen_id";`)
}
