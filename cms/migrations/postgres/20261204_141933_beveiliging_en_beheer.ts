import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_uitnodigingen_status" AS ENUM('open', 'geaccepteerd', 'geweigerd', 'verlopen');
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'opnieuw-geprobeerd';
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'wachtwoord-gewijzigd';
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'tweestaps-aangezet';
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'tweestaps-uitgezet';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'zoekindexControleren' BEFORE 'vrijeCapaciteitVerlopen';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'zoekindexControleren' BEFORE 'vrijeCapaciteitVerlopen';
  CREATE TABLE "uitnodigingen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"naam" varchar,
  	"gebruikersbeheerder" boolean DEFAULT false,
  	"status" "enum_uitnodigingen_status" DEFAULT 'open' NOT NULL,
  	"geldig_tot" timestamp(3) with time zone NOT NULL,
  	"uitgenodigd_door_naam" varchar,
  	"uitgenodigd_door_id" integer,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "uitnodigingen_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisaties_id" integer
  );
  
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
  
  CREATE TABLE "zoekindex_controles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"op" timestamp(3) with time zone NOT NULL,
  	"bron" varchar NOT NULL,
  	"duur_ms" numeric,
  	"verwacht" numeric,
  	"in_index" numeric,
  	"verschillen" numeric NOT NULL,
  	"soorten" jsonb,
  	"voorbeelden" jsonb,
  	"wachtend" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "users_uitnodiging_hash_idx";
  ALTER TABLE "organisaties" ADD COLUMN "groep" varchar;
  ALTER TABLE "_organisaties_v" ADD COLUMN "version_groep" varchar;
  ALTER TABLE "contracten" ADD COLUMN "voorstel" boolean DEFAULT false;
  ALTER TABLE "contracten" ADD COLUMN "opmerkingen" varchar;
  ALTER TABLE "zorgaanbod" ADD COLUMN "woonplaats_toelichting" varchar;
  ALTER TABLE "_zorgaanbod_v" ADD COLUMN "version_woonplaats_toelichting" varchar;
  ALTER TABLE "verzoeken" ADD COLUMN "functie" varchar;
  ALTER TABLE "verzoeken" ADD COLUMN "antwoord_uiterlijk" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "tweestaps" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "tweestaps_geheim" varchar;
  ALTER TABLE "users" ADD COLUMN "tweestaps_nieuw_geheim" varchar;
  ALTER TABLE "users" ADD COLUMN "tweestaps_herstelcodes" jsonb;
  ALTER TABLE "users" ADD COLUMN "tweestaps_open" jsonb;
  ALTER TABLE "users" ADD COLUMN "tweestaps_laatste_stap" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "aantal" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "uitnodigingen_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inlogpogingen_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "zoekindex_controles_id" integer;
  ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_uitgenodigd_door_id_users_id_fk" FOREIGN KEY ("uitgenodigd_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "uitnodigingen_rels" ADD CONSTRAINT "uitnodigingen_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."uitnodigingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "uitnodigingen_rels" ADD CONSTRAINT "uitnodigingen_rels_organisaties_fk" FOREIGN KEY ("organisaties_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "uitnodigingen_email_idx" ON "uitnodigingen" USING btree ("email");
  CREATE INDEX "uitnodigingen_status_idx" ON "uitnodigingen" USING btree ("status");
  CREATE INDEX "uitnodigingen_uitgenodigd_door_idx" ON "uitnodigingen" USING btree ("uitgenodigd_door_id");
  CREATE INDEX "uitnodigingen_token_hash_idx" ON "uitnodigingen" USING btree ("token_hash");
  CREATE INDEX "uitnodigingen_updated_at_idx" ON "uitnodigingen" USING btree ("updated_at");
  CREATE INDEX "uitnodigingen_created_at_idx" ON "uitnodigingen" USING btree ("created_at");
  CREATE INDEX "uitnodigingen_rels_order_idx" ON "uitnodigingen_rels" USING btree ("order");
  CREATE INDEX "uitnodigingen_rels_parent_idx" ON "uitnodigingen_rels" USING btree ("parent_id");
  CREATE INDEX "uitnodigingen_rels_path_idx" ON "uitnodigingen_rels" USING btree ("path");
  CREATE INDEX "uitnodigingen_rels_organisaties_id_idx" ON "uitnodigingen_rels" USING btree ("organisaties_id");
  CREATE UNIQUE INDEX "inlogpogingen_sleutel_idx" ON "inlogpogingen" USING btree ("sleutel");
  CREATE INDEX "inlogpogingen_updated_at_idx" ON "inlogpogingen" USING btree ("updated_at");
  CREATE INDEX "inlogpogingen_created_at_idx" ON "inlogpogingen" USING btree ("created_at");
  CREATE INDEX "zoekindex_controles_op_idx" ON "zoekindex_controles" USING btree ("op");
  CREATE INDEX "zoekindex_controles_updated_at_idx" ON "zoekindex_controles" USING btree ("updated_at");
  CREATE INDEX "zoekindex_controles_created_at_idx" ON "zoekindex_controles" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_uitnodigingen_fk" FOREIGN KEY ("uitnodigingen_id") REFERENCES "public"."uitnodigingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inlogpogingen_fk" FOREIGN KEY ("inlogpogingen_id") REFERENCES "public"."inlogpogingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zoekindex_controles_fk" FOREIGN KEY ("zoekindex_controles_id") REFERENCES "public"."zoekindex_controles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organisaties_groep_idx" ON "organisaties" USING btree ("groep");
  CREATE INDEX "_organisaties_v_version_version_groep_idx" ON "_organisaties_v" USING btree ("version_groep");
  CREATE INDEX "contracten_voorstel_idx" ON "contracten" USING btree ("voorstel");
  CREATE INDEX "verzoeken_antwoord_uiterlijk_idx" ON "verzoeken" USING btree ("antwoord_uiterlijk");
  CREATE INDEX "payload_locked_documents_rels_uitnodigingen_id_idx" ON "payload_locked_documents_rels" USING btree ("uitnodigingen_id");
  CREATE INDEX "payload_locked_documents_rels_inlogpogingen_id_idx" ON "payload_locked_documents_rels" USING btree ("inlogpogingen_id");
  CREATE INDEX "payload_locked_documents_rels_zoekindex_controles_id_idx" ON "payload_locked_documents_rels" USING btree ("zoekindex_controles_id");
  ALTER TABLE "users" DROP COLUMN "uitnodiging_hash";
  ALTER TABLE "users" DROP COLUMN "uitnodiging_geldig_tot";
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "uitnodigingen" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "uitnodigingen_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inlogpogingen" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "zoekindex_controles" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "uitnodigingen" CASCADE;
  DROP TABLE "uitnodigingen_rels" CASCADE;
  DROP TABLE "inlogpogingen" CASCADE;
  DROP TABLE "zoekindex_controles" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_uitnodigingen_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inlogpogingen_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_zoekindex_controles_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_actie";
  CREATE TYPE "public"."enum_audit_log_actie" AS ENUM('aangemaakt', 'gewijzigd', 'verstuurd', 'goedgekeurd', 'afgewezen', 'verwijderd', 'verwijdering-voorgesteld', 'voorstel-ingetrokken', 'hersteld', 'gekopieerd', 'gefuseerd', 'ingelogd', 'uitgelogd', 'inloggen-mislukt');
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE "public"."enum_audit_log_actie" USING "actie"::"public"."enum_audit_log_actie";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'verstuurMail', 'vrijeCapaciteitVerlopen', 'zorgkaartBijwerken');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'verstuurMail', 'vrijeCapaciteitVerlopen', 'zorgkaartBijwerken');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "organisaties_groep_idx";
  DROP INDEX "_organisaties_v_version_version_groep_idx";
  DROP INDEX "contracten_voorstel_idx";
  DROP INDEX "verzoeken_antwoord_uiterlijk_idx";
  DROP INDEX "payload_locked_documents_rels_uitnodigingen_id_idx";
  DROP INDEX "payload_locked_documents_rels_inlogpogingen_id_idx";
  DROP INDEX "payload_locked_documents_rels_zoekindex_controles_id_idx";
  ALTER TABLE "users" ADD COLUMN "uitnodiging_hash" varchar;
  ALTER TABLE "users" ADD COLUMN "uitnodiging_geldig_tot" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  CREATE INDEX "users_uitnodiging_hash_idx" ON "users" USING btree ("uitnodiging_hash");
  ALTER TABLE "organisaties" DROP COLUMN "groep";
  ALTER TABLE "_organisaties_v" DROP COLUMN "version_groep";
  ALTER TABLE "contracten" DROP COLUMN "voorstel";
  ALTER TABLE "contracten" DROP COLUMN "opmerkingen";
  ALTER TABLE "zorgaanbod" DROP COLUMN "woonplaats_toelichting";
  ALTER TABLE "_zorgaanbod_v" DROP COLUMN "version_woonplaats_toelichting";
  ALTER TABLE "verzoeken" DROP COLUMN "functie";
  ALTER TABLE "verzoeken" DROP COLUMN "antwoord_uiterlijk";
  ALTER TABLE "users" DROP COLUMN "tweestaps";
  ALTER TABLE "users" DROP COLUMN "tweestaps_geheim";
  ALTER TABLE "users" DROP COLUMN "tweestaps_nieuw_geheim";
  ALTER TABLE "users" DROP COLUMN "tweestaps_herstelcodes";
  ALTER TABLE "users" DROP COLUMN "tweestaps_open";
  ALTER TABLE "users" DROP COLUMN "tweestaps_laatste_stap";
  ALTER TABLE "audit_log" DROP COLUMN "aantal";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "uitnodigingen_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inlogpogingen_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "zoekindex_controles_id";
  DROP TYPE "public"."enum_uitnodigingen_status";`)
}
