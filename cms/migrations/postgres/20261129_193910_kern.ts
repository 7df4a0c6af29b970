import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'herindexeren';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'herindexeren';
  CREATE TABLE "worker_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"worker_id" varchar NOT NULL,
  	"pid" numeric,
  	"host" varchar,
  	"queues" jsonb,
  	"started_at" timestamp(3) with time zone,
  	"heartbeat_at" timestamp(3) with time zone,
  	"running" jsonb,
  	"progress" jsonb,
  	"processed" numeric,
  	"last_error" varchar,
  	"last_error_task" varchar,
  	"last_error_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "wijzigingsverzoeken" ALTER COLUMN "organisatie_id" DROP NOT NULL;
  ALTER TABLE "wijzigingsverzoeken" ADD COLUMN "organisatie_naam" varchar;
  ALTER TABLE "media" ADD COLUMN "organisatie_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "worker_status_id" integer;
  CREATE UNIQUE INDEX "worker_status_worker_id_idx" ON "worker_status" USING btree ("worker_id");
  CREATE INDEX "worker_status_heartbeat_at_idx" ON "worker_status" USING btree ("heartbeat_at");
  CREATE INDEX "worker_status_updated_at_idx" ON "worker_status" USING btree ("updated_at");
  CREATE INDEX "worker_status_created_at_idx" ON "worker_status" USING btree ("created_at");
  ALTER TABLE "media" ADD CONSTRAINT "media_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_worker_status_fk" FOREIGN KEY ("worker_status_id") REFERENCES "public"."worker_status"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_organisatie_idx" ON "media" USING btree ("organisatie_id");
  CREATE INDEX "payload_locked_documents_rels_worker_status_id_idx" ON "payload_locked_documents_rels" USING btree ("worker_status_id");`)
  // Requests keep the organisation's name; photos stored before owners existed belong to the
  // organisation of a location that uses them.
  await db.execute(sql`
  UPDATE "wijzigingsverzoeken" w SET "organisatie_naam" = o."naam" FROM "organisaties" o WHERE o."id" = w."organisatie_id";
  UPDATE "media" m SET "organisatie_id" = (SELECT l."organisatie_id" FROM "locaties_rels" r JOIN "locaties" l ON l."id" = r."parent_id" WHERE r."media_id" = m."id" LIMIT 1) WHERE m."organisatie_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "worker_status" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "worker_status" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_organisatie_id_organisaties_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_worker_status_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_organisatie_idx";
  DROP INDEX "payload_locked_documents_rels_worker_status_id_idx";
  ALTER TABLE "wijzigingsverzoeken" ALTER COLUMN "organisatie_id" SET NOT NULL;
  ALTER TABLE "wijzigingsverzoeken" DROP COLUMN "organisatie_naam";
  ALTER TABLE "media" DROP COLUMN "organisatie_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "worker_status_id";`)
}
