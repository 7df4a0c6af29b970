import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisaties\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text,
  	\`verkorte_naam\` text,
  	\`nza_code\` text,
  	\`type\` text DEFAULT 'zorgaanbieder',
  	\`telefoon\` text,
  	\`email\` text,
  	\`website\` text,
  	\`status\` text DEFAULT 'nieuw',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`organisaties_nza_code_idx\` ON \`organisaties\` (\`nza_code\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_status_idx\` ON \`organisaties\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_updated_at_idx\` ON \`organisaties\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_created_at_idx\` ON \`organisaties\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisaties__status_idx\` ON \`organisaties\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organisaties_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`zorgkantoren_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgkantoren_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisaties_rels_order_idx\` ON \`organisaties_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_rels_parent_idx\` ON \`organisaties_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_rels_path_idx\` ON \`organisaties_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_rels_zorgkantoren_id_idx\` ON \`organisaties_rels\` (\`zorgkantoren_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisaties_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_naam\` text,
  	\`version_verkorte_naam\` text,
  	\`version_nza_code\` text,
  	\`version_type\` text DEFAULT 'zorgaanbieder',
  	\`version_telefoon\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_status\` text DEFAULT 'nieuw',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisaties_v_parent_idx\` ON \`_organisaties_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_nza_code_idx\` ON \`_organisaties_v\` (\`version_nza_code\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_status_idx\` ON \`_organisaties_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_updated_at_idx\` ON \`_organisaties_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_created_at_idx\` ON \`_organisaties_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version__status_idx\` ON \`_organisaties_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_created_at_idx\` ON \`_organisaties_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_updated_at_idx\` ON \`_organisaties_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_latest_idx\` ON \`_organisaties_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organisaties_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`zorgkantoren_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisaties_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgkantoren_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisaties_v_rels_order_idx\` ON \`_organisaties_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_rels_parent_idx\` ON \`_organisaties_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_rels_path_idx\` ON \`_organisaties_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_rels_zorgkantoren_id_idx\` ON \`_organisaties_v_rels\` (\`zorgkantoren_id\`);`)
  await db.run(sql`CREATE TABLE \`locaties\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisatie_id\` integer,
  	\`agb_code\` text,
  	\`hoofdlocatie\` integer DEFAULT true,
  	\`volgnummer\` numeric,
  	\`soort_zorg_id\` integer,
  	\`voorziening\` text,
  	\`naam\` text,
  	\`gebruik_volledige_naam\` integer DEFAULT true,
  	\`volledige_naam\` text,
  	\`kleinschalig\` integer DEFAULT false,
  	\`bezoekadres_straat\` text,
  	\`bezoekadres_huisnummer\` text,
  	\`bezoekadres_huisnummer_toevoeging\` text,
  	\`bezoekadres_postcode\` text,
  	\`bezoekadres_plaats\` text,
  	\`coordinaten_lat\` numeric,
  	\`coordinaten_lng\` numeric,
  	\`telefoon\` text,
  	\`email\` text,
  	\`website\` text,
  	\`video\` text,
  	\`youtube_id\` text,
  	\`zorgkaart_nederland_niet_geregistreerd\` integer DEFAULT false,
  	\`status\` text DEFAULT 'nieuw',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`soort_zorg_id\`) REFERENCES \`soorten_zorg\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`locaties_organisatie_idx\` ON \`locaties\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`locaties_agb_code_idx\` ON \`locaties\` (\`agb_code\`);`)
  await db.run(sql`CREATE INDEX \`locaties_soort_zorg_idx\` ON \`locaties\` (\`soort_zorg_id\`);`)
  await db.run(sql`CREATE INDEX \`locaties_status_idx\` ON \`locaties\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`locaties_updated_at_idx\` ON \`locaties\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locaties_created_at_idx\` ON \`locaties\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`locaties__status_idx\` ON \`locaties\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`locaties_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`locaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`locaties_rels_order_idx\` ON \`locaties_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`locaties_rels_parent_idx\` ON \`locaties_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`locaties_rels_path_idx\` ON \`locaties_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`locaties_rels_media_id_idx\` ON \`locaties_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_locaties_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organisatie_id\` integer,
  	\`version_agb_code\` text,
  	\`version_hoofdlocatie\` integer DEFAULT true,
  	\`version_volgnummer\` numeric,
  	\`version_soort_zorg_id\` integer,
  	\`version_voorziening\` text,
  	\`version_naam\` text,
  	\`version_gebruik_volledige_naam\` integer DEFAULT true,
  	\`version_volledige_naam\` text,
  	\`version_kleinschalig\` integer DEFAULT false,
  	\`version_bezoekadres_straat\` text,
  	\`version_bezoekadres_huisnummer\` text,
  	\`version_bezoekadres_huisnummer_toevoeging\` text,
  	\`version_bezoekadres_postcode\` text,
  	\`version_bezoekadres_plaats\` text,
  	\`version_coordinaten_lat\` numeric,
  	\`version_coordinaten_lng\` numeric,
  	\`version_telefoon\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_video\` text,
  	\`version_youtube_id\` text,
  	\`version_zorgkaart_nederland_niet_geregistreerd\` integer DEFAULT false,
  	\`version_status\` text DEFAULT 'nieuw',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`locaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_soort_zorg_id\`) REFERENCES \`soorten_zorg\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_locaties_v_parent_idx\` ON \`_locaties_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version_organisatie_idx\` ON \`_locaties_v\` (\`version_organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version_agb_code_idx\` ON \`_locaties_v\` (\`version_agb_code\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version_soort_zorg_idx\` ON \`_locaties_v\` (\`version_soort_zorg_id\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version_status_idx\` ON \`_locaties_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version_updated_at_idx\` ON \`_locaties_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version_created_at_idx\` ON \`_locaties_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_version_version__status_idx\` ON \`_locaties_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_created_at_idx\` ON \`_locaties_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_updated_at_idx\` ON \`_locaties_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_latest_idx\` ON \`_locaties_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_locaties_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_locaties_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_locaties_v_rels_order_idx\` ON \`_locaties_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_rels_parent_idx\` ON \`_locaties_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_rels_path_idx\` ON \`_locaties_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_locaties_v_rels_media_id_idx\` ON \`_locaties_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vv_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_doelgroepen_order_idx\` ON \`zorgaanbod_vv_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_doelgroepen_parent_idx\` ON \`zorgaanbod_vv_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vv_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_zorgprofielen_order_idx\` ON \`zorgaanbod_vv_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_zorgprofielen_parent_idx\` ON \`zorgaanbod_vv_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vv_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_leveringsvormen_order_idx\` ON \`zorgaanbod_vv_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_leveringsvormen_parent_idx\` ON \`zorgaanbod_vv_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vv_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_dagbesteding_doelgroepen_order_idx\` ON \`zorgaanbod_vv_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vv_dagbesteding_doelgroepen_parent_idx\` ON \`zorgaanbod_vv_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vg_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_doelgroepen_order_idx\` ON \`zorgaanbod_vg_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_doelgroepen_parent_idx\` ON \`zorgaanbod_vg_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vg_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_zorgprofielen_order_idx\` ON \`zorgaanbod_vg_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_zorgprofielen_parent_idx\` ON \`zorgaanbod_vg_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vg_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_leveringsvormen_order_idx\` ON \`zorgaanbod_vg_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_leveringsvormen_parent_idx\` ON \`zorgaanbod_vg_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_vg_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_dagbesteding_doelgroepen_order_idx\` ON \`zorgaanbod_vg_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_vg_dagbesteding_doelgroepen_parent_idx\` ON \`zorgaanbod_vg_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_lg_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_doelgroepen_order_idx\` ON \`zorgaanbod_lg_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_doelgroepen_parent_idx\` ON \`zorgaanbod_lg_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_lg_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_zorgprofielen_order_idx\` ON \`zorgaanbod_lg_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_zorgprofielen_parent_idx\` ON \`zorgaanbod_lg_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_lg_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_leveringsvormen_order_idx\` ON \`zorgaanbod_lg_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_leveringsvormen_parent_idx\` ON \`zorgaanbod_lg_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_lg_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_dagbesteding_doelgroepen_order_idx\` ON \`zorgaanbod_lg_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_lg_dagbesteding_doelgroepen_parent_idx\` ON \`zorgaanbod_lg_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_zg_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_doelgroepen_order_idx\` ON \`zorgaanbod_zg_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_doelgroepen_parent_idx\` ON \`zorgaanbod_zg_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_zg_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_zorgprofielen_order_idx\` ON \`zorgaanbod_zg_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_zorgprofielen_parent_idx\` ON \`zorgaanbod_zg_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_zg_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_leveringsvormen_order_idx\` ON \`zorgaanbod_zg_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_leveringsvormen_parent_idx\` ON \`zorgaanbod_zg_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_zg_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_dagbesteding_doelgroepen_order_idx\` ON \`zorgaanbod_zg_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_zg_dagbesteding_doelgroepen_parent_idx\` ON \`zorgaanbod_zg_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_ggz_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_doelgroepen_order_idx\` ON \`zorgaanbod_ggz_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_doelgroepen_parent_idx\` ON \`zorgaanbod_ggz_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_ggz_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_zorgprofielen_order_idx\` ON \`zorgaanbod_ggz_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_zorgprofielen_parent_idx\` ON \`zorgaanbod_ggz_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_ggz_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_leveringsvormen_order_idx\` ON \`zorgaanbod_ggz_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_leveringsvormen_parent_idx\` ON \`zorgaanbod_ggz_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_ggz_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_dagbesteding_doelgroepen_order_idx\` ON \`zorgaanbod_ggz_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_ggz_dagbesteding_doelgroepen_parent_idx\` ON \`zorgaanbod_ggz_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text,
  	\`locatie_id\` integer,
  	\`woonplaats_id\` integer,
  	\`organisatie_id\` integer,
  	\`vv_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`vv_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`vv_dagbesteding_toelichting\` text,
  	\`vg_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`vg_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`vg_dagbesteding_toelichting\` text,
  	\`lg_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`lg_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`lg_dagbesteding_toelichting\` text,
  	\`zg_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`zg_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`zg_dagbesteding_toelichting\` text,
  	\`ggz_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`ggz_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`ggz_dagbesteding_toelichting\` text,
  	\`status\` text DEFAULT 'nieuw',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locatie_id\`) REFERENCES \`locaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`woonplaats_id\`) REFERENCES \`woonplaatsen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_locatie_idx\` ON \`zorgaanbod\` (\`locatie_id\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_woonplaats_idx\` ON \`zorgaanbod\` (\`woonplaats_id\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_organisatie_idx\` ON \`zorgaanbod\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_status_idx\` ON \`zorgaanbod\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_updated_at_idx\` ON \`zorgaanbod\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_created_at_idx\` ON \`zorgaanbod\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod__status_idx\` ON \`zorgaanbod\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`zorgaanbod_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`zachte_informatie_id\` integer,
  	\`oco_dienstverlening_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zachte_informatie_id\`) REFERENCES \`zachte_informatie\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`oco_dienstverlening_id\`) REFERENCES \`oco_dienstverlening\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgaanbod_rels_order_idx\` ON \`zorgaanbod_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_rels_parent_idx\` ON \`zorgaanbod_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_rels_path_idx\` ON \`zorgaanbod_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_rels_zachte_informatie_id_idx\` ON \`zorgaanbod_rels\` (\`zachte_informatie_id\`);`)
  await db.run(sql`CREATE INDEX \`zorgaanbod_rels_oco_dienstverlening_id_idx\` ON \`zorgaanbod_rels\` (\`oco_dienstverlening_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vv_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_vv_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_vv_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vv_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_zorgprofielen_order_idx\` ON \`_zorgaanbod_v_version_vv_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_zorgprofielen_parent_idx\` ON \`_zorgaanbod_v_version_vv_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vv_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_leveringsvormen_order_idx\` ON \`_zorgaanbod_v_version_vv_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_leveringsvormen_parent_idx\` ON \`_zorgaanbod_v_version_vv_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vv_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_dagbesteding_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_vv_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vv_dagbesteding_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_vv_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vg_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_vg_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_vg_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vg_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_zorgprofielen_order_idx\` ON \`_zorgaanbod_v_version_vg_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_zorgprofielen_parent_idx\` ON \`_zorgaanbod_v_version_vg_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vg_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_leveringsvormen_order_idx\` ON \`_zorgaanbod_v_version_vg_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_leveringsvormen_parent_idx\` ON \`_zorgaanbod_v_version_vg_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_vg_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_dagbesteding_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_vg_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_vg_dagbesteding_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_vg_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_lg_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_lg_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_lg_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_lg_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_zorgprofielen_order_idx\` ON \`_zorgaanbod_v_version_lg_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_zorgprofielen_parent_idx\` ON \`_zorgaanbod_v_version_lg_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_lg_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_leveringsvormen_order_idx\` ON \`_zorgaanbod_v_version_lg_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_leveringsvormen_parent_idx\` ON \`_zorgaanbod_v_version_lg_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_lg_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_dagbesteding_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_lg_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_lg_dagbesteding_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_lg_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_zg_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_zg_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_zg_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_zg_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_zorgprofielen_order_idx\` ON \`_zorgaanbod_v_version_zg_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_zorgprofielen_parent_idx\` ON \`_zorgaanbod_v_version_zg_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_zg_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_leveringsvormen_order_idx\` ON \`_zorgaanbod_v_version_zg_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_leveringsvormen_parent_idx\` ON \`_zorgaanbod_v_version_zg_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_zg_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_dagbesteding_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_zg_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_zg_dagbesteding_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_zg_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_ggz_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_ggz_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_ggz_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_ggz_zorgprofielen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_zorgprofielen_order_idx\` ON \`_zorgaanbod_v_version_ggz_zorgprofielen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_zorgprofielen_parent_idx\` ON \`_zorgaanbod_v_version_ggz_zorgprofielen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_ggz_leveringsvormen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_leveringsvormen_order_idx\` ON \`_zorgaanbod_v_version_ggz_leveringsvormen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_leveringsvormen_parent_idx\` ON \`_zorgaanbod_v_version_ggz_leveringsvormen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen_order_idx\` ON \`_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen_parent_idx\` ON \`_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_titel\` text,
  	\`version_locatie_id\` integer,
  	\`version_woonplaats_id\` integer,
  	\`version_organisatie_id\` integer,
  	\`version_vv_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`version_vv_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`version_vv_dagbesteding_toelichting\` text,
  	\`version_vg_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`version_vg_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`version_vg_dagbesteding_toelichting\` text,
  	\`version_lg_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`version_lg_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`version_lg_dagbesteding_toelichting\` text,
  	\`version_zg_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`version_zg_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`version_zg_dagbesteding_toelichting\` text,
  	\`version_ggz_dagbesteding_dagbesteding\` integer DEFAULT false,
  	\`version_ggz_dagbesteding_dagbehandeling\` integer DEFAULT false,
  	\`version_ggz_dagbesteding_toelichting\` text,
  	\`version_status\` text DEFAULT 'nieuw',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locatie_id\`) REFERENCES \`locaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_woonplaats_id\`) REFERENCES \`woonplaatsen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_parent_idx\` ON \`_zorgaanbod_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version_locatie_idx\` ON \`_zorgaanbod_v\` (\`version_locatie_id\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version_woonplaats_idx\` ON \`_zorgaanbod_v\` (\`version_woonplaats_id\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version_organisatie_idx\` ON \`_zorgaanbod_v\` (\`version_organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version_status_idx\` ON \`_zorgaanbod_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version_updated_at_idx\` ON \`_zorgaanbod_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version_created_at_idx\` ON \`_zorgaanbod_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_version_version__status_idx\` ON \`_zorgaanbod_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_created_at_idx\` ON \`_zorgaanbod_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_updated_at_idx\` ON \`_zorgaanbod_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_latest_idx\` ON \`_zorgaanbod_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_zorgaanbod_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`zachte_informatie_id\` integer,
  	\`oco_dienstverlening_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_zorgaanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zachte_informatie_id\`) REFERENCES \`zachte_informatie\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`oco_dienstverlening_id\`) REFERENCES \`oco_dienstverlening\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_rels_order_idx\` ON \`_zorgaanbod_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_rels_parent_idx\` ON \`_zorgaanbod_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_rels_path_idx\` ON \`_zorgaanbod_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_rels_zachte_informatie_id_idx\` ON \`_zorgaanbod_v_rels\` (\`zachte_informatie_id\`);`)
  await db.run(sql`CREATE INDEX \`_zorgaanbod_v_rels_oco_dienstverlening_id_idx\` ON \`_zorgaanbod_v_rels\` (\`oco_dienstverlening_id\`);`)
  await db.run(sql`CREATE TABLE \`wijzigingsverzoeken\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text,
  	\`organisatie_id\` integer NOT NULL,
  	\`status\` text NOT NULL,
  	\`items\` text,
  	\`reden\` text,
  	\`verstuurd_door_id\` integer,
  	\`verstuurd_op\` text,
  	\`afgehandeld_door_id\` integer,
  	\`afgehandeld_op\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verstuurd_door_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`afgehandeld_door_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_organisatie_idx\` ON \`wijzigingsverzoeken\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_status_idx\` ON \`wijzigingsverzoeken\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_verstuurd_door_idx\` ON \`wijzigingsverzoeken\` (\`verstuurd_door_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_afgehandeld_door_idx\` ON \`wijzigingsverzoeken\` (\`afgehandeld_door_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_updated_at_idx\` ON \`wijzigingsverzoeken\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_created_at_idx\` ON \`wijzigingsverzoeken\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`woonplaatsen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`gemeente\` text NOT NULL,
  	\`provincie\` text NOT NULL,
  	\`zorgkantoorregio\` text,
  	\`zorgkantoor_id\` integer,
  	\`lat\` numeric NOT NULL,
  	\`lng\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`zorgkantoor_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`woonplaatsen_naam_idx\` ON \`woonplaatsen\` (\`naam\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`woonplaatsen_code_idx\` ON \`woonplaatsen\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`woonplaatsen_zorgkantoor_idx\` ON \`woonplaatsen\` (\`zorgkantoor_id\`);`)
  await db.run(sql`CREATE INDEX \`woonplaatsen_updated_at_idx\` ON \`woonplaatsen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`woonplaatsen_created_at_idx\` ON \`woonplaatsen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`soorten_zorg_sectoren\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`soorten_zorg\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`soorten_zorg_sectoren_order_idx\` ON \`soorten_zorg_sectoren\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`soorten_zorg_sectoren_parent_idx\` ON \`soorten_zorg_sectoren\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`soorten_zorg_voorzieningen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`soorten_zorg\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`soorten_zorg_voorzieningen_order_idx\` ON \`soorten_zorg_voorzieningen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`soorten_zorg_voorzieningen_parent_id_idx\` ON \`soorten_zorg_voorzieningen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`soorten_zorg\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`icoon\` text,
  	\`meerdere_woonplaatsen\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`soorten_zorg_code_idx\` ON \`soorten_zorg\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`soorten_zorg_updated_at_idx\` ON \`soorten_zorg\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`soorten_zorg_created_at_idx\` ON \`soorten_zorg\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`zachte_informatie\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`groep\` text NOT NULL,
  	\`icoon\` text,
  	\`toelichting\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`zachte_informatie_code_idx\` ON \`zachte_informatie\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`zachte_informatie_updated_at_idx\` ON \`zachte_informatie\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`zachte_informatie_created_at_idx\` ON \`zachte_informatie\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`oco_dienstverlening\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`icoon\` text,
  	\`toelichting\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`oco_dienstverlening_code_idx\` ON \`oco_dienstverlening\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`oco_dienstverlening_updated_at_idx\` ON \`oco_dienstverlening\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`oco_dienstverlening_created_at_idx\` ON \`oco_dienstverlening\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`zorgkantoren_regios\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zorgkantoren_regios_order_idx\` ON \`zorgkantoren_regios\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`zorgkantoren_regios_parent_id_idx\` ON \`zorgkantoren_regios\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zorgkantoren\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`email\` text,
  	\`telefoon\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`zorgkantoren_code_idx\` ON \`zorgkantoren\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`zorgkantoren_updated_at_idx\` ON \`zorgkantoren\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`zorgkantoren_created_at_idx\` ON \`zorgkantoren\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`toestemming\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_kaart_url\` text,
  	\`sizes_kaart_width\` numeric,
  	\`sizes_kaart_height\` numeric,
  	\`sizes_kaart_mime_type\` text,
  	\`sizes_kaart_filesize\` numeric,
  	\`sizes_kaart_filename\` text,
  	\`sizes_groot_url\` text,
  	\`sizes_groot_width\` numeric,
  	\`sizes_groot_height\` numeric,
  	\`sizes_groot_mime_type\` text,
  	\`sizes_groot_filesize\` numeric,
  	\`sizes_groot_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_kaart_sizes_kaart_filename_idx\` ON \`media\` (\`sizes_kaart_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_groot_sizes_groot_filename_idx\` ON \`media\` (\`sizes_groot_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`rol\` text DEFAULT 'zorgaanbieder' NOT NULL,
  	\`zorgkantoor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`zorgkantoor_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_zorgkantoor_idx\` ON \`users\` (\`zorgkantoor_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisaties_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisaties_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organisaties_id_idx\` ON \`users_rels\` (\`organisaties_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisaties_id\` integer,
  	\`locaties_id\` integer,
  	\`zorgaanbod_id\` integer,
  	\`wijzigingsverzoeken_id\` integer,
  	\`woonplaatsen_id\` integer,
  	\`soorten_zorg_id\` integer,
  	\`zachte_informatie_id\` integer,
  	\`oco_dienstverlening_id\` integer,
  	\`zorgkantoren_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisaties_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locaties_id\`) REFERENCES \`locaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgaanbod_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wijzigingsverzoeken_id\`) REFERENCES \`wijzigingsverzoeken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`woonplaatsen_id\`) REFERENCES \`woonplaatsen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`soorten_zorg_id\`) REFERENCES \`soorten_zorg\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zachte_informatie_id\`) REFERENCES \`zachte_informatie\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`oco_dienstverlening_id\`) REFERENCES \`oco_dienstverlening\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgkantoren_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisaties_id_idx\` ON \`payload_locked_documents_rels\` (\`organisaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locaties_id_idx\` ON \`payload_locked_documents_rels\` (\`locaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zorgaanbod_id_idx\` ON \`payload_locked_documents_rels\` (\`zorgaanbod_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wijzigingsverzoeken_id_idx\` ON \`payload_locked_documents_rels\` (\`wijzigingsverzoeken_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_woonplaatsen_id_idx\` ON \`payload_locked_documents_rels\` (\`woonplaatsen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_soorten_zorg_id_idx\` ON \`payload_locked_documents_rels\` (\`soorten_zorg_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zachte_informatie_id_idx\` ON \`payload_locked_documents_rels\` (\`zachte_informatie_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oco_dienstverlening_id_idx\` ON \`payload_locked_documents_rels\` (\`oco_dienstverlening_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zorgkantoren_id_idx\` ON \`payload_locked_documents_rels\` (\`zorgkantoren_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisaties\`;`)
  await db.run(sql`DROP TABLE \`organisaties_rels\`;`)
  await db.run(sql`DROP TABLE \`_organisaties_v\`;`)
  await db.run(sql`DROP TABLE \`_organisaties_v_rels\`;`)
  await db.run(sql`DROP TABLE \`locaties\`;`)
  await db.run(sql`DROP TABLE \`locaties_rels\`;`)
  await db.run(sql`DROP TABLE \`_locaties_v\`;`)
  await db.run(sql`DROP TABLE \`_locaties_v_rels\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vv_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vv_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vv_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vv_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vg_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vg_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vg_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_vg_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_lg_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_lg_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_lg_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_lg_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_zg_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_zg_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_zg_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_zg_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_ggz_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_ggz_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_ggz_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_ggz_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod\`;`)
  await db.run(sql`DROP TABLE \`zorgaanbod_rels\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vv_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vv_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vv_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vv_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vg_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vg_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vg_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_vg_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_lg_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_lg_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_lg_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_lg_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_zg_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_zg_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_zg_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_zg_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_ggz_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_ggz_zorgprofielen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_ggz_leveringsvormen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_version_ggz_dagbesteding_doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v\`;`)
  await db.run(sql`DROP TABLE \`_zorgaanbod_v_rels\`;`)
  await db.run(sql`DROP TABLE \`wijzigingsverzoeken\`;`)
  await db.run(sql`DROP TABLE \`woonplaatsen\`;`)
  await db.run(sql`DROP TABLE \`soorten_zorg_sectoren\`;`)
  await db.run(sql`DROP TABLE \`soorten_zorg_voorzieningen\`;`)
  await db.run(sql`DROP TABLE \`soorten_zorg\`;`)
  await db.run(sql`DROP TABLE \`zachte_informatie\`;`)
  await db.run(sql`DROP TABLE \`oco_dienstverlening\`;`)
  await db.run(sql`DROP TABLE \`zorgkantoren_regios\`;`)
  await db.run(sql`DROP TABLE \`zorgkantoren\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
