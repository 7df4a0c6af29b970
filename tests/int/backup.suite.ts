/**
 * Backup and restore round trip (scripts/backup-lib.ts, `npm run restore`): a backup made while the
 * CMS keeps writing (organisations and uploads) restores into a fresh data dir and database; there
 * the data equals the source (everything from before the backup, and an unbroken prefix of what was
 * written during it), every upload the restored database names is there with the same bytes, and
 * after the worker's queue ran, reconcile finds 0 differences. PostgreSQL through pg_dump and
 * pg_restore (skipped with a message where they are missing).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueReindexJob } from '../../cms/jobs/queue'
import type { Controle } from '../../search-indexer/reconcile'
import { leesBackup, maakBackup } from '../../scripts/backup-lib'
import { dropDatabase, freshDatabase, tempDir, type DbKind } from './helpers/database'
import { dumpData, uploadHashes, type DataDump } from './helpers/data-dump'
import { createWorld, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'
import { BIN, ROOT } from './helpers/site-server'

const JPEG = await sharp({
  create: { width: 320, height: 240, channels: 3, background: '#7a5a9a' },
})
  .jpeg()
  .toBuffer()

const heeftPgTools = () =>
  spawnSync('pg_dump', ['--version']).status === 0 &&
  spawnSync('pg_restore', ['--version']).status === 0

function draai(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, 'node'), ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${script} stopte met ${code}\n${out}`)),
    )
  })
}

export function backupSuite(kind: DbKind) {
  const skip = kind === 'postgres' && !heeftPgTools()
  if (skip)
    console.warn('pg_dump/pg_restore ontbreken: de backuptest op PostgreSQL wordt overgeslagen.')
  describe.skipIf(skip)(`backup and restore on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const teOpruimen: string[] = []

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      // a photo on a public location: an upload and its public sizes
      const foto = await cms.payload.create({
        collection: 'media',
        data: { alt: 'De tuin', organisatie: world.org.a },
        file: { data: JPEG, mimetype: 'image/jpeg', name: 'tuin.jpg', size: JPEG.length },
        overrideAccess: true,
      })
      await cms.payload.update({
        collection: 'locaties',
        id: world.locatie.a1,
        data: { fotos: [foto.id] },
        overrideAccess: true,
        context: { workflowStatus: 'definitief' },
      })
      await queueReindexJob(cms.payload, 'test')
      await runQueue(cms.payload)
    })
    afterAll(async () => {
      for (const url of teOpruimen) await dropDatabase(url).catch(() => undefined)
      await cms?.close()
    })

    it('a backup made while the CMS writes restores into a fresh data dir: equal data and uploads, 0 differences', async () => {
      const voor = await dumpData(cms.payload)
      expect(Object.keys(voor.media!)).toHaveLength(1)
      expect(fs.readdirSync(path.join(cms.dataDir, 'publieke-media'))).toHaveLength(1)

      // the CMS keeps writing: organisations, and every third one an upload
      let stoppen = false
      const geschreven: string[] = []
      const schrijver = (async () => {
        for (let i = 0; !stoppen; i++) {
          const org = await cms.payload.create({
            collection: 'organisaties',
            data: {
              naam: `Schrijver ${i}`,
              nzaCode: String(400000 + i),
              type: 'zorgaanbieder',
              zorgkantoren: [world.zk.cz],
              status: 'definitief',
              _status: 'published',
            },
            draft: false,
            overrideAccess: true,
            context: { workflowStatus: 'definitief', skipIndex: true },
          })
          geschreven.push(String(org.id))
          if (i % 3 === 0)
            await cms.payload.create({
              collection: 'media',
              data: { alt: `Foto ${i}`, organisatie: org.id },
              file: {
                data: JPEG,
                mimetype: 'image/jpeg',
                name: `schrijver-${i}.jpg`,
                size: JPEG.length,
              },
              overrideAccess: true,
            })
        }
      })()
      while (geschreven.length < 3) await new Promise((r) => setTimeout(r, 20))
      const naar = path.join(tempDir('za-backup'), 'backup')
      const tijdensStart = geschreven.length
      const manifest = await maakBackup(
        {
          dataDir: cms.dataDir,
          databaseUrl: process.env.DATABASE_URL!,
          zoekDir: path.join(cms.dataDir, 'search'),
          publiekeMediaDir: path.join(cms.dataDir, 'publieke-media'),
        },
        naar,
      )
      const tijdensEind = geschreven.length
      stoppen = true
      await schrijver
      expect(manifest.database).toBe(kind)
      expect(Object.keys(manifest.bestanden)).toEqual(
        expect.arrayContaining([
          kind === 'sqlite' ? 'database.sqlite' : 'database.dump',
          'search/index.sqlite',
        ]),
      )
      expect(leesBackup(naar).gemaakt).toBe(manifest.gemaakt)

      // restore into a fresh data dir and database, with the real command
      const doelDir = tempDir(`za-restore-${kind}`)
      const doelUrl = kind === 'sqlite' ? '' : await freshDatabase(kind, doelDir)
      if (doelUrl) teOpruimen.push(doelUrl)
      const env = {
        ...process.env,
        DATA_DIR: doelDir,
        DATABASE_URL: doelUrl,
        SEARCH_ENGINE: 'embedded',
        PUBLIC_MEDIA_DIR: '',
      }
      const uit = await draai('scripts/restore.ts', [naar], env)
      expect(uit).toContain('teruggezet')
      const resultaat = await draai('tests/int/helpers/na-restore.ts', [], env)
      const { controle, data, uploads } = JSON.parse(resultaat.split('@@RESULT@@')[1]!) as {
        controle: Controle
        data: DataDump
        uploads: Record<string, string | null>
      }

      // reconcile: the restored index and public media equal the restored database
      expect(controle.verschillen).toEqual([])
      expect(controle.verwacht).toBe(2)
      expect(controle.inIndex).toBe(2)

      // everything from before the backup is there, unchanged
      for (const [collection, docs] of Object.entries(voor))
        for (const [id, doc] of Object.entries(docs))
          expect(data[collection]?.[id], `${collection} ${id}`).toEqual(
            JSON.parse(JSON.stringify(doc)),
          )
      // what was written during the backup: an unbroken prefix, nothing half
      const nieuw = Object.keys(data.organisaties!).filter((id) => !voor.organisaties![id])
      expect(nieuw).toEqual(geschreven.slice(0, nieuw.length))
      expect(nieuw.length).toBeGreaterThanOrEqual(tijdensStart)
      expect(nieuw.length).toBeLessThanOrEqual(tijdensEind)
      // every upload the restored database names, with the same bytes as the source
      const bron = uploadHashes(data, path.join(cms.dataDir, 'media'))
      expect(Object.values(uploads).filter((h) => h === null)).toEqual([])
      expect(uploads).toEqual(bron)
    })

    it('a damaged backup is refused before anything is touched', async () => {
      const naar = path.join(tempDir('za-backup-kapot'), 'backup')
      await maakBackup({ dataDir: cms.dataDir, databaseUrl: process.env.DATABASE_URL! }, naar)
      const db = path.join(naar, kind === 'sqlite' ? 'database.sqlite' : 'database.dump')
      fs.appendFileSync(db, 'x')
      expect(() => leesBackup(naar)).toThrow(/beschadigd/)
      fs.rmSync(db)
      expect(() => leesBackup(naar)).toThrow(/niet compleet/)
    })
  })
}
