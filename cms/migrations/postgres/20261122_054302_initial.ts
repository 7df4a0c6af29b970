import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organisaties_type" AS ENUM('zorgaanbieder', 'oco', 'pgb-initiatief');
  CREATE TYPE "public"."enum_organisaties_workflow_status" AS ENUM('nieuw', 'voorgesteld', 'in-behandeling', 'definitief', 'voorgesteld-verwijderd');
  CREATE TYPE "public"."enum_organisaties_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisaties_v_version_type" AS ENUM('zorgaanbieder', 'oco', 'pgb-initiatief');
  CREATE TYPE "public"."enum__organisaties_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_locaties_workflow_status" AS ENUM('nieuw', 'voorgesteld', 'in-behandeling', 'definitief', 'voorgesteld-verwijderd');
  CREATE TYPE "public"."enum_locaties_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__locaties_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_zorgaanbod_vv_doelgroepen" AS ENUM('vv-somatiek', 'vv-dementie', 'vv-jonge-mensen-dementie', 'vv-korsakov', 'vv-huntington', 'vv-gerontopsychiatrie', 'vv-palliatief');
  CREATE TYPE "public"."enum_zorgaanbod_vv_zorgprofielen" AS ENUM('VV-1', 'VV-2', 'VV-3', 'VV-4', 'VV-5', 'VV-6', 'VV-7', 'VV-8', 'VV-9b', 'VV-10');
  CREATE TYPE "public"."enum_zorgaanbod_vv_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum_zorgaanbod_vv_dagbesteding_doelgroepen" AS ENUM('vv-somatiek', 'vv-dementie', 'vv-jonge-mensen-dementie', 'vv-korsakov', 'vv-huntington', 'vv-gerontopsychiatrie', 'vv-palliatief');
  CREATE TYPE "public"."enum_zorgaanbod_vg_doelgroepen" AS ENUM('vg-verstandelijke-beperking', 'vg-lvb', 'vg-emb', 'vg-autisme', 'vg-gedrag', 'vg-kinderen');
  CREATE TYPE "public"."enum_zorgaanbod_vg_zorgprofielen" AS ENUM('VG-1', 'VG-2', 'VG-3', 'VG-4', 'VG-5', 'VG-6', 'VG-7', 'VG-8', 'LVG-1', 'LVG-2', 'LVG-3', 'LVG-4', 'LVG-5', 'SGLVG');
  CREATE TYPE "public"."enum_zorgaanbod_vg_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum_zorgaanbod_vg_dagbesteding_doelgroepen" AS ENUM('vg-verstandelijke-beperking', 'vg-lvb', 'vg-emb', 'vg-autisme', 'vg-gedrag', 'vg-kinderen');
  CREATE TYPE "public"."enum_zorgaanbod_lg_doelgroepen" AS ENUM('lg-lichamelijke-beperking', 'lg-nah', 'lg-spierziekte', 'lg-ms', 'lg-dwarslaesie');
  CREATE TYPE "public"."enum_zorgaanbod_lg_zorgprofielen" AS ENUM('LG-1', 'LG-2', 'LG-3', 'LG-4', 'LG-5', 'LG-6', 'LG-7');
  CREATE TYPE "public"."enum_zorgaanbod_lg_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum_zorgaanbod_lg_dagbesteding_doelgroepen" AS ENUM('lg-lichamelijke-beperking', 'lg-nah', 'lg-spierziekte', 'lg-ms', 'lg-dwarslaesie');
  CREATE TYPE "public"."enum_zorgaanbod_zg_doelgroepen" AS ENUM('zg-visueel', 'zg-auditief', 'zg-doofblind', 'zg-tos');
  CREATE TYPE "public"."enum_zorgaanbod_zg_zorgprofielen" AS ENUM('ZG-AUD-1', 'ZG-AUD-2', 'ZG-AUD-3', 'ZG-AUD-4', 'ZG-VIS-1', 'ZG-VIS-2', 'ZG-VIS-3', 'ZG-VIS-4', 'ZG-VIS-5');
  CREATE TYPE "public"."enum_zorgaanbod_zg_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum_zorgaanbod_zg_dagbesteding_doelgroepen" AS ENUM('zg-visueel', 'zg-auditief', 'zg-doofblind', 'zg-tos');
  CREATE TYPE "public"."enum_zorgaanbod_ggz_doelgroepen" AS ENUM('ggz-langdurig', 'ggz-psychose', 'ggz-dubbele-diagnose', 'ggz-persoonlijkheid', 'ggz-ouderen');
  CREATE TYPE "public"."enum_zorgaanbod_ggz_zorgprofielen" AS ENUM('GGZ-B-1', 'GGZ-B-2', 'GGZ-B-3', 'GGZ-B-4', 'GGZ-B-5', 'GGZ-B-6', 'GGZ-B-7', 'GGZ-W-1', 'GGZ-W-2', 'GGZ-W-3', 'GGZ-W-4');
  CREATE TYPE "public"."enum_zorgaanbod_ggz_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum_zorgaanbod_ggz_dagbesteding_doelgroepen" AS ENUM('ggz-langdurig', 'ggz-psychose', 'ggz-dubbele-diagnose', 'ggz-persoonlijkheid', 'ggz-ouderen');
  CREATE TYPE "public"."enum_zorgaanbod_workflow_status" AS ENUM('nieuw', 'voorgesteld', 'in-behandeling', 'definitief', 'voorgesteld-verwijderd');
  CREATE TYPE "public"."enum_zorgaanbod_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vv_doelgroepen" AS ENUM('vv-somatiek', 'vv-dementie', 'vv-jonge-mensen-dementie', 'vv-korsakov', 'vv-huntington', 'vv-gerontopsychiatrie', 'vv-palliatief');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vv_zorgprofielen" AS ENUM('VV-1', 'VV-2', 'VV-3', 'VV-4', 'VV-5', 'VV-6', 'VV-7', 'VV-8', 'VV-9b', 'VV-10');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vv_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vv_dagbesteding_doelgroepen" AS ENUM('vv-somatiek', 'vv-dementie', 'vv-jonge-mensen-dementie', 'vv-korsakov', 'vv-huntington', 'vv-gerontopsychiatrie', 'vv-palliatief');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vg_doelgroepen" AS ENUM('vg-verstandelijke-beperking', 'vg-lvb', 'vg-emb', 'vg-autisme', 'vg-gedrag', 'vg-kinderen');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vg_zorgprofielen" AS ENUM('VG-1', 'VG-2', 'VG-3', 'VG-4', 'VG-5', 'VG-6', 'VG-7', 'VG-8', 'LVG-1', 'LVG-2', 'LVG-3', 'LVG-4', 'LVG-5', 'SGLVG');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vg_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_vg_dagbesteding_doelgroepen" AS ENUM('vg-verstandelijke-beperking', 'vg-lvb', 'vg-emb', 'vg-autisme', 'vg-gedrag', 'vg-kinderen');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_lg_doelgroepen" AS ENUM('lg-lichamelijke-beperking', 'lg-nah', 'lg-spierziekte', 'lg-ms', 'lg-dwarslaesie');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_lg_zorgprofielen" AS ENUM('LG-1', 'LG-2', 'LG-3', 'LG-4', 'LG-5', 'LG-6', 'LG-7');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_lg_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_lg_dagbesteding_doelgroepen" AS ENUM('lg-lichamelijke-beperking', 'lg-nah', 'lg-spierziekte', 'lg-ms', 'lg-dwarslaesie');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_zg_doelgroepen" AS ENUM('zg-visueel', 'zg-auditief', 'zg-doofblind', 'zg-tos');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_zg_zorgprofielen" AS ENUM('ZG-AUD-1', 'ZG-AUD-2', 'ZG-AUD-3', 'ZG-AUD-4', 'ZG-VIS-1', 'ZG-VIS-2', 'ZG-VIS-3', 'ZG-VIS-4', 'ZG-VIS-5');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_zg_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_zg_dagbesteding_doelgroepen" AS ENUM('zg-visueel', 'zg-auditief', 'zg-doofblind', 'zg-tos');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_ggz_doelgroepen" AS ENUM('ggz-langdurig', 'ggz-psychose', 'ggz-dubbele-diagnose', 'ggz-persoonlijkheid', 'ggz-ouderen');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_ggz_zorgprofielen" AS ENUM('GGZ-B-1', 'GGZ-B-2', 'GGZ-B-3', 'GGZ-B-4', 'GGZ-B-5', 'GGZ-B-6', 'GGZ-B-7', 'GGZ-W-1', 'GGZ-W-2', 'GGZ-W-3', 'GGZ-W-4');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_ggz_leveringsvormen" AS ENUM('verblijf', 'vpt', 'mpt', 'pgb');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_ggz_dagbesteding_doelgroepen" AS ENUM('ggz-langdurig', 'ggz-psychose', 'ggz-dubbele-diagnose', 'ggz-persoonlijkheid', 'ggz-ouderen');
  CREATE TYPE "public"."enum__zorgaanbod_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_wijzigingsverzoeken_status" AS ENUM('in-behandeling', 'goedgekeurd', 'afgewezen');
  CREATE TYPE "public"."enum_soorten_zorg_sectoren" AS ENUM('VV', 'VG', 'LG', 'ZG', 'GGZ');
  CREATE TYPE "public"."enum_users_rol" AS ENUM('beheerder', 'zorgkantoor', 'zorgaanbieder');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'indexeerLocaties');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'indexeerLocaties');
  CREATE TABLE "organisaties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar,
  	"verkorte_naam" varchar,
  	"nza_code" varchar,
  	"type" "enum_organisaties_type" DEFAULT 'zorgaanbieder',
  	"telefoon" varchar,
  	"email" varchar,
  	"website" varchar,
  	"status" "enum_organisaties_workflow_status" DEFAULT 'nieuw',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisaties_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organisaties_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"zorgkantoren_id" integer
  );
  
  CREATE TABLE "_organisaties_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_naam" varchar,
  	"version_verkorte_naam" varchar,
  	"version_nza_code" varchar,
  	"version_type" "enum__organisaties_v_version_type" DEFAULT 'zorgaanbieder',
  	"version_telefoon" varchar,
  	"version_email" varchar,
  	"version_website" varchar,
  	"version_status" "enum_organisaties_workflow_status" DEFAULT 'nieuw',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisaties_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_organisaties_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"zorgkantoren_id" integer
  );
  
  CREATE TABLE "locaties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisatie_id" integer,
  	"agb_code" varchar,
  	"hoofdlocatie" boolean DEFAULT true,
  	"volgnummer" numeric,
  	"soort_zorg_id" integer,
  	"voorziening" varchar,
  	"naam" varchar,
  	"gebruik_volledige_naam" boolean DEFAULT true,
  	"volledige_naam" varchar,
  	"kleinschalig" boolean DEFAULT false,
  	"bezoekadres_straat" varchar,
  	"bezoekadres_huisnummer" varchar,
  	"bezoekadres_huisnummer_toevoeging" varchar,
  	"bezoekadres_postcode" varchar,
  	"bezoekadres_plaats" varchar,
  	"coordinaten_lat" numeric,
  	"coordinaten_lng" numeric,
  	"telefoon" varchar,
  	"email" varchar,
  	"website" varchar,
  	"video" varchar,
  	"youtube_id" varchar,
  	"zorgkaart_nederland_niet_geregistreerd" boolean DEFAULT false,
  	"status" "enum_locaties_workflow_status" DEFAULT 'nieuw',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_locaties_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "locaties_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_locaties_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_organisatie_id" integer,
  	"version_agb_code" varchar,
  	"version_hoofdlocatie" boolean DEFAULT true,
  	"version_volgnummer" numeric,
  	"version_soort_zorg_id" integer,
  	"version_voorziening" varchar,
  	"version_naam" varchar,
  	"version_gebruik_volledige_naam" boolean DEFAULT true,
  	"version_volledige_naam" varchar,
  	"version_kleinschalig" boolean DEFAULT false,
  	"version_bezoekadres_straat" varchar,
  	"version_bezoekadres_huisnummer" varchar,
  	"version_bezoekadres_huisnummer_toevoeging" varchar,
  	"version_bezoekadres_postcode" varchar,
  	"version_bezoekadres_plaats" varchar,
  	"version_coordinaten_lat" numeric,
  	"version_coordinaten_lng" numeric,
  	"version_telefoon" varchar,
  	"version_email" varchar,
  	"version_website" varchar,
  	"version_video" varchar,
  	"version_youtube_id" varchar,
  	"version_zorgkaart_nederland_niet_geregistreerd" boolean DEFAULT false,
  	"version_status" "enum_locaties_workflow_status" DEFAULT 'nieuw',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__locaties_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_locaties_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "zorgaanbod_vv_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vv_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vv_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vv_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vv_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vv_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vv_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vv_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vg_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vg_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vg_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vg_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vg_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vg_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_vg_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_vg_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_lg_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_lg_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_lg_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_lg_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_lg_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_lg_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_lg_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_lg_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_zg_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_zg_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_zg_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_zg_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_zg_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_zg_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_zg_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_zg_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_ggz_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_ggz_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_ggz_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_ggz_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_ggz_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_ggz_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod_ggz_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgaanbod_ggz_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgaanbod" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar,
  	"locatie_id" integer,
  	"woonplaats_id" integer,
  	"organisatie_id" integer,
  	"vv_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"vv_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"vv_dagbesteding_toelichting" varchar,
  	"vg_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"vg_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"vg_dagbesteding_toelichting" varchar,
  	"lg_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"lg_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"lg_dagbesteding_toelichting" varchar,
  	"zg_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"zg_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"zg_dagbesteding_toelichting" varchar,
  	"ggz_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"ggz_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"ggz_dagbesteding_toelichting" varchar,
  	"status" "enum_zorgaanbod_workflow_status" DEFAULT 'nieuw',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_zorgaanbod_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "zorgaanbod_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"zachte_informatie_id" integer,
  	"oco_dienstverlening_id" integer
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vv_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vv_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vv_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vv_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vv_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vv_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vv_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vg_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vg_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vg_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vg_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vg_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vg_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_vg_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_lg_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_lg_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_lg_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_lg_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_lg_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_lg_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_lg_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_zg_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_zg_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_zg_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_zg_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_zg_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_zg_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_zg_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_ggz_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_ggz_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_ggz_zorgprofielen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_ggz_zorgprofielen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_ggz_leveringsvormen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_ggz_leveringsvormen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgaanbod_v_version_ggz_dagbesteding_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgaanbod_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_titel" varchar,
  	"version_locatie_id" integer,
  	"version_woonplaats_id" integer,
  	"version_organisatie_id" integer,
  	"version_vv_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"version_vv_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"version_vv_dagbesteding_toelichting" varchar,
  	"version_vg_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"version_vg_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"version_vg_dagbesteding_toelichting" varchar,
  	"version_lg_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"version_lg_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"version_lg_dagbesteding_toelichting" varchar,
  	"version_zg_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"version_zg_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"version_zg_dagbesteding_toelichting" varchar,
  	"version_ggz_dagbesteding_dagbesteding" boolean DEFAULT false,
  	"version_ggz_dagbesteding_dagbehandeling" boolean DEFAULT false,
  	"version_ggz_dagbesteding_toelichting" varchar,
  	"version_status" "enum_zorgaanbod_workflow_status" DEFAULT 'nieuw',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__zorgaanbod_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_zorgaanbod_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"zachte_informatie_id" integer,
  	"oco_dienstverlening_id" integer
  );
  
  CREATE TABLE "wijzigingsverzoeken" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar,
  	"organisatie_id" integer NOT NULL,
  	"status" "enum_wijzigingsverzoeken_status" NOT NULL,
  	"items" jsonb,
  	"reden" varchar,
  	"verstuurd_door_id" integer,
  	"verstuurd_op" timestamp(3) with time zone,
  	"afgehandeld_door_id" integer,
  	"afgehandeld_op" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "woonplaatsen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"gemeente" varchar NOT NULL,
  	"provincie" varchar NOT NULL,
  	"zorgkantoorregio" varchar,
  	"zorgkantoor_id" integer,
  	"lat" numeric NOT NULL,
  	"lng" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "soorten_zorg_sectoren" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_soorten_zorg_sectoren",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "soorten_zorg_voorzieningen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL
  );
  
  CREATE TABLE "soorten_zorg" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"icoon" varchar,
  	"meerdere_woonplaatsen" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "zachte_informatie" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"groep" varchar NOT NULL,
  	"icoon" varchar,
  	"toelichting" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "oco_dienstverlening" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"icoon" varchar,
  	"toelichting" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "zorgkantoren_regios" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL
  );
  
  CREATE TABLE "zorgkantoren" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"email" varchar,
  	"telefoon" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"toestemming" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_kaart_url" varchar,
  	"sizes_kaart_width" numeric,
  	"sizes_kaart_height" numeric,
  	"sizes_kaart_mime_type" varchar,
  	"sizes_kaart_filesize" numeric,
  	"sizes_kaart_filename" varchar,
  	"sizes_groot_url" varchar,
  	"sizes_groot_width" numeric,
  	"sizes_groot_height" numeric,
  	"sizes_groot_mime_type" varchar,
  	"sizes_groot_filesize" numeric,
  	"sizes_groot_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"rol" "enum_users_rol" DEFAULT 'zorgaanbieder' NOT NULL,
  	"zorgkantoor_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisaties_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisaties_id" integer,
  	"locaties_id" integer,
  	"zorgaanbod_id" integer,
  	"wijzigingsverzoeken_id" integer,
  	"woonplaatsen_id" integer,
  	"soorten_zorg_id" integer,
  	"zachte_informatie_id" integer,
  	"oco_dienstverlening_id" integer,
  	"zorgkantoren_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "organisaties_rels" ADD CONSTRAINT "organisaties_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisaties_rels" ADD CONSTRAINT "organisaties_rels_zorgkantoren_fk" FOREIGN KEY ("zorgkantoren_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v" ADD CONSTRAINT "_organisaties_v_parent_id_organisaties_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisaties_v_rels" ADD CONSTRAINT "_organisaties_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organisaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v_rels" ADD CONSTRAINT "_organisaties_v_rels_zorgkantoren_fk" FOREIGN KEY ("zorgkantoren_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locaties" ADD CONSTRAINT "locaties_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "locaties" ADD CONSTRAINT "locaties_soort_zorg_id_soorten_zorg_id_fk" FOREIGN KEY ("soort_zorg_id") REFERENCES "public"."soorten_zorg"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "locaties_rels" ADD CONSTRAINT "locaties_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."locaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locaties_rels" ADD CONSTRAINT "locaties_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_locaties_v" ADD CONSTRAINT "_locaties_v_parent_id_locaties_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."locaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_locaties_v" ADD CONSTRAINT "_locaties_v_version_organisatie_id_organisaties_id_fk" FOREIGN KEY ("version_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_locaties_v" ADD CONSTRAINT "_locaties_v_version_soort_zorg_id_soorten_zorg_id_fk" FOREIGN KEY ("version_soort_zorg_id") REFERENCES "public"."soorten_zorg"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_locaties_v_rels" ADD CONSTRAINT "_locaties_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_locaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_locaties_v_rels" ADD CONSTRAINT "_locaties_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vv_doelgroepen" ADD CONSTRAINT "zorgaanbod_vv_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vv_zorgprofielen" ADD CONSTRAINT "zorgaanbod_vv_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vv_leveringsvormen" ADD CONSTRAINT "zorgaanbod_vv_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vv_dagbesteding_doelgroepen" ADD CONSTRAINT "zorgaanbod_vv_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vg_doelgroepen" ADD CONSTRAINT "zorgaanbod_vg_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vg_zorgprofielen" ADD CONSTRAINT "zorgaanbod_vg_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vg_leveringsvormen" ADD CONSTRAINT "zorgaanbod_vg_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_vg_dagbesteding_doelgroepen" ADD CONSTRAINT "zorgaanbod_vg_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_lg_doelgroepen" ADD CONSTRAINT "zorgaanbod_lg_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_lg_zorgprofielen" ADD CONSTRAINT "zorgaanbod_lg_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_lg_leveringsvormen" ADD CONSTRAINT "zorgaanbod_lg_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_lg_dagbesteding_doelgroepen" ADD CONSTRAINT "zorgaanbod_lg_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_zg_doelgroepen" ADD CONSTRAINT "zorgaanbod_zg_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_zg_zorgprofielen" ADD CONSTRAINT "zorgaanbod_zg_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_zg_leveringsvormen" ADD CONSTRAINT "zorgaanbod_zg_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_zg_dagbesteding_doelgroepen" ADD CONSTRAINT "zorgaanbod_zg_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_ggz_doelgroepen" ADD CONSTRAINT "zorgaanbod_ggz_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_ggz_zorgprofielen" ADD CONSTRAINT "zorgaanbod_ggz_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_ggz_leveringsvormen" ADD CONSTRAINT "zorgaanbod_ggz_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_ggz_dagbesteding_doelgroepen" ADD CONSTRAINT "zorgaanbod_ggz_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod" ADD CONSTRAINT "zorgaanbod_locatie_id_locaties_id_fk" FOREIGN KEY ("locatie_id") REFERENCES "public"."locaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "zorgaanbod" ADD CONSTRAINT "zorgaanbod_woonplaats_id_woonplaatsen_id_fk" FOREIGN KEY ("woonplaats_id") REFERENCES "public"."woonplaatsen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "zorgaanbod" ADD CONSTRAINT "zorgaanbod_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "zorgaanbod_rels" ADD CONSTRAINT "zorgaanbod_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_rels" ADD CONSTRAINT "zorgaanbod_rels_zachte_informatie_fk" FOREIGN KEY ("zachte_informatie_id") REFERENCES "public"."zachte_informatie"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgaanbod_rels" ADD CONSTRAINT "zorgaanbod_rels_oco_dienstverlening_fk" FOREIGN KEY ("oco_dienstverlening_id") REFERENCES "public"."oco_dienstverlening"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vv_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_vv_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vv_zorgprofielen" ADD CONSTRAINT "_zorgaanbod_v_version_vv_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vv_leveringsvormen" ADD CONSTRAINT "_zorgaanbod_v_version_vv_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vg_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_vg_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vg_zorgprofielen" ADD CONSTRAINT "_zorgaanbod_v_version_vg_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vg_leveringsvormen" ADD CONSTRAINT "_zorgaanbod_v_version_vg_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_lg_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_lg_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_lg_zorgprofielen" ADD CONSTRAINT "_zorgaanbod_v_version_lg_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_lg_leveringsvormen" ADD CONSTRAINT "_zorgaanbod_v_version_lg_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_zg_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_zg_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_zg_zorgprofielen" ADD CONSTRAINT "_zorgaanbod_v_version_zg_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_zg_leveringsvormen" ADD CONSTRAINT "_zorgaanbod_v_version_zg_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_ggz_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_ggz_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_ggz_zorgprofielen" ADD CONSTRAINT "_zorgaanbod_v_version_ggz_zorgprofielen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_ggz_leveringsvormen" ADD CONSTRAINT "_zorgaanbod_v_version_ggz_leveringsvormen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen" ADD CONSTRAINT "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v" ADD CONSTRAINT "_zorgaanbod_v_parent_id_zorgaanbod_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v" ADD CONSTRAINT "_zorgaanbod_v_version_locatie_id_locaties_id_fk" FOREIGN KEY ("version_locatie_id") REFERENCES "public"."locaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v" ADD CONSTRAINT "_zorgaanbod_v_version_woonplaats_id_woonplaatsen_id_fk" FOREIGN KEY ("version_woonplaats_id") REFERENCES "public"."woonplaatsen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v" ADD CONSTRAINT "_zorgaanbod_v_version_organisatie_id_organisaties_id_fk" FOREIGN KEY ("version_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_rels" ADD CONSTRAINT "_zorgaanbod_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgaanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_rels" ADD CONSTRAINT "_zorgaanbod_v_rels_zachte_informatie_fk" FOREIGN KEY ("zachte_informatie_id") REFERENCES "public"."zachte_informatie"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgaanbod_v_rels" ADD CONSTRAINT "_zorgaanbod_v_rels_oco_dienstverlening_fk" FOREIGN KEY ("oco_dienstverlening_id") REFERENCES "public"."oco_dienstverlening"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wijzigingsverzoeken" ADD CONSTRAINT "wijzigingsverzoeken_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wijzigingsverzoeken" ADD CONSTRAINT "wijzigingsverzoeken_verstuurd_door_id_users_id_fk" FOREIGN KEY ("verstuurd_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wijzigingsverzoeken" ADD CONSTRAINT "wijzigingsverzoeken_afgehandeld_door_id_users_id_fk" FOREIGN KEY ("afgehandeld_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "woonplaatsen" ADD CONSTRAINT "woonplaatsen_zorgkantoor_id_zorgkantoren_id_fk" FOREIGN KEY ("zorgkantoor_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "soorten_zorg_sectoren" ADD CONSTRAINT "soorten_zorg_sectoren_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."soorten_zorg"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "soorten_zorg_voorzieningen" ADD CONSTRAINT "soorten_zorg_voorzieningen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."soorten_zorg"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgkantoren_regios" ADD CONSTRAINT "zorgkantoren_regios_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_zorgkantoor_id_zorgkantoren_id_fk" FOREIGN KEY ("zorgkantoor_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_organisaties_fk" FOREIGN KEY ("organisaties_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisaties_fk" FOREIGN KEY ("organisaties_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_locaties_fk" FOREIGN KEY ("locaties_id") REFERENCES "public"."locaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zorgaanbod_fk" FOREIGN KEY ("zorgaanbod_id") REFERENCES "public"."zorgaanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wijzigingsverzoeken_fk" FOREIGN KEY ("wijzigingsverzoeken_id") REFERENCES "public"."wijzigingsverzoeken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_woonplaatsen_fk" FOREIGN KEY ("woonplaatsen_id") REFERENCES "public"."woonplaatsen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_soorten_zorg_fk" FOREIGN KEY ("soorten_zorg_id") REFERENCES "public"."soorten_zorg"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zachte_informatie_fk" FOREIGN KEY ("zachte_informatie_id") REFERENCES "public"."zachte_informatie"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_oco_dienstverlening_fk" FOREIGN KEY ("oco_dienstverlening_id") REFERENCES "public"."oco_dienstverlening"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zorgkantoren_fk" FOREIGN KEY ("zorgkantoren_id") REFERENCES "public"."zorgkantoren"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organisaties_nza_code_idx" ON "organisaties" USING btree ("nza_code");
  CREATE INDEX "organisaties_status_idx" ON "organisaties" USING btree ("status");
  CREATE INDEX "organisaties_updated_at_idx" ON "organisaties" USING btree ("updated_at");
  CREATE INDEX "organisaties_created_at_idx" ON "organisaties" USING btree ("created_at");
  CREATE INDEX "organisaties__status_idx" ON "organisaties" USING btree ("_status");
  CREATE INDEX "organisaties_rels_order_idx" ON "organisaties_rels" USING btree ("order");
  CREATE INDEX "organisaties_rels_parent_idx" ON "organisaties_rels" USING btree ("parent_id");
  CREATE INDEX "organisaties_rels_path_idx" ON "organisaties_rels" USING btree ("path");
  CREATE INDEX "organisaties_rels_zorgkantoren_id_idx" ON "organisaties_rels" USING btree ("zorgkantoren_id");
  CREATE INDEX "_organisaties_v_parent_idx" ON "_organisaties_v" USING btree ("parent_id");
  CREATE INDEX "_organisaties_v_version_version_nza_code_idx" ON "_organisaties_v" USING btree ("version_nza_code");
  CREATE INDEX "_organisaties_v_version_version_status_idx" ON "_organisaties_v" USING btree ("version_status");
  CREATE INDEX "_organisaties_v_version_version_updated_at_idx" ON "_organisaties_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisaties_v_version_version_created_at_idx" ON "_organisaties_v" USING btree ("version_created_at");
  CREATE INDEX "_organisaties_v_version_version__status_idx" ON "_organisaties_v" USING btree ("version__status");
  CREATE INDEX "_organisaties_v_created_at_idx" ON "_organisaties_v" USING btree ("created_at");
  CREATE INDEX "_organisaties_v_updated_at_idx" ON "_organisaties_v" USING btree ("updated_at");
  CREATE INDEX "_organisaties_v_latest_idx" ON "_organisaties_v" USING btree ("latest");
  CREATE INDEX "_organisaties_v_rels_order_idx" ON "_organisaties_v_rels" USING btree ("order");
  CREATE INDEX "_organisaties_v_rels_parent_idx" ON "_organisaties_v_rels" USING btree ("parent_id");
  CREATE INDEX "_organisaties_v_rels_path_idx" ON "_organisaties_v_rels" USING btree ("path");
  CREATE INDEX "_organisaties_v_rels_zorgkantoren_id_idx" ON "_organisaties_v_rels" USING btree ("zorgkantoren_id");
  CREATE INDEX "locaties_organisatie_idx" ON "locaties" USING btree ("organisatie_id");
  CREATE INDEX "locaties_agb_code_idx" ON "locaties" USING btree ("agb_code");
  CREATE INDEX "locaties_soort_zorg_idx" ON "locaties" USING btree ("soort_zorg_id");
  CREATE INDEX "locaties_status_idx" ON "locaties" USING btree ("status");
  CREATE INDEX "locaties_updated_at_idx" ON "locaties" USING btree ("updated_at");
  CREATE INDEX "locaties_created_at_idx" ON "locaties" USING btree ("created_at");
  CREATE INDEX "locaties__status_idx" ON "locaties" USING btree ("_status");
  CREATE INDEX "locaties_rels_order_idx" ON "locaties_rels" USING btree ("order");
  CREATE INDEX "locaties_rels_parent_idx" ON "locaties_rels" USING btree ("parent_id");
  CREATE INDEX "locaties_rels_path_idx" ON "locaties_rels" USING btree ("path");
  CREATE INDEX "locaties_rels_media_id_idx" ON "locaties_rels" USING btree ("media_id");
  CREATE INDEX "_locaties_v_parent_idx" ON "_locaties_v" USING btree ("parent_id");
  CREATE INDEX "_locaties_v_version_version_organisatie_idx" ON "_locaties_v" USING btree ("version_organisatie_id");
  CREATE INDEX "_locaties_v_version_version_agb_code_idx" ON "_locaties_v" USING btree ("version_agb_code");
  CREATE INDEX "_locaties_v_version_version_soort_zorg_idx" ON "_locaties_v" USING btree ("version_soort_zorg_id");
  CREATE INDEX "_locaties_v_version_version_status_idx" ON "_locaties_v" USING btree ("version_status");
  CREATE INDEX "_locaties_v_version_version_updated_at_idx" ON "_locaties_v" USING btree ("version_updated_at");
  CREATE INDEX "_locaties_v_version_version_created_at_idx" ON "_locaties_v" USING btree ("version_created_at");
  CREATE INDEX "_locaties_v_version_version__status_idx" ON "_locaties_v" USING btree ("version__status");
  CREATE INDEX "_locaties_v_created_at_idx" ON "_locaties_v" USING btree ("created_at");
  CREATE INDEX "_locaties_v_updated_at_idx" ON "_locaties_v" USING btree ("updated_at");
  CREATE INDEX "_locaties_v_latest_idx" ON "_locaties_v" USING btree ("latest");
  CREATE INDEX "_locaties_v_rels_order_idx" ON "_locaties_v_rels" USING btree ("order");
  CREATE INDEX "_locaties_v_rels_parent_idx" ON "_locaties_v_rels" USING btree ("parent_id");
  CREATE INDEX "_locaties_v_rels_path_idx" ON "_locaties_v_rels" USING btree ("path");
  CREATE INDEX "_locaties_v_rels_media_id_idx" ON "_locaties_v_rels" USING btree ("media_id");
  CREATE INDEX "zorgaanbod_vv_doelgroepen_order_idx" ON "zorgaanbod_vv_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vv_doelgroepen_parent_idx" ON "zorgaanbod_vv_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vv_zorgprofielen_order_idx" ON "zorgaanbod_vv_zorgprofielen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vv_zorgprofielen_parent_idx" ON "zorgaanbod_vv_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vv_leveringsvormen_order_idx" ON "zorgaanbod_vv_leveringsvormen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vv_leveringsvormen_parent_idx" ON "zorgaanbod_vv_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vv_dagbesteding_doelgroepen_order_idx" ON "zorgaanbod_vv_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vv_dagbesteding_doelgroepen_parent_idx" ON "zorgaanbod_vv_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vg_doelgroepen_order_idx" ON "zorgaanbod_vg_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vg_doelgroepen_parent_idx" ON "zorgaanbod_vg_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vg_zorgprofielen_order_idx" ON "zorgaanbod_vg_zorgprofielen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vg_zorgprofielen_parent_idx" ON "zorgaanbod_vg_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vg_leveringsvormen_order_idx" ON "zorgaanbod_vg_leveringsvormen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vg_leveringsvormen_parent_idx" ON "zorgaanbod_vg_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_vg_dagbesteding_doelgroepen_order_idx" ON "zorgaanbod_vg_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_vg_dagbesteding_doelgroepen_parent_idx" ON "zorgaanbod_vg_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_lg_doelgroepen_order_idx" ON "zorgaanbod_lg_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_lg_doelgroepen_parent_idx" ON "zorgaanbod_lg_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_lg_zorgprofielen_order_idx" ON "zorgaanbod_lg_zorgprofielen" USING btree ("order");
  CREATE INDEX "zorgaanbod_lg_zorgprofielen_parent_idx" ON "zorgaanbod_lg_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_lg_leveringsvormen_order_idx" ON "zorgaanbod_lg_leveringsvormen" USING btree ("order");
  CREATE INDEX "zorgaanbod_lg_leveringsvormen_parent_idx" ON "zorgaanbod_lg_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_lg_dagbesteding_doelgroepen_order_idx" ON "zorgaanbod_lg_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_lg_dagbesteding_doelgroepen_parent_idx" ON "zorgaanbod_lg_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_zg_doelgroepen_order_idx" ON "zorgaanbod_zg_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_zg_doelgroepen_parent_idx" ON "zorgaanbod_zg_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_zg_zorgprofielen_order_idx" ON "zorgaanbod_zg_zorgprofielen" USING btree ("order");
  CREATE INDEX "zorgaanbod_zg_zorgprofielen_parent_idx" ON "zorgaanbod_zg_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_zg_leveringsvormen_order_idx" ON "zorgaanbod_zg_leveringsvormen" USING btree ("order");
  CREATE INDEX "zorgaanbod_zg_leveringsvormen_parent_idx" ON "zorgaanbod_zg_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_zg_dagbesteding_doelgroepen_order_idx" ON "zorgaanbod_zg_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_zg_dagbesteding_doelgroepen_parent_idx" ON "zorgaanbod_zg_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_ggz_doelgroepen_order_idx" ON "zorgaanbod_ggz_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_ggz_doelgroepen_parent_idx" ON "zorgaanbod_ggz_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_ggz_zorgprofielen_order_idx" ON "zorgaanbod_ggz_zorgprofielen" USING btree ("order");
  CREATE INDEX "zorgaanbod_ggz_zorgprofielen_parent_idx" ON "zorgaanbod_ggz_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_ggz_leveringsvormen_order_idx" ON "zorgaanbod_ggz_leveringsvormen" USING btree ("order");
  CREATE INDEX "zorgaanbod_ggz_leveringsvormen_parent_idx" ON "zorgaanbod_ggz_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_ggz_dagbesteding_doelgroepen_order_idx" ON "zorgaanbod_ggz_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "zorgaanbod_ggz_dagbesteding_doelgroepen_parent_idx" ON "zorgaanbod_ggz_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_locatie_idx" ON "zorgaanbod" USING btree ("locatie_id");
  CREATE INDEX "zorgaanbod_woonplaats_idx" ON "zorgaanbod" USING btree ("woonplaats_id");
  CREATE INDEX "zorgaanbod_organisatie_idx" ON "zorgaanbod" USING btree ("organisatie_id");
  CREATE INDEX "zorgaanbod_status_idx" ON "zorgaanbod" USING btree ("status");
  CREATE INDEX "zorgaanbod_updated_at_idx" ON "zorgaanbod" USING btree ("updated_at");
  CREATE INDEX "zorgaanbod_created_at_idx" ON "zorgaanbod" USING btree ("created_at");
  CREATE INDEX "zorgaanbod__status_idx" ON "zorgaanbod" USING btree ("_status");
  CREATE INDEX "zorgaanbod_rels_order_idx" ON "zorgaanbod_rels" USING btree ("order");
  CREATE INDEX "zorgaanbod_rels_parent_idx" ON "zorgaanbod_rels" USING btree ("parent_id");
  CREATE INDEX "zorgaanbod_rels_path_idx" ON "zorgaanbod_rels" USING btree ("path");
  CREATE INDEX "zorgaanbod_rels_zachte_informatie_id_idx" ON "zorgaanbod_rels" USING btree ("zachte_informatie_id");
  CREATE INDEX "zorgaanbod_rels_oco_dienstverlening_id_idx" ON "zorgaanbod_rels" USING btree ("oco_dienstverlening_id");
  CREATE INDEX "_zorgaanbod_v_version_vv_doelgroepen_order_idx" ON "_zorgaanbod_v_version_vv_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vv_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_vv_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vv_zorgprofielen_order_idx" ON "_zorgaanbod_v_version_vv_zorgprofielen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vv_zorgprofielen_parent_idx" ON "_zorgaanbod_v_version_vv_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vv_leveringsvormen_order_idx" ON "_zorgaanbod_v_version_vv_leveringsvormen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vv_leveringsvormen_parent_idx" ON "_zorgaanbod_v_version_vv_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen_order_idx" ON "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vg_doelgroepen_order_idx" ON "_zorgaanbod_v_version_vg_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vg_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_vg_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vg_zorgprofielen_order_idx" ON "_zorgaanbod_v_version_vg_zorgprofielen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vg_zorgprofielen_parent_idx" ON "_zorgaanbod_v_version_vg_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vg_leveringsvormen_order_idx" ON "_zorgaanbod_v_version_vg_leveringsvormen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vg_leveringsvormen_parent_idx" ON "_zorgaanbod_v_version_vg_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen_order_idx" ON "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_lg_doelgroepen_order_idx" ON "_zorgaanbod_v_version_lg_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_lg_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_lg_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_lg_zorgprofielen_order_idx" ON "_zorgaanbod_v_version_lg_zorgprofielen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_lg_zorgprofielen_parent_idx" ON "_zorgaanbod_v_version_lg_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_lg_leveringsvormen_order_idx" ON "_zorgaanbod_v_version_lg_leveringsvormen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_lg_leveringsvormen_parent_idx" ON "_zorgaanbod_v_version_lg_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen_order_idx" ON "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_zg_doelgroepen_order_idx" ON "_zorgaanbod_v_version_zg_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_zg_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_zg_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_zg_zorgprofielen_order_idx" ON "_zorgaanbod_v_version_zg_zorgprofielen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_zg_zorgprofielen_parent_idx" ON "_zorgaanbod_v_version_zg_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_zg_leveringsvormen_order_idx" ON "_zorgaanbod_v_version_zg_leveringsvormen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_zg_leveringsvormen_parent_idx" ON "_zorgaanbod_v_version_zg_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen_order_idx" ON "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_ggz_doelgroepen_order_idx" ON "_zorgaanbod_v_version_ggz_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_ggz_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_ggz_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_ggz_zorgprofielen_order_idx" ON "_zorgaanbod_v_version_ggz_zorgprofielen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_ggz_zorgprofielen_parent_idx" ON "_zorgaanbod_v_version_ggz_zorgprofielen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_ggz_leveringsvormen_order_idx" ON "_zorgaanbod_v_version_ggz_leveringsvormen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_ggz_leveringsvormen_parent_idx" ON "_zorgaanbod_v_version_ggz_leveringsvormen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen_order_idx" ON "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen_parent_idx" ON "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_parent_idx" ON "_zorgaanbod_v" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_version_version_locatie_idx" ON "_zorgaanbod_v" USING btree ("version_locatie_id");
  CREATE INDEX "_zorgaanbod_v_version_version_woonplaats_idx" ON "_zorgaanbod_v" USING btree ("version_woonplaats_id");
  CREATE INDEX "_zorgaanbod_v_version_version_organisatie_idx" ON "_zorgaanbod_v" USING btree ("version_organisatie_id");
  CREATE INDEX "_zorgaanbod_v_version_version_status_idx" ON "_zorgaanbod_v" USING btree ("version_status");
  CREATE INDEX "_zorgaanbod_v_version_version_updated_at_idx" ON "_zorgaanbod_v" USING btree ("version_updated_at");
  CREATE INDEX "_zorgaanbod_v_version_version_created_at_idx" ON "_zorgaanbod_v" USING btree ("version_created_at");
  CREATE INDEX "_zorgaanbod_v_version_version__status_idx" ON "_zorgaanbod_v" USING btree ("version__status");
  CREATE INDEX "_zorgaanbod_v_created_at_idx" ON "_zorgaanbod_v" USING btree ("created_at");
  CREATE INDEX "_zorgaanbod_v_updated_at_idx" ON "_zorgaanbod_v" USING btree ("updated_at");
  CREATE INDEX "_zorgaanbod_v_latest_idx" ON "_zorgaanbod_v" USING btree ("latest");
  CREATE INDEX "_zorgaanbod_v_rels_order_idx" ON "_zorgaanbod_v_rels" USING btree ("order");
  CREATE INDEX "_zorgaanbod_v_rels_parent_idx" ON "_zorgaanbod_v_rels" USING btree ("parent_id");
  CREATE INDEX "_zorgaanbod_v_rels_path_idx" ON "_zorgaanbod_v_rels" USING btree ("path");
  CREATE INDEX "_zorgaanbod_v_rels_zachte_informatie_id_idx" ON "_zorgaanbod_v_rels" USING btree ("zachte_informatie_id");
  CREATE INDEX "_zorgaanbod_v_rels_oco_dienstverlening_id_idx" ON "_zorgaanbod_v_rels" USING btree ("oco_dienstverlening_id");
  CREATE INDEX "wijzigingsverzoeken_organisatie_idx" ON "wijzigingsverzoeken" USING btree ("organisatie_id");
  CREATE INDEX "wijzigingsverzoeken_status_idx" ON "wijzigingsverzoeken" USING btree ("status");
  CREATE INDEX "wijzigingsverzoeken_verstuurd_door_idx" ON "wijzigingsverzoeken" USING btree ("verstuurd_door_id");
  CREATE INDEX "wijzigingsverzoeken_afgehandeld_door_idx" ON "wijzigingsverzoeken" USING btree ("afgehandeld_door_id");
  CREATE INDEX "wijzigingsverzoeken_updated_at_idx" ON "wijzigingsverzoeken" USING btree ("updated_at");
  CREATE INDEX "wijzigingsverzoeken_created_at_idx" ON "wijzigingsverzoeken" USING btree ("created_at");
  CREATE INDEX "woonplaatsen_naam_idx" ON "woonplaatsen" USING btree ("naam");
  CREATE UNIQUE INDEX "woonplaatsen_code_idx" ON "woonplaatsen" USING btree ("code");
  CREATE INDEX "woonplaatsen_zorgkantoor_idx" ON "woonplaatsen" USING btree ("zorgkantoor_id");
  CREATE INDEX "woonplaatsen_updated_at_idx" ON "woonplaatsen" USING btree ("updated_at");
  CREATE INDEX "woonplaatsen_created_at_idx" ON "woonplaatsen" USING btree ("created_at");
  CREATE INDEX "soorten_zorg_sectoren_order_idx" ON "soorten_zorg_sectoren" USING btree ("order");
  CREATE INDEX "soorten_zorg_sectoren_parent_idx" ON "soorten_zorg_sectoren" USING btree ("parent_id");
  CREATE INDEX "soorten_zorg_voorzieningen_order_idx" ON "soorten_zorg_voorzieningen" USING btree ("_order");
  CREATE INDEX "soorten_zorg_voorzieningen_parent_id_idx" ON "soorten_zorg_voorzieningen" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "soorten_zorg_code_idx" ON "soorten_zorg" USING btree ("code");
  CREATE INDEX "soorten_zorg_updated_at_idx" ON "soorten_zorg" USING btree ("updated_at");
  CREATE INDEX "soorten_zorg_created_at_idx" ON "soorten_zorg" USING btree ("created_at");
  CREATE UNIQUE INDEX "zachte_informatie_code_idx" ON "zachte_informatie" USING btree ("code");
  CREATE INDEX "zachte_informatie_updated_at_idx" ON "zachte_informatie" USING btree ("updated_at");
  CREATE INDEX "zachte_informatie_created_at_idx" ON "zachte_informatie" USING btree ("created_at");
  CREATE UNIQUE INDEX "oco_dienstverlening_code_idx" ON "oco_dienstverlening" USING btree ("code");
  CREATE INDEX "oco_dienstverlening_updated_at_idx" ON "oco_dienstverlening" USING btree ("updated_at");
  CREATE INDEX "oco_dienstverlening_created_at_idx" ON "oco_dienstverlening" USING btree ("created_at");
  CREATE INDEX "zorgkantoren_regios_order_idx" ON "zorgkantoren_regios" USING btree ("_order");
  CREATE INDEX "zorgkantoren_regios_parent_id_idx" ON "zorgkantoren_regios" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "zorgkantoren_code_idx" ON "zorgkantoren" USING btree ("code");
  CREATE INDEX "zorgkantoren_updated_at_idx" ON "zorgkantoren" USING btree ("updated_at");
  CREATE INDEX "zorgkantoren_created_at_idx" ON "zorgkantoren" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_kaart_sizes_kaart_filename_idx" ON "media" USING btree ("sizes_kaart_filename");
  CREATE INDEX "media_sizes_groot_sizes_groot_filename_idx" ON "media" USING btree ("sizes_groot_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_zorgkantoor_idx" ON "users" USING btree ("zorgkantoor_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_organisaties_id_idx" ON "users_rels" USING btree ("organisaties_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_organisaties_id_idx" ON "payload_locked_documents_rels" USING btree ("organisaties_id");
  CREATE INDEX "payload_locked_documents_rels_locaties_id_idx" ON "payload_locked_documents_rels" USING btree ("locaties_id");
  CREATE INDEX "payload_locked_documents_rels_zorgaanbod_id_idx" ON "payload_locked_documents_rels" USING btree ("zorgaanbod_id");
  CREATE INDEX "payload_locked_documents_rels_wijzigingsverzoeken_id_idx" ON "payload_locked_documents_rels" USING btree ("wijzigingsverzoeken_id");
  CREATE INDEX "payload_locked_documents_rels_woonplaatsen_id_idx" ON "payload_locked_documents_rels" USING btree ("woonplaatsen_id");
  CREATE INDEX "payload_locked_documents_rels_soorten_zorg_id_idx" ON "payload_locked_documents_rels" USING btree ("soorten_zorg_id");
  CREATE INDEX "payload_locked_documents_rels_zachte_informatie_id_idx" ON "payload_locked_documents_rels" USING btree ("zachte_informatie_id");
  CREATE INDEX "payload_locked_documents_rels_oco_dienstverlening_id_idx" ON "payload_locked_documents_rels" USING btree ("oco_dienstverlening_id");
  CREATE INDEX "payload_locked_documents_rels_zorgkantoren_id_idx" ON "payload_locked_documents_rels" USING btree ("zorgkantoren_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "organisaties" CASCADE;
  DROP TABLE "organisaties_rels" CASCADE;
  DROP TABLE "_organisaties_v" CASCADE;
  DROP TABLE "_organisaties_v_rels" CASCADE;
  DROP TABLE "locaties" CASCADE;
  DROP TABLE "locaties_rels" CASCADE;
  DROP TABLE "_locaties_v" CASCADE;
  DROP TABLE "_locaties_v_rels" CASCADE;
  DROP TABLE "zorgaanbod_vv_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_vv_zorgprofielen" CASCADE;
  DROP TABLE "zorgaanbod_vv_leveringsvormen" CASCADE;
  DROP TABLE "zorgaanbod_vv_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_vg_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_vg_zorgprofielen" CASCADE;
  DROP TABLE "zorgaanbod_vg_leveringsvormen" CASCADE;
  DROP TABLE "zorgaanbod_vg_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_lg_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_lg_zorgprofielen" CASCADE;
  DROP TABLE "zorgaanbod_lg_leveringsvormen" CASCADE;
  DROP TABLE "zorgaanbod_lg_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_zg_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_zg_zorgprofielen" CASCADE;
  DROP TABLE "zorgaanbod_zg_leveringsvormen" CASCADE;
  DROP TABLE "zorgaanbod_zg_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_ggz_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod_ggz_zorgprofielen" CASCADE;
  DROP TABLE "zorgaanbod_ggz_leveringsvormen" CASCADE;
  DROP TABLE "zorgaanbod_ggz_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "zorgaanbod" CASCADE;
  DROP TABLE "zorgaanbod_rels" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vv_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vv_zorgprofielen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vv_leveringsvormen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vv_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vg_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vg_zorgprofielen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vg_leveringsvormen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_vg_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_lg_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_lg_zorgprofielen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_lg_leveringsvormen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_lg_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_zg_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_zg_zorgprofielen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_zg_leveringsvormen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_zg_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_ggz_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_ggz_zorgprofielen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_ggz_leveringsvormen" CASCADE;
  DROP TABLE "_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen" CASCADE;
  DROP TABLE "_zorgaanbod_v" CASCADE;
  DROP TABLE "_zorgaanbod_v_rels" CASCADE;
  DROP TABLE "wijzigingsverzoeken" CASCADE;
  DROP TABLE "woonplaatsen" CASCADE;
  DROP TABLE "soorten_zorg_sectoren" CASCADE;
  DROP TABLE "soorten_zorg_voorzieningen" CASCADE;
  DROP TABLE "soorten_zorg" CASCADE;
  DROP TABLE "zachte_informatie" CASCADE;
  DROP TABLE "oco_dienstverlening" CASCADE;
  DROP TABLE "zorgkantoren_regios" CASCADE;
  DROP TABLE "zorgkantoren" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_organisaties_type";
  DROP TYPE "public"."enum_organisaties_workflow_status";
  DROP TYPE "public"."enum_organisaties_status";
  DROP TYPE "public"."enum__organisaties_v_version_type";
  DROP TYPE "public"."enum__organisaties_v_version_status";
  DROP TYPE "public"."enum_locaties_workflow_status";
  DROP TYPE "public"."enum_locaties_status";
  DROP TYPE "public"."enum__locaties_v_version_status";
  DROP TYPE "public"."enum_zorgaanbod_vv_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_vv_zorgprofielen";
  DROP TYPE "public"."enum_zorgaanbod_vv_leveringsvormen";
  DROP TYPE "public"."enum_zorgaanbod_vv_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_vg_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_vg_zorgprofielen";
  DROP TYPE "public"."enum_zorgaanbod_vg_leveringsvormen";
  DROP TYPE "public"."enum_zorgaanbod_vg_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_lg_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_lg_zorgprofielen";
  DROP TYPE "public"."enum_zorgaanbod_lg_leveringsvormen";
  DROP TYPE "public"."enum_zorgaanbod_lg_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_zg_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_zg_zorgprofielen";
  DROP TYPE "public"."enum_zorgaanbod_zg_leveringsvormen";
  DROP TYPE "public"."enum_zorgaanbod_zg_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_ggz_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_ggz_zorgprofielen";
  DROP TYPE "public"."enum_zorgaanbod_ggz_leveringsvormen";
  DROP TYPE "public"."enum_zorgaanbod_ggz_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum_zorgaanbod_workflow_status";
  DROP TYPE "public"."enum_zorgaanbod_status";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vv_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vv_zorgprofielen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vv_leveringsvormen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vv_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vg_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vg_zorgprofielen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vg_leveringsvormen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_vg_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_lg_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_lg_zorgprofielen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_lg_leveringsvormen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_lg_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_zg_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_zg_zorgprofielen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_zg_leveringsvormen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_zg_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_ggz_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_ggz_zorgprofielen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_ggz_leveringsvormen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_ggz_dagbesteding_doelgroepen";
  DROP TYPE "public"."enum__zorgaanbod_v_version_status";
  DROP TYPE "public"."enum_wijzigingsverzoeken_status";
  DROP TYPE "public"."enum_soorten_zorg_sectoren";
  DROP TYPE "public"."enum_users_rol";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
