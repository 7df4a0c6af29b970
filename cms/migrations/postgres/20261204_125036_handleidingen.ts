import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisaties" ADD COLUMN "groep" varchar;
  ALTER TABLE "_organisaties_v" ADD COLUMN "version_groep" varchar;
  ALTER TABLE "contracten" ADD COLUMN "voorstel" boolean DEFAULT false;
  ALTER TABLE "contracten" ADD COLUMN "opmerkingen" varchar;
  ALTER TABLE "zorgaanbod" ADD COLUMN "woonplaats_toelichting" varchar;
  ALTER TABLE "_zorgaanbod_v" ADD COLUMN "version_woonplaats_toelichting" varchar;
  ALTER TABLE "verzoeken" ADD COLUMN "functie" varchar;
  ALTER TABLE "verzoeken" ADD COLUMN "antwoord_uiterlijk" timestamp(3) with time zone;
  CREATE INDEX "organisaties_groep_idx" ON "organisaties" USING btree ("groep");
  CREATE INDEX "_organisaties_v_version_version_groep_idx" ON "_organisaties_v" USING btree ("version_groep");
  CREATE INDEX "contracten_voorstel_idx" ON "contracten" USING btree ("voorstel");
  CREATE INDEX "verzoeken_antwoord_uiterlijk_idx" ON "verzoeken" USING btree ("antwoord_uiterlijk");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organisaties_groep_idx";
  DROP INDEX "_organisaties_v_version_version_groep_idx";
  DROP INDEX "contracten_voorstel_idx";
  DROP INDEX "verzoeken_antwoord_uiterlijk_idx";
  ALTER TABLE "organisaties" DROP COLUMN "groep";
  ALTER TABLE "_organisaties_v" DROP COLUMN "version_groep";
  ALTER TABLE "contracten" DROP COLUMN "voorstel";
  ALTER TABLE "contracten" DROP COLUMN "opmerkingen";
  ALTER TABLE "zorgaanbod" DROP COLUMN "woonplaats_toelichting";
  ALTER TABLE "_zorgaanbod_v" DROP COLUMN "version_woonplaats_toelichting";
  ALTER TABLE "verzoeken" DROP COLUMN "functie";
  ALTER TABLE "verzoeken" DROP COLUMN "antwoord_uiterlijk";`)
}
