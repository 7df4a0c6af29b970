#!/usr/bin/env node
/**
 * The PostgreSQL server of the tests, reached through TEST_POSTGRES_URL (an admin URL whose role
 * may create databases, e.g. postgres://zorgatlas:zorgatlas@127.0.0.1:5432/postgres).
 *
 *   node scripts/test-postgres.mjs check         does it answer, and may the role create databases?
 *   node scripts/test-postgres.mjs create NAME   creates database NAME, prints its URL
 *   node scripts/test-postgres.mjs drop NAME     drops database NAME (ends its connections)
 */
import pg from 'pg'

const adminUrl = process.env.TEST_POSTGRES_URL
const [command, name] = process.argv.slice(2)

function fail(message) {
  console.error(message)
  process.exit(1)
}

if (!adminUrl)
  fail(
    'TEST_POSTGRES_URL is niet gezet (bijvoorbeeld postgres://zorgatlas:zorgatlas@127.0.0.1:5432/postgres).',
  )
if ((command === 'create' || command === 'drop') && !/^[a-z_][a-z0-9_]*$/.test(name ?? '')) {
  fail(`Ongeldige databasenaam: ${name ?? '(geen)'}`)
}

const shown = (() => {
  const url = new URL(adminUrl)
  if (url.password) url.password = '***'
  return url.toString()
})()

const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 })
try {
  await client.connect()
} catch (error) {
  fail(
    `PostgreSQL op TEST_POSTGRES_URL (${shown}) antwoordt niet: ${error.message}\n` +
      'Draait de server, en kloppen host, poort, gebruiker en wachtwoord?',
  )
}

try {
  if (command === 'check') {
    const { rows } = await client.query(
      `SELECT current_user AS role, rolcreatedb OR rolsuper AS createdb,
              current_setting('server_version') AS version
         FROM pg_roles WHERE rolname = current_user`,
    )
    const { role, createdb, version } = rows[0]
    if (!createdb) {
      fail(
        `De rol ${role} van TEST_POSTGRES_URL mag geen databases aanmaken; de tests maken per testbestand` +
          ` een eigen database. Geef als superuser: ALTER ROLE ${role} CREATEDB;`,
      )
    }
    console.log(`[test] PostgreSQL ${version} (${shown}), rol ${role} mag databases aanmaken`)
  } else if (command === 'create') {
    await client.query(`CREATE DATABASE ${name}`)
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    console.log(url.toString())
  } else if (command === 'drop') {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  } else {
    fail(`Onbekende opdracht: ${command ?? '(geen)'}; kies check, create of drop.`)
  }
} catch (error) {
  fail(`PostgreSQL (${shown}): ${error.message}`)
} finally {
  await client.end().catch(() => undefined)
}
