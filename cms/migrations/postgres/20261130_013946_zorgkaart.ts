import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'zorgkaartBijwerken';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'zorgkaartBijwerken';
  CREATE TABLE "zorgkaart" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"zorgkaart_id" varchar NOT NULL,
  	"naam" varchar NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"postcode" varchar NOT NULL,
  	"plaats" varchar NOT NULL,
  	"score" numeric,
  	"aantal_waarderingen" numeric DEFAULT 0 NOT NULL,
  	"url" varchar NOT NULL,
  	"adres_sleutel" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "locaties" ADD COLUMN "zorgkaart_nederland_zorgkaart_id" varchar;
  ALTER TABLE "_locaties_v" ADD COLUMN "version_zorgkaart_nederland_zorgkaart_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "zorgkaart_id" integer;
  CREATE UNIQUE INDEX "zorgkaart_zorgkaart_id_idx" ON "zorgkaart" USING btree ("zorgkaart_id");
  CREATE INDEX "zorgkaart_adres_sleutel_idx" ON "zorgkaart" USING btree ("adres_sleutel");
  CREATE INDEX "zorgkaart_updated_at_idx" ON "zorgkaart" USING btree ("updated_at");
  CREATE INDEX "zorgkaart_created_at_idx" ON "zorgkaart" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zorgkaart_fk" FOREIGN KEY ("zorgkaart_id") REFERENCES "public"."zorgkaart"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_zorgkaart_id_idx" ON "payload_locked_documents_rels" USING btree ("zorgkaart_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "zorgkaart" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "zorgkaart" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_zorgkaart_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'verstuurMail', 'vrijeCapaciteitVerlopen');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren', 'verstuurMail', 'vrijeCapaciteitVerlopen');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_zorgkaart_id_idx";
  ALTER TABLE "locaties" DROP COLUMN "zorgkaart_nederland_zorgkaart_id";
  ALTER TABLE "_locaties_v" DROP COLUMN "version_zorgkaart_nederland_zorgkaart_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "zorgkaart_id";`)
}
