import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { geefVoorzieningenCodes, geefVoorzieningenNamenTerug } from '../../db/voorziening-codes'

type Q = ReturnType<typeof sql>

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_verzoeken_soort" AS ENUM('probleem', 'voorziening', 'zachte-informatie', 'oco-dienst', 'toegang');
  CREATE TYPE "public"."enum_verzoeken_verzoek_status" AS ENUM('open', 'in-behandeling', 'afgehandeld');
  CREATE TABLE "verzoeken" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"soort" "enum_verzoeken_soort" NOT NULL,
  	"status" "enum_verzoeken_verzoek_status" DEFAULT 'open' NOT NULL,
  	"onderwerp" varchar NOT NULL,
  	"toelichting" varchar NOT NULL,
  	"organisatie_id" integer,
  	"organisatie_naam" varchar,
  	"code" varchar,
  	"antwoord" varchar,
  	"verstuurd_op" timestamp(3) with time zone,
  	"verstuurd_door_naam" varchar,
  	"verstuurd_door_email" varchar,
  	"beantwoord_op" timestamp(3) with time zone,
  	"beantwoord_door_naam" varchar,
  	"beantwoord_namens" varchar,
  	"afgehandeld_op" timestamp(3) with time zone,
  	"verstuurd_door_id" integer,
  	"beantwoord_door_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "verzoeken_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"zorgkantoren_id" integer
  );
  
  ALTER TABLE "soorten_zorg_voorzieningen" ADD COLUMN "code" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "verzoeken_id" integer;
  ALTER TABLE "verzoeken" ADD CONSTRAINT "verzoeken_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verzoeken" ADD CONSTRAINT "verzoeken_verstuurd_door_id_users_id_fk" FOREIGN KEY ("verstuurd_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verzoeken" ADD CONSTRAINT "verzoeken_beantwoord_door_id_users_id_fk" FOREIGN KEY ("beantwoord_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verzoeken_rels" ADD CONSTRAINT "verzoeken_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "verzoeken_rels" ADD CONSTRAINT "verzoeken_rels_zorgkantoren_fk" FOREIGN KEY ("zorgkantoren_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "verzoeken_soort_idx" ON "verzoeken" USING btree ("soort");
  CREATE INDEX "verzoeken_status_idx" ON "verzoeken" USING btree ("status");
  CREATE INDEX "verzoeken_organisatie_idx" ON "verzoeken" USING btree ("organisatie_id");
  CREATE INDEX "verzoeken_verstuurd_op_idx" ON "verzoeken" USING btree ("verstuurd_op");
  CREATE INDEX "verzoeken_verstuurd_door_idx" ON "verzoeken" USING btree ("verstuurd_door_id");
  CREATE INDEX "verzoeken_beantwoord_door_idx" ON "verzoeken" USING btree ("beantwoord_door_id");
  CREATE INDEX "verzoeken_updated_at_idx" ON "verzoeken" USING btree ("updated_at");
  CREATE INDEX "verzoeken_created_at_idx" ON "verzoeken" USING btree ("created_at");
  CREATE INDEX "verzoeken_rels_order_idx" ON "verzoeken_rels" USING btree ("order");
  CREATE INDEX "verzoeken_rels_parent_idx" ON "verzoeken_rels" USING btree ("parent_id");
  CREATE INDEX "verzoeken_rels_path_idx" ON "verzoeken_rels" USING btree ("path");
  CREATE INDEX "verzoeken_rels_zorgkantoren_id_idx" ON "verzoeken_rels" USING btree ("zorgkantoren_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_verzoeken_fk" FOREIGN KEY ("verzoeken_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_verzoeken_id_idx" ON "payload_locked_documents_rels" USING btree ("verzoeken_id");`)
  // voorzieningen get codes; locations store the code instead of the name
  await geefVoorzieningenCodes({
    sql,
    rijen: async (q: Q) => (await db.execute(q)).rows,
    voerUit: (q: Q) => db.execute(q),
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // locations store the voorziening's name again
  await geefVoorzieningenNamenTerug({
    sql,
    rijen: async (q: Q) => (await db.execute(q)).rows,
    voerUit: (q: Q) => db.execute(q),
  })
  await db.execute(sql`
   ALTER TABLE "verzoeken" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "verzoeken_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "verzoeken" CASCADE;
  DROP TABLE "verzoeken_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_verzoeken_fk";
  
  DROP INDEX "payload_locked_documents_rels_verzoeken_id_idx";
  ALTER TABLE "soorten_zorg_voorzieningen" DROP COLUMN "code";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "verzoeken_id";
  DROP TYPE "public"."enum_verzoeken_soort";
  DROP TYPE "public"."enum_verzoeken_verzoek_status";`)
}
