import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_vrije_capaciteit_sector" AS ENUM('VV', 'VG', 'LG', 'ZG', 'GGZ');
  CREATE TYPE "public"."enum_vrije_capaciteit_zorgprofiel" AS ENUM('VV-4', 'VV-5', 'VV-6', 'VV-7', 'VV-8', 'VG-3', 'VG-4', 'VG-5', 'VG-6', 'VG-7', 'VG-8', 'LVG-1', 'LVG-2', 'LVG-3', 'LVG-4', 'LVG-5', 'SGLVG', 'LG-2', 'LG-4', 'LG-5', 'LG-6', 'LG-7', 'ZG-AUD-2', 'ZG-AUD-3', 'ZG-AUD-4', 'ZG-VIS-2', 'ZG-VIS-3', 'ZG-VIS-4', 'ZG-VIS-5', 'GGZ-B-3', 'GGZ-B-4', 'GGZ-B-5', 'GGZ-B-6', 'GGZ-B-7', 'GGZ-W-1', 'GGZ-W-2', 'GGZ-W-3', 'GGZ-W-4');
  CREATE TYPE "public"."enum_vrije_capaciteit_soort_plaats" AS ENUM('verblijf', 'logeren', 'dagbesteding');
  CREATE TYPE "public"."enum_wachttijden_zorgprofiel" AS ENUM('VV-4', 'VV-5', 'VV-6', 'VV-7', 'VV-8', 'VG-3', 'VG-4', 'VG-5', 'VG-6', 'VG-7', 'VG-8', 'LVG-1', 'LVG-2', 'LVG-3', 'LVG-4', 'LVG-5', 'SGLVG', 'LG-2', 'LG-4', 'LG-5', 'LG-6', 'LG-7', 'ZG-AUD-2', 'ZG-AUD-3', 'ZG-AUD-4', 'ZG-VIS-2', 'ZG-VIS-3', 'ZG-VIS-4', 'ZG-VIS-5', 'GGZ-B-3', 'GGZ-B-4', 'GGZ-B-5', 'GGZ-B-6', 'GGZ-B-7', 'GGZ-W-1', 'GGZ-W-2', 'GGZ-W-3', 'GGZ-W-4');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'vrijeCapaciteitVerlopen';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'vrijeCapaciteitVerlopen';
  CREATE TABLE "vrije_capaciteit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar,
  	"locatie_id" integer NOT NULL,
  	"organisatie_id" integer,
  	"sector" "enum_vrije_capaciteit_sector" NOT NULL,
  	"zorgprofiel" "enum_vrije_capaciteit_zorgprofiel",
  	"aantal" numeric NOT NULL,
  	"soort_plaats" "enum_vrije_capaciteit_soort_plaats" DEFAULT 'verblijf' NOT NULL,
  	"beschikbaar_vanaf" timestamp(3) with time zone,
  	"geldig_tot" timestamp(3) with time zone,
  	"toelichting" varchar,
  	"gemeld_door_id" integer,
  	"gemeld_op" timestamp(3) with time zone,
  	"verlopen" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "wachttijden" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar,
  	"locatie_id" integer NOT NULL,
  	"organisatie_id" integer,
  	"zorgprofiel" "enum_wachttijden_zorgprofiel" NOT NULL,
  	"weken" numeric NOT NULL,
  	"gemeld_door_id" integer,
  	"gemeld_op" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "vrije_capaciteit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wachttijden_id" integer;
  ALTER TABLE "vrije_capaciteit" ADD CONSTRAINT "vrije_capaciteit_locatie_id_locaties_id_fk" FOREIGN KEY ("locatie_id") REFERENCES "public"."locaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vrije_capaciteit" ADD CONSTRAINT "vrije_capaciteit_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vrije_capaciteit" ADD CONSTRAINT "vrije_capaciteit_gemeld_door_id_users_id_fk" FOREIGN KEY ("gemeld_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wachttijden" ADD CONSTRAINT "wachttijden_locatie_id_locaties_id_fk" FOREIGN KEY ("locatie_id") REFERENCES "public"."locaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wachttijden" ADD CONSTRAINT "wachttijden_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wachttijden" ADD CONSTRAINT "wachttijden_gemeld_door_id_users_id_fk" FOREIGN KEY ("gemeld_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "vrije_capaciteit_locatie_idx" ON "vrije_capaciteit" USING btree ("locatie_id");
  CREATE INDEX "vrije_capaciteit_organisatie_idx" ON "vrije_capaciteit" USING btree ("organisatie_id");
  CREATE INDEX "vrije_capaciteit_gemeld_door_idx" ON "vrije_capaciteit" USING btree ("gemeld_door_id");
  CREATE INDEX "vrije_capaciteit_verlopen_idx" ON "vrije_capaciteit" USING btree ("verlopen");
  CREATE INDEX "vrije_capaciteit_updated_at_idx" ON "vrije_capaciteit" USING btree ("updated_at");
  CREATE INDEX "vrije_capaciteit_created_at_idx" ON "vrije_capaciteit" USING btree ("created_at");
  CREATE INDEX "wachttijden_locatie_idx" ON "wachttijden" USING btree ("locatie_id");
  CREATE INDEX "wachttijden_organisatie_idx" ON "wachttijden" USING btree ("organisatie_id");
  CREATE INDEX "wachttijden_gemeld_door_idx" ON "wachttijden" USING btree ("gemeld_door_id");
  CREATE INDEX "wachttijden_updated_at_idx" ON "wachttijden" USING btree ("updated_at");
  CREATE INDEX "wachttijden_created_at_idx" ON "wachttijden" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vrije_capaciteit_fk" FOREIGN KEY ("vrije_capaciteit_id") REFERENCES "public"."vrije_capaciteit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wachttijden_fk" FOREIGN KEY ("wachttijden_id") REFERENCES "public"."wachttijden"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_vrije_capaciteit_id_idx" ON "payload_locked_documents_rels" USING btree ("vrije_capaciteit_id");
  CREATE INDEX "payload_locked_documents_rels_wachttijden_id_idx" ON "payload_locked_documents_rels" USING btree ("wachttijden_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vrije_capaciteit" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "wachttijden" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "vrije_capaciteit" CASCADE;
  DROP TABLE "wachttijden" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_vrije_capaciteit_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_wachttijden_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties', 'herindexeren');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_vrije_capaciteit_id_idx";
  DROP INDEX "payload_locked_documents_rels_wachttijden_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "vrije_capaciteit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wachttijden_id";
  DROP TYPE "public"."enum_vrije_capaciteit_sector";
  DROP TYPE "public"."enum_vrije_capaciteit_zorgprofiel";
  DROP TYPE "public"."enum_vrije_capaciteit_soort_plaats";
  DROP TYPE "public"."enum_wachttijden_zorgprofiel";`)
}
