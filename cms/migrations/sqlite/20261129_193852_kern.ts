import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`worker_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`worker_id\` text NOT NULL,
  	\`pid\` numeric,
  	\`host\` text,
  	\`queues\` text,
  	\`started_at\` text,
  	\`heartbeat_at\` text,
  	\`running\` text,
  	\`progress\` text,
  	\`processed\` numeric,
  	\`last_error\` text,
  	\`last_error_task\` text,
  	\`last_error_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`worker_status_worker_id_idx\` ON \`worker_status\` (\`worker_id\`);`)
  await db.run(sql`CREATE INDEX \`worker_status_heartbeat_at_idx\` ON \`worker_status\` (\`heartbeat_at\`);`)
  await db.run(sql`CREATE INDEX \`worker_status_updated_at_idx\` ON \`worker_status\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`worker_status_created_at_idx\` ON \`worker_status\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_wijzigingsverzoeken\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text,
  	\`organisatie_id\` integer,
  	\`organisatie_naam\` text,
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
  await db.run(sql`INSERT INTO \`__new_wijzigingsverzoeken\`("id", "titel", "organisatie_id", "organisatie_naam", "status", "items", "reden", "verstuurd_door_id", "verstuurd_op", "afgehandeld_door_id", "afgehandeld_op", "updated_at", "created_at") SELECT "id", "titel", "organisatie_id", (SELECT "naam" FROM "organisaties" o WHERE o."id" = "organisatie_id"), "status", "items", "reden", "verstuurd_door_id", "verstuurd_op", "afgehandeld_door_id", "afgehandeld_op", "updated_at", "created_at" FROM \`wijzigingsverzoeken\`;`)
  await db.run(sql`DROP TABLE \`wijzigingsverzoeken\`;`)
  await db.run(sql`ALTER TABLE \`__new_wijzigingsverzoeken\` RENAME TO \`wijzigingsverzoeken\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_organisatie_idx\` ON \`wijzigingsverzoeken\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_status_idx\` ON \`wijzigingsverzoeken\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_verstuurd_door_idx\` ON \`wijzigingsverzoeken\` (\`verstuurd_door_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_afgehandeld_door_idx\` ON \`wijzigingsverzoeken\` (\`afgehandeld_door_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_updated_at_idx\` ON \`wijzigingsverzoeken\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_created_at_idx\` ON \`wijzigingsverzoeken\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`organisatie_id\` integer REFERENCES organisaties(id);`)
  await db.run(sql`CREATE INDEX \`media_organisatie_idx\` ON \`media\` (\`organisatie_id\`);`)
  // Photos stored before owners existed belong to the organisation of a location that uses them.
  await db.run(sql`UPDATE \`media\` SET \`organisatie_id\` = (SELECT l.\`organisatie_id\` FROM \`locaties_rels\` r JOIN \`locaties\` l ON l.\`id\` = r.\`parent_id\` WHERE r.\`media_id\` = \`media\`.\`id\` LIMIT 1) WHERE \`organisatie_id\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`worker_status_id\` integer REFERENCES worker_status(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_status_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_status_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`worker_status\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "toestemming", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_kaart_url", "sizes_kaart_width", "sizes_kaart_height", "sizes_kaart_mime_type", "sizes_kaart_filesize", "sizes_kaart_filename", "sizes_groot_url", "sizes_groot_width", "sizes_groot_height", "sizes_groot_mime_type", "sizes_groot_filesize", "sizes_groot_filename") SELECT "id", "alt", "toestemming", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_kaart_url", "sizes_kaart_width", "sizes_kaart_height", "sizes_kaart_mime_type", "sizes_kaart_filesize", "sizes_kaart_filename", "sizes_groot_url", "sizes_groot_width", "sizes_groot_height", "sizes_groot_mime_type", "sizes_groot_filesize", "sizes_groot_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_kaart_sizes_kaart_filename_idx\` ON \`media\` (\`sizes_kaart_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_groot_sizes_groot_filename_idx\` ON \`media\` (\`sizes_groot_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisaties_id", "locaties_id", "zorgaanbod_id", "wijzigingsverzoeken_id", "woonplaatsen_id", "soorten_zorg_id", "zachte_informatie_id", "oco_dienstverlening_id", "zorgkantoren_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisaties_id", "locaties_id", "zorgaanbod_id", "wijzigingsverzoeken_id", "woonplaatsen_id", "soorten_zorg_id", "zachte_informatie_id", "oco_dienstverlening_id", "zorgkantoren_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_wijzigingsverzoeken\` (
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
  await db.run(sql`INSERT INTO \`__new_wijzigingsverzoeken\`("id", "titel", "organisatie_id", "status", "items", "reden", "verstuurd_door_id", "verstuurd_op", "afgehandeld_door_id", "afgehandeld_op", "updated_at", "created_at") SELECT "id", "titel", "organisatie_id", "status", "items", "reden", "verstuurd_door_id", "verstuurd_op", "afgehandeld_door_id", "afgehandeld_op", "updated_at", "created_at" FROM \`wijzigingsverzoeken\`;`)
  await db.run(sql`DROP TABLE \`wijzigingsverzoeken\`;`)
  await db.run(sql`ALTER TABLE \`__new_wijzigingsverzoeken\` RENAME TO \`wijzigingsverzoeken\`;`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_organisatie_idx\` ON \`wijzigingsverzoeken\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_status_idx\` ON \`wijzigingsverzoeken\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_verstuurd_door_idx\` ON \`wijzigingsverzoeken\` (\`verstuurd_door_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_afgehandeld_door_idx\` ON \`wijzigingsverzoeken\` (\`afgehandeld_door_id\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_updated_at_idx\` ON \`wijzigingsverzoeken\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wijzigingsverzoeken_created_at_idx\` ON \`wijzigingsverzoeken\` (\`created_at\`);`)
}
