import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_actie" AS ENUM('aangemaakt', 'gewijzigd', 'verstuurd', 'goedgekeurd', 'afgewezen', 'verwijderd', 'verwijdering-voorgesteld', 'voorstel-ingetrokken', 'hersteld', 'gekopieerd', 'ingelogd', 'uitgelogd', 'inloggen-mislukt');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'verstuurMail' BEFORE 'vrijeCapaciteitVerlopen';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'verstuurMail' BEFORE 'vrijeCapaciteitVerlopen';
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"samenvatting" varchar,
  	"actie" "enum_audit_log_actie" NOT NULL,
  	"collectie" varchar,
  	"document_id" varchar,
  	"document_titel" varchar,
  	"gebruiker_id" varchar,
  	"gebruiker_naam" varchar,
  	"gebruiker_rol" varchar,
  	"organisatie_id" varchar,
  	"organisatie_naam" varchar,
  	"wijzigingsverzoek" varchar,
  	"toelichting" varchar,
  	"wijzigingen" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "wijzigingsverzoeken" ADD COLUMN "beoordeeld_namens" varchar;
  ALTER TABLE "wijzigingsverzoeken" ADD COLUMN "verschillen" jsonb;
  ALTER TABLE "wijzigingsverzoeken" ADD COLUMN "gepubliceerde_locaties" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  CREATE INDEX "audit_log_actie_idx" ON "audit_log" USING btree ("actie");
  CREATE INDEX "audit_log_collectie_idx" ON "audit_log" USING btree ("collectie");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_gebruiker_id_idx" ON "audit_log" USING btree ("gebruiker_id");
  CREATE INDEX "audit_log_organisatie_id_idx" ON "audit_log" USING btree ("organisatie_id");
  CREATE INDEX "audit_log_wijzigingsverzoek_idx" ON "audit_log" USING btree ("wijzigingsverzoek");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "wijzigingsverzoeken_verstuurd_op_idx" ON "wijzigingsverzoeken" USING btree ("verstuurd_op");
  CREATE INDEX "wijzigingsverzoeken_afgehandeld_op_idx" ON "wijzigingsverzoeken" USING btree ("afgehandeld_op");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'vrijeCapaciteitVerlopen');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'vrijeCapaciteitVerlopen');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "wijzigingsverzoeken_verstuurd_op_idx";
  DROP INDEX "wijzigingsverzoeken_afgehandeld_op_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "wijzigingsverzoeken" DROP COLUMN "beoordeeld_namens";
  ALTER TABLE "wijzigingsverzoeken" DROP COLUMN "verschillen";
  ALTER TABLE "wijzigingsverzoeken" DROP COLUMN "gepubliceerde_locaties";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_audit_log_actie";`)
}
