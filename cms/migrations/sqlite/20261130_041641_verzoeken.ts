import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { geefVoorzieningenCodes, geefVoorzieningenNamenTerug } from '../../db/voorziening-codes'

type Q = ReturnType<typeof sql>

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`verzoeken\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`soort\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`onderwerp\` text NOT NULL,
  	\`toelichting\` text NOT NULL,
  	\`organisatie_id\` integer,
  	\`organisatie_naam\` text,
  	\`code\` text,
  	\`antwoord\` text,
  	\`verstuurd_op\` text,
  	\`verstuurd_door_naam\` text,
  	\`verstuurd_door_email\` text,
  	\`beantwoord_op\` text,
  	\`beantwoord_door_naam\` text,
  	\`beantwoord_namens\` text,
  	\`afgehandeld_op\` text,
  	\`verstuurd_door_id\` integer,
  	\`beantwoord_door_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verstuurd_door_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`beantwoord_door_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`verzoeken_soort_idx\` ON \`verzoeken\` (\`soort\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_status_idx\` ON \`verzoeken\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_organisatie_idx\` ON \`verzoeken\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_verstuurd_op_idx\` ON \`verzoeken\` (\`verstuurd_op\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_verstuurd_door_idx\` ON \`verzoeken\` (\`verstuurd_door_id\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_beantwoord_door_idx\` ON \`verzoeken\` (\`beantwoord_door_id\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_updated_at_idx\` ON \`verzoeken\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_created_at_idx\` ON \`verzoeken\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`verzoeken_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`zorgkantoren_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`verzoeken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zorgkantoren_id\`) REFERENCES \`zorgkantoren\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`verzoeken_rels_order_idx\` ON \`verzoeken_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_rels_parent_idx\` ON \`verzoeken_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_rels_path_idx\` ON \`verzoeken_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`verzoeken_rels_zorgkantoren_id_idx\` ON \`verzoeken_rels\` (\`zorgkantoren_id\`);`)
  await db.run(sql`ALTER TABLE \`soorten_zorg_voorzieningen\` ADD \`code\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`verzoeken_id\` integer REFERENCES verzoeken(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verzoeken_id_idx\` ON \`payload_locked_documents_rels\` (\`verzoeken_id\`);`)
  // voorzieningen get codes; locations store the code instead of the name
  await geefVoorzieningenCodes({ sql, rijen: (q: Q) => db.all(q), voerUit: (q: Q) => db.run(q) })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // locations store the voorziening's name again
  await geefVoorzieningenNamenTerug({ sql, rijen: (q: Q) => db.all(q), voerUit: (q: Q) => db.run(q) })
  await db.run(sql`DROP TABLE \`verzoeken\`;`)
  await db.run(sql`DROP TABLE \`verzoeken_rels\`;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisaties_id", "contracten_id", "locaties_id", "zorgaanbod_id", "wijzigingsverzoeken_id", "woonplaatsen_id", "soorten_zorg_id", "zachte_informatie_id", "oco_dienstverlening_id", "zorgkantoren_id", "media_id", "vrije_capaciteit_id", "wachttijden_id", "zorgkaart_id", "users_id", "worker_status_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "organisaties_id", "contracten_id", "locaties_id", "zorgaanbod_id", "wijzigingsverzoeken_id", "woonplaatsen_id", "soorten_zorg_id", "zachte_informatie_id", "oco_dienstverlening_id", "zorgkantoren_id", "media_id", "vrije_capaciteit_id", "wachttijden_id", "zorgkaart_id", "users_id", "worker_status_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`soorten_zorg_voorzieningen\` DROP COLUMN \`code\`;`)
}
