import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`uitnodigingen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`naam\` text,
  	\`gebruikersbeheerder\` integer DEFAULT false,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`geldig_tot\` text NOT NULL,
  	\`uitgenodigd_door_naam\` text,
  	\`uitgenodigd_door_id\` integer,
  	\`token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`uitgenodigd_door_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`uitnodigingen_email_idx\` ON \`uitnodigingen\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_status_idx\` ON \`uitnodigingen\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_uitgenodigd_door_idx\` ON \`uitnodigingen\` (\`uitgenodigd_door_id\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_token_hash_idx\` ON \`uitnodigingen\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_updated_at_idx\` ON \`uitnodigingen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_created_at_idx\` ON \`uitnodigingen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`uitnodigingen_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisaties_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`uitnodigingen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisaties_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`uitnodigingen_rels_order_idx\` ON \`uitnodigingen_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_rels_parent_idx\` ON \`uitnodigingen_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_rels_path_idx\` ON \`uitnodigingen_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`uitnodigingen_rels_organisaties_id_idx\` ON \`uitnodigingen_rels\` (\`organisaties_id\`);`)
  await db.run(sql`CREATE TABLE \`inlogpogingen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sleutel\` text NOT NULL,
  	\`mislukt\` numeric DEFAULT 0,
  	\`vanaf\` text,
  	\`geblokkeerd_tot\` text,
  	\`blokkades\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`inlogpogingen_sleutel_idx\` ON \`inlogpogingen\` (\`sleutel\`);`)
  await db.run(sql`CREATE INDEX \`inlogpogingen_updated_at_idx\` ON \`inlogpogingen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inlogpogingen_created_at_idx\` ON \`inlogpogingen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`zoekindex_controles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`op\` text NOT NULL,
  	\`bron\` text NOT NULL,
  	\`duur_ms\` numeric,
  	\`verwacht\` numeric,
  	\`in_index\` numeric,
  	\`verschillen\` numeric NOT NULL,
  	\`soorten\` text,
  	\`voorbeelden\` text,
  	\`wachtend\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`zoekindex_controles_op_idx\` ON \`zoekindex_controles\` (\`op\`);`)
  await db.run(sql`CREATE INDEX \`zoekindex_controles_updated_at_idx\` ON \`zoekindex_controles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`zoekindex_controles_created_at_idx\` ON \`zoekindex_controles\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`users_uitnodiging_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`tweestaps\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`tweestaps_geheim\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`tweestaps_nieuw_geheim\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`tweestaps_herstelcodes\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`tweestaps_open\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`tweestaps_laatste_stap\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`uitnodiging_hash\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`uitnodiging_geldig_tot\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`organisaties\` ADD \`groep\` text;`)
  await db.run(sql`CREATE INDEX \`organisaties_groep_idx\` ON \`organisaties\` (\`groep\`);`)
  await db.run(sql`ALTER TABLE \`_organisaties_v\` ADD \`version_groep\` text;`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_groep_idx\` ON \`_organisaties_v\` (\`version_groep\`);`)
  await db.run(sql`ALTER TABLE \`contracten\` ADD \`voorstel\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`contracten\` ADD \`opmerkingen\` text;`)
  await db.run(sql`CREATE INDEX \`contracten_voorstel_idx\` ON \`contracten\` (\`voorstel\`);`)
  await db.run(sql`ALTER TABLE \`zorgaanbod\` ADD \`woonplaats_toelichting\` text;`)
  await db.run(sql`ALTER TABLE \`_zorgaanbod_v\` ADD \`version_woonplaats_toelichting\` text;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` ADD \`functie\` text;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` ADD \`antwoord_uiterlijk\` text;`)
  await db.run(sql`CREATE INDEX \`verzoeken_antwoord_uiterlijk_idx\` ON \`verzoeken\` (\`antwoord_uiterlijk\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`aantal\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`uitnodigingen_id\` integer REFERENCES uitnodigingen(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inlogpogingen_id\` integer REFERENCES inlogpogingen(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`zoekindex_controles_id\` integer REFERENCES zoekindex_controles(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_uitnodigingen_id_idx\` ON \`payload_locked_documents_rels\` (\`uitnodigingen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inlogpogingen_id_idx\` ON \`payload_locked_documents_rels\` (\`inlogpogingen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zoekindex_controles_id_idx\` ON \`payload_locked_documents_rels\` (\`zoekindex_controles_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`uitnodigingen\`;`)
  await db.run(sql`DROP TABLE \`uitnodigingen_rels\`;`)
  await db.run(sql`DROP TABLE \`inlogpogingen\`;`)
  await db.run(sql`DROP TABLE \`zoekindex_controles\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisaties_id\` integer,
  	\`contracten_id\` integer,
  	\`locaties_id\` integer,
  	\`zorgaanbod_id\` integer,
  	\`wijzigingsverzoeken_id\` integer,
  	\`verzoeken_id\` integer,
  	\`woonplaatsen_id\` integer,
  	\`soorten_zorg_id\` integer,
  	\`zachte_informatie_id\` integer,
  	\`oco_dienstverlening_id\` integer,
  	\`zorgkantoren_id\` integer,
  	\`media_id\` integer,
  	\`vrije_capaciteit_id\` integer,
  	\`wachttijden_id\` integer,
  	\`zorgkaart_id\` integer,
  	\`users_id\` integer,
  	\`worker_status_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisaties_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contracten_id\`) REFERENCES \`contracten\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locaties_id\`) REFERENCES \`locaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgaanbod_id\`) REFERENCES \`zorgaanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wijzigingsverzoeken_id\`) REFERENCES \`wijzigingsverzoeken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`verzoeken_id\`) REFERENCES \`verzoeken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`woonplaatsen_id\`) REFERENCES \`woonplaatsen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`soorten_zorg_id\`) REFERENCES \`soorten_zorg\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zachte_informatie_id\`) REFERENCES \`zachte_informatie\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`oco_dienstverlening_id\`) REFERENCES \`oco_dienstverlening\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgkantoren_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vrije_capaciteit_id\`) REFERENCES \`vrije_capaciteit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wachttijden_id\`) REFERENCES \`wachttijden\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgkaart_id\`) REFERENCES \`zorgkaart\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_status_id\`) REFERENCES \`worker_status\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisaties_id", "contracten_id", "locaties_id", "zorgaanbod_id", "wijzigingsverzoeken_id", "verzoeken_id", "woonplaatsen_id", "soorten_zorg_id", "zachte_informatie_id", "oco_dienstverlening_id", "zorgkantoren_id", "media_id", "vrije_capaciteit_id", "wachttijden_id", "zorgkaart_id", "users_id", "worker_status_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "organisaties_id", "contracten_id", "locaties_id", "zorgaanbod_id", "wijzigingsverzoeken_id", "verzoeken_id", "woonplaatsen_id", "soorten_zorg_id", "zachte_informatie_id", "oco_dienstverlening_id", "zorgkantoren_id", "media_id", "vrije_capaciteit_id", "wachttijden_id", "zorgkaart_id", "users_id", "worker_status_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisaties_id_idx\` ON \`payload_locked_documents_rels\` (\`organisaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contracten_id_idx\` ON \`payload_locked_documents_rels\` (\`contracten_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locaties_id_idx\` ON \`payload_locked_documents_rels\` (\`locaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zorgaanbod_id_idx\` ON \`payload_locked_documents_rels\` (\`zorgaanbod_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wijzigingsverzoeken_id_idx\` ON \`payload_locked_documents_rels\` (\`wijzigingsverzoeken_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verzoeken_id_idx\` ON \`payload_locked_documents_rels\` (\`verzoeken_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_woonplaatsen_id_idx\` ON \`payload_locked_documents_rels\` (\`woonplaatsen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_soorten_zorg_id_idx\` ON \`payload_locked_documents_rels\` (\`soorten_zorg_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zachte_informatie_id_idx\` ON \`payload_locked_documents_rels\` (\`zachte_informatie_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oco_dienstverlening_id_idx\` ON \`payload_locked_documents_rels\` (\`oco_dienstverlening_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zorgkantoren_id_idx\` ON \`payload_locked_documents_rels\` (\`zorgkantoren_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vrije_capaciteit_id_idx\` ON \`payload_locked_documents_rels\` (\`vrije_capaciteit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wachttijden_id_idx\` ON \`payload_locked_documents_rels\` (\`wachttijden_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zorgkaart_id_idx\` ON \`payload_locked_documents_rels\` (\`zorgkaart_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_status_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_status_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`organisaties_groep_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisaties\` DROP COLUMN \`groep\`;`)
  await db.run(sql`DROP INDEX \`_organisaties_v_version_version_groep_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisaties_v\` DROP COLUMN \`version_groep\`;`)
  await db.run(sql`DROP INDEX \`contracten_voorstel_idx\`;`)
  await db.run(sql`ALTER TABLE \`contracten\` DROP COLUMN \`voorstel\`;`)
  await db.run(sql`ALTER TABLE \`contracten\` DROP COLUMN \`opmerkingen\`;`)
  await db.run(sql`DROP INDEX \`verzoeken_antwoord_uiterlijk_idx\`;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` DROP COLUMN \`functie\`;`)
  await db.run(sql`ALTER TABLE \`verzoeken\` DROP COLUMN \`antwoord_uiterlijk\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`uitnodiging_hash\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`uitnodiging_geldig_tot\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`CREATE INDEX \`users_uitnodiging_hash_idx\` ON \`users\` (\`uitnodiging_hash\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`tweestaps\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`tweestaps_geheim\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`tweestaps_nieuw_geheim\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`tweestaps_herstelcodes\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`tweestaps_open\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`tweestaps_laatste_stap\`;`)
  await db.run(sql`ALTER TABLE \`zorgaanbod\` DROP COLUMN \`woonplaats_toelichting\`;`)
  await db.run(sql`ALTER TABLE \`_zorgaanbod_v\` DROP COLUMN \`version_woonplaats_toelichting\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`aantal\`;`)
}
