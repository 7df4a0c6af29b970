import { en } from '@payloadcms/translations/languages/en'
import { describe, expect, it } from 'vitest'
import { FOUT_NL, leestEngels, vertaalFout } from '../../../cms/http/nederlands'
import { FOTO_MESSAGES } from '../../../cms/domain/foto'

const ENGELS = /\b(the|not allowed|invalid|field|error)\b/i

describe('Dutch error messages', () => {
  it("Payload's translated texts, made without req.t, become its Dutch (with our overrides)", () => {
    expect(vertaalFout(en.translations.error.notAllowedToPerformAction, 403)).toBe(
      'U mag deze actie niet uitvoeren.',
    )
    expect(vertaalFout('Not Found', 404)).toBe('Niet gevonden')
    for (const key of ['unauthorized', 'tokenInvalidOrExpired', 'noUser', 'notFound'] as const) {
      const nl = vertaalFout(en.translations.error[key], 400)
      expect(nl, key).toBeTruthy()
      expect(nl, key).not.toMatch(ENGELS)
    }
  })

  it("Payload's fixed English texts get ours", () => {
    expect(vertaalFout('No User', 400)).toBe(FOUT_NL.nietIngelogd)
    expect(vertaalFout('File size limit has been reached', 413)).toBe(FOTO_MESSAGES.teGroot)
    expect(vertaalFout('Multipart request size limit has been reached', 413)).toBe(
      FOTO_MESSAGES.teGroot,
    )
    expect(vertaalFout('Something went wrong.', 500)).toBe(FOUT_NL.serverfout)
    expect(vertaalFout('Route not found "/api/x"', 404)).toBe(FOUT_NL.nietGevonden)
  })

  it('a validation error made without req.t keeps the fields it names', () => {
    expect(vertaalFout('The following field is invalid: naam', 400)).toBe(
      'Het volgende veld is ongeldig: naam',
    )
    expect(vertaalFout('The following fields are invalid: naam, bezoekadres.postcode', 400)).toBe(
      'De volgende velden zijn ongeldig: naam, bezoekadres.postcode',
    )
  })

  it('other English gets a Dutch text for its status; Dutch stays as it is', () => {
    expect(vertaalFout('Cannot query field "x" on type "Query".', 400)).toBe(FOUT_NL.algemeen[400])
    expect(vertaalFout('Invalid file url', 400)).toBe(FOUT_NL.algemeen[400])
    expect(vertaalFout('The request failed', 503)).toBe(FOUT_NL.serverfout)
    expect(vertaalFout('', 404)).toBe(FOUT_NL.algemeen[404])
    expect(vertaalFout(undefined, 500)).toBe(FOUT_NL.serverfout)
    expect(vertaalFout('"Naam" moet tekst zijn.', 400)).toBeNull()
    expect(vertaalFout('Dit adres bestaat niet.', 404)).toBeNull()
    // quoted input does not make a Dutch message English
    expect(leestEngels('Zoeken op "the error" met "not" kan niet.')).toBe(false)
    expect(leestEngels('You must be logged in')).toBe(true)
  })
})
