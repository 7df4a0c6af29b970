import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contracten_status" AS ENUM('niet', 'in-onderhandeling', 'gedeeltelijk', 'volledig');
  ALTER TYPE "public"."enum_audit_log_actie" ADD VALUE 'gefuseerd' BEFORE 'ingelogd';
  CREATE TABLE "contracten" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisatie_id" integer NOT NULL,
  	"zorgkantoor_id" integer NOT NULL,
  	"jaar" numeric NOT NULL,
  	"status" "enum_contracten_status" DEFAULT 'in-onderhandeling' NOT NULL,
  	"omschrijving" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "organisaties_nza_code_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contracten_id" integer;
  ALTER TABLE "contracten" ADD CONSTRAINT "contracten_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracten" ADD CONSTRAINT "contracten_zorgkantoor_id_zorgkantoren_id_fk" FOREIGN KEY ("zorgkantoor_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contracten_organisatie_idx" ON "contracten" USING btree ("organisatie_id");
  CREATE INDEX "contracten_zorgkantoor_idx" ON "contracten" USING btree ("zorgkantoor_id");
  CREATE INDEX "contracten_jaar_idx" ON "contracten" USING btree ("jaar");
  CREATE INDEX "contracten_updated_at_idx" ON "contracten" USING btree ("updated_at");
  CREATE INDEX "contracten_created_at_idx" ON "contracten" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisatie_zorgkantoor_jaar_idx" ON "contracten" USING btree ("organisatie_id","zorgkantoor_id","jaar");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contracten_fk" FOREIGN KEY ("contracten_id") REFERENCES "public"."contracten"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contracten_id_idx" ON "payload_locked_documents_rels" USING btree ("contracten_id");
  CREATE UNIQUE INDEX "organisaties_nza_code_idx" ON "organisaties" USING btree ("nza_code");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contracten" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contracten" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contracten_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_actie";
  CREATE TYPE "public"."enum_audit_log_actie" AS ENUM('aangemaakt', 'gewijzigd', 'verstuurd', 'goedgekeurd', 'afgewezen', 'verwijderd', 'verwijdering-voorgesteld', 'voorstel-ingetrokken', 'hersteld', 'gekopieerd', 'ingelogd', 'uitgelogd', 'inloggen-mislukt');
  ALTER TABLE "audit_log" ALTER COLUMN "actie" SET DATA TYPE "public"."enum_audit_log_actie" USING "actie"::"public"."enum_audit_log_actie";
  DROP INDEX "payload_locked_documents_rels_contracten_id_idx";
  DROP INDEX "organisaties_nza_code_idx";
  CREATE INDEX "organisaties_nza_code_idx" ON "organisaties" USING btree ("nza_code");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contracten_id";
  DROP TYPE "public"."enum_contracten_status";`)
}
