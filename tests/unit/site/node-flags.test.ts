import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SITE_NODE_ENV, SITE_NODE_FLAGS } from '../../../site/server/node-flags'

describe('the V8 flags of a site process', () => {
  it('are the ones `npm run start:site` passes, with the same environment', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<
      string,
      string
    >
    const env = Object.entries(SITE_NODE_ENV).map(([k, v]) => `${k}=${v}`)
    expect(scripts['start:site']).toBe(
      `${env.join(' ')} node ${SITE_NODE_FLAGS.join(' ')} dist/site/server/entry.mjs`,
    )
  })

  it('are accepted by this Node (an unknown flag would stop the site from starting)', () => {
    const run = spawnSync(process.execPath, [...SITE_NODE_FLAGS, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
