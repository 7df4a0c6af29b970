import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'zoekindexControleren' BEFORE 'vrijeCapaciteitVerlopen';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'zoekindexControleren' BEFORE 'vrijeCapaciteitVerlopen';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "zoekindex_controles_id" integer;
  CREATE INDEX "zoekindex_controles_op_idx" ON "zoekindex_controles" USING btree ("op");
  CREATE INDEX "zoekindex_controles_updated_at_idx" ON "zoekindex_controles" USING btree ("updated_at");
  CREATE INDEX "zoekindex_controles_created_at_idx" ON "zoekindex_controles" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zoekindex_controles_fk" FOREIGN KEY ("zoekindex_controles_id") REFERENCES "public"."zoekindex_controles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_zoekindex_controles_id_idx" ON "payload_locked_documents_rels" USING btree ("zoekindex_controles_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "zoekindex_controles" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "zoekindex_controles" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_zoekindex_controles_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'verstuurMail', 'vrijeCapaciteitVerlopen', 'zorgkaartBijwerken');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'verstuurMail', 'vrijeCapaciteitVerlopen', 'zorgkaartBijwerken');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_zoekindex_controles_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "zoekindex_controles_id";`)
}
