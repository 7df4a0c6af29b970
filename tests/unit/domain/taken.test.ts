import { describe, expect, it } from 'vitest'
import {
  beschrijfMislukteTaak,
  foutVan,
  gezondheid,
  isGeannuleerd,
  taakTitel,
  verbergAdressen,
  type TaakDocument,
} from '../../../cms/domain/taken'

const naam = (slug: string) =>
  ({ verstuurMail: 'E-mail versturen', indexeerLocaties: 'Zoekindex bijwerken' })[slug] ?? slug

const basis: TaakDocument = {
  id: 7,
  queue: 'mail',
  totalTried: 9,
  hasError: true,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:42:00.000Z',
}

describe('a failed job as the beheerder sees it', () => {
  it('a mail job: the subject, never the address or the text', () => {
    const taak = beschrijfMislukteTaak(
      {
        ...basis,
        taskSlug: 'verstuurMail',
        input: {
          aan: 'marieke@voorbeeld.nl',
          onderwerp: 'Uw login voor de Zorgatlas',
          tekst: 'Stel uw wachtwoord in: https://cms/admin/wachtwoord-instellen?token=geheim',
        },
        error: {
          name: 'TaskError',
          message:
            'Can\u2019t send mail - all recipients were rejected: 550 <marieke@voorbeeld.nl>',
          stack: 'Error: at smtp.js:1',
        },
      },
      naam,
    )
    expect(taak).toEqual({
      id: '7',
      taak: 'verstuurMail',
      naam: 'E-mail versturen',
      wachtrij: 'mail',
      aangemaaktOp: '2026-12-01T10:00:00.000Z',
      misluktOp: '2026-12-01T10:42:00.000Z',
      pogingen: 9,
      fout: 'Can\u2019t send mail - all recipients were rejected: 550 <[e-mailadres]>',
      onderwerp: 'Uw login voor de Zorgatlas',
    })
    const json = JSON.stringify(taak)
    expect(json).not.toContain('marieke')
    expect(json).not.toContain('geheim')
    expect(json).not.toContain('smtp.js')
  })

  it('an index job: its locations with their current names (null: no longer there), and labels', () => {
    const taak = beschrijfMislukteTaak(
      {
        ...basis,
        queue: 'zoekindex',
        taskSlug: 'indexeerLocaties',
        input: { locatieIds: [3, '4'], labels: true },
        error: { message: 'engine down' },
      },
      naam,
      new Map([['3', 'De Eik']]),
    )
    expect(taak.locaties).toEqual([
      { id: '3', naam: 'De Eik' },
      { id: '4', naam: null },
    ])
    expect(taak.labels).toBe(true)
    expect(taak.onderwerp).toBeUndefined()
    expect(taakTitel(taak)).toBe('Zoekindex bijwerken: 2 locaties')
  })

  it('a reindex names its reason; an unknown task its slug', () => {
    const taak = beschrijfMislukteTaak(
      { ...basis, taskSlug: 'herindexeren', input: { reden: 'leeg' } },
      naam,
    )
    expect(taak).toMatchObject({ naam: 'herindexeren', reden: 'leeg' })
    expect(taakTitel(taak)).toBe('herindexeren: leeg')
    expect(beschrijfMislukteTaak({ id: 1 }, naam)).toMatchObject({
      taak: 'onbekend',
      wachtrij: 'default',
      pogingen: 0,
      fout: 'Onbekende fout.',
    })
  })

  it('the error text: Payload’s shapes, short, without stack', () => {
    expect(foutVan({ error: 'kapot' })).toBe('kapot')
    expect(foutVan({ error: { error: 'Can\u2019t find runner' } })).toBe('Can\u2019t find runner')
    expect(foutVan({ error: { cancelled: true } })).toBe('Geannuleerd.')
    expect(foutVan({ error: null })).toBe('Onbekende fout.')
    const lang = foutVan({ error: { message: 'x'.repeat(5000) } })
    expect(lang.length).toBe(1000)
    expect(lang.endsWith('…')).toBe(true)
    expect(isGeannuleerd({ error: { cancelled: true } })).toBe(true)
    expect(isGeannuleerd({ error: { message: 'x' } })).toBe(false)
  })

  it('hides every e-mail address in a text', () => {
    expect(verbergAdressen('to a.b+c@x.nl, "d@e.com" and (f@g.co.uk)')).toBe(
      'to [e-mailadres], "[e-mailadres]" and ([e-mailadres])',
    )
    expect(verbergAdressen('no address @ here')).toBe('no address @ here')
  })
})

describe('health: ok only with a live worker and no failed job', () => {
  it('ok', () => {
    expect(gezondheid({ workerLoopt: true, mislukt: 0 })).toEqual({ status: 'ok' })
  })
  it('degraded when the worker is not running', () => {
    expect(gezondheid({ workerLoopt: false, mislukt: 0 })).toEqual({
      status: 'degraded',
      reden: 'De worker draait niet: goedgekeurde wijzigingen wachten.',
    })
  })
  it('degraded while a job has failed, also with a live worker; both reasons together', () => {
    expect(gezondheid({ workerLoopt: true, mislukt: 1 }).reden).toMatch(/^1 taak is mislukt/)
    expect(gezondheid({ workerLoopt: true, mislukt: 3 })).toMatchObject({
      status: 'degraded',
      reden: expect.stringMatching(/^3 taken zijn mislukt .*Mislukte taken\.$/),
    })
    expect(gezondheid({ workerLoopt: false, mislukt: 2 }).reden).toMatch(
      /^De worker draait niet.* 2 taken zijn mislukt/,
    )
  })
  it('degraded while the last check of the search index found differences; ok when it found none', () => {
    expect(gezondheid({ workerLoopt: true, mislukt: 0, controleVerschillen: 0 })).toEqual({
      status: 'ok',
    })
    expect(gezondheid({ workerLoopt: true, mislukt: 0, controleVerschillen: null })).toEqual({
      status: 'ok',
    })
    expect(gezondheid({ workerLoopt: true, mislukt: 0, controleVerschillen: 3 })).toEqual({
      status: 'degraded',
      reden:
        'De laatste controle van de zoekindex vond 3 verschillen met de database. Herstel ze met npm run reindex -- --repair.',
    })
    expect(gezondheid({ workerLoopt: true, mislukt: 0, controleVerschillen: 1 }).reden).toMatch(
      /vond 1 verschil met/,
    )
  })
})
