/**
 * Two-step login required (TWO_FACTOR_REQUIRED=true, the production default): an editor or
 * beheerder without it sets it up right after the password, with the waiting session, which reads
 * nothing until then; providers are not asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { volgendeCode } from './helpers/tweestaps'

export function tweestapsVerplichtSuite(kind: DbKind) {
  describe(`two-step login required on ${kind}`, () => {
    let cms: TestCms

    beforeAll(async () => {
      process.env.TWO_FACTOR_REQUIRED = 'true'
      cms = await startCms(kind)
      await createWorld(cms.payload)
    })
    afterAll(async () => {
      delete process.env.TWO_FACTOR_REQUIRED
      await cms?.close()
    })

    it('a beheerder without it sets it up after the password; the session reads nothing before', async () => {
      const res = await cms.rest.request('POST', '/users/login', {
        body: { email: 'beheer@test.nl', password: PASSWORD },
      })
      expect(res.status).toBe(200)
      expect(res.body.tweedeStap).toBe('instellen')
      const half = res.body.token as string
      expect((await cms.rest.request('GET', '/users/me', { token: half })).body.user).toBeNull()
      expect((await cms.rest.request('GET', '/users', { token: half })).status).toBe(403)
      expect(
        (await cms.rest.request('GET', '/users/tweestaps', { token: half })).body,
      ).toMatchObject({ stap: 'instellen' })
      expect(
        (
          await cms.rest.request('POST', '/users/tweestaps/controleren', {
            token: half,
            body: { code: '123456' },
          })
        ).status,
      ).toBe(409)
      const start = await cms.rest.request('POST', '/users/tweestaps/instellen', {
        token: half,
        body: {},
      })
      expect(start.status).toBe(200)
      const klaar = await cms.rest.request('POST', '/users/tweestaps/bevestigen', {
        token: half,
        body: { code: await volgendeCode(start.body.geheim, 'beheer-verplicht') },
      })
      expect(klaar.status).toBe(200)
      expect(klaar.body.herstelcodes).toHaveLength(10)
      expect((await cms.rest.request('GET', '/users/me', { token: half })).body.user?.email).toBe(
        'beheer@test.nl',
      )
    })

    it('an editor is asked too; a provider is not', async () => {
      const editor = await cms.rest.request('POST', '/users/login', {
        body: { email: 'redacteur.cz@test.nl', password: PASSWORD },
      })
      expect(editor.body.tweedeStap).toBe('instellen')
      const provider = await cms.rest.request('POST', '/users/login', {
        body: { email: 'aanbieder@test.nl', password: PASSWORD },
      })
      expect(provider.body.tweedeStap).toBeUndefined()
      expect(provider.body.user.naam).toBe('Anna Aanbieder')
    })
  })
}
