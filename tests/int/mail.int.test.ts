/**
 * E-mail of the review desk against a real SMTP server on loopback (smtp-server):
 * sent → the mailbox of every zorgkantoor that contracts the organisation; rejected and approved →
 * the sender. Nothing reaches any other address. A mail server that is down never blocks a
 * decision: the job fails, is retried, and delivers once the server is back.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAIL_QUEUE } from '../../cms/jobs/queue'
import { createWorld, PASSWORD, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

interface Ontvangen {
  from: string
  to: string[]
  subject: string
  body: string
}

function startSmtp(received: Ontvangen[], port = 0): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const header = (name: string) =>
          new RegExp(`^${name}: (.+(?:\\r?\\n[ \\t].+)*)`, 'mi')
            .exec(raw)?.[1]
            ?.replace(/\r?\n[ \t]/g, ' ') ?? ''
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeMime(header('Subject')),
          body: /quoted-printable/i.test(header('Content-Transfer-Encoding'))
            ? decodeQuotedPrintable(
                raw
                  .split(/\r?\n\r?\n/)
                  .slice(1)
                  .join('\n\n'),
              )
            : raw
                .split(/\r?\n\r?\n/)
                .slice(1)
                .join('\n\n'),
        })
        callback()
      })
    },
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

/** A quoted-printable body as text (soft line breaks joined, =XX bytes decoded as UTF-8). */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}/i.exec(joined.slice(i + 1, i + 3)) : null
    if (hex) {
      bytes.push(parseInt(hex[0], 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n')
}

/** Decodes =?UTF-8?Q?…?= encoded words (our subjects are plain ASCII mostly). */
function decodeMime(value: string): string {
  return value
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    )
    .replace(/\?=\s+=\?/g, '')
}

const closeSmtp = (server: SMTPServer) =>
  new Promise<void>((resolve) => server.close(() => resolve()))

describe('e-mail through a real SMTP server on loopback', () => {
  const received: Ontvangen[] = []
  let smtp: SMTPServer
  let port: number
  let cms: TestCms
  let world: World
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    smtp = await startSmtp(received)
    port = (smtp.server.address() as AddressInfo).port
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    cms = await startCms('sqlite')
    world = await createWorld(cms.payload)
    // organisation b is contracted by two zorgkantoren
    await cms.payload.update({
      collection: 'organisaties',
      id: world.org.b,
      data: { zorgkantoren: [world.zk.menzis, world.zk.cz] },
      overrideAccess: true,
      context: { workflowStatus: 'definitief', skipIndex: true },
    })
    for (const [key, email] of Object.entries({
      aanbieder: 'aanbieder@test.nl',
      cz: 'redacteur.cz@test.nl',
      menzis: 'redacteur.menzis@test.nl',
    })) {
      tokens[key] = await cms.rest.login(email, PASSWORD)
    }
  })
  afterAll(async () => {
    await cms?.close()
    if (smtp) await closeSmtp(smtp)
    delete process.env.SMTP_URL
  })

  async function runMail() {
    for (let i = 0; i < 50; i++) {
      const result = await cms.payload.jobs.run({ queue: MAIL_QUEUE, limit: 1, sequential: true })
      if (!Object.keys(result.jobStatus ?? {}).length) return
    }
  }

  async function send() {
    const edit = await cms.rest.request('PATCH', `/locaties/${world.locatie.b1}`, {
      token: tokens.aanbieder,
      body: { telefoon: `053 ${Math.floor(100 + Math.random() * 800)} 12 34` },
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const sent = await cms.rest.request('POST', `/organisaties/${world.org.b}/versturen`, {
      token: tokens.aanbieder,
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    return sent.body.wijzigingsverzoek as number
  }

  it('sent, rejected and approved: each message to exactly the right mailboxes', async () => {
    const eerste = await send()
    const afgewezen = await cms.rest.request('POST', `/wijzigingsverzoeken/${eerste}/afwijzen`, {
      token: tokens.menzis,
      body: { reden: 'Het telefoonnummer ontbreekt op de website. Klopt het wel?' },
    })
    expect(afgewezen.status, JSON.stringify(afgewezen.body)).toBe(200)
    const tweede = await send()
    const goed = await cms.rest.request('POST', `/wijzigingsverzoeken/${tweede}/goedkeuren`, {
      token: tokens.cz,
    })
    expect(goed.status, JSON.stringify(goed.body)).toBe(200)
    await runMail()

    expect(received.map((m) => [m.to.join(','), m.subject])).toEqual([
      ['zorgatlas@menzis.test', 'Wijziging van Stichting Twentse Zorg wacht op beoordeling'],
      ['zorgatlas@cz.test', 'Wijziging van Stichting Twentse Zorg wacht op beoordeling'],
      ['aanbieder@test.nl', 'Uw wijziging van Stichting Twentse Zorg is afgewezen'],
      ['zorgatlas@menzis.test', 'Wijziging van Stichting Twentse Zorg wacht op beoordeling'],
      ['zorgatlas@cz.test', 'Wijziging van Stichting Twentse Zorg wacht op beoordeling'],
      ['aanbieder@test.nl', 'Uw wijziging van Stichting Twentse Zorg is goedgekeurd'],
    ])
    // nothing to any other address: not the editors, not the beheerder, not other providers
    const all = new Set(received.flatMap((m) => m.to))
    expect([...all].sort()).toEqual([
      'aanbieder@test.nl',
      'zorgatlas@cz.test',
      'zorgatlas@menzis.test',
    ])
    expect(received.every((m) => m.from === 'noreply@zorgatlas.nl')).toBe(true)

    const [verstuurd, , afwijzing, , , goedkeuring] = received
    expect(verstuurd!.body).toContain(`http://localhost:3000/admin/beoordelen/${eerste}`)
    expect(verstuurd!.body).toContain('Anna Aanbieder')
    expect(afwijzing!.body).toContain('Het telefoonnummer ontbreekt op de website. Klopt het wel?')
    expect(afwijzing!.body).toContain('Menzis zorgkantoor heeft uw wijziging')
    expect(afwijzing!.body).toContain(`/admin/collections/organisaties/${world.org.b}`)
    expect(goedkeuring!.body).toContain('CZ zorgkantoor heeft uw wijziging')
  })

  it('a mail server that is down never blocks a decision; the job is retried and delivers later', async () => {
    await closeSmtp(smtp)
    const before = received.length
    const verzoek = await send() // stored, even though no mail can go out
    const status = await cms.payload.findByID({
      collection: 'wijzigingsverzoeken',
      id: verzoek,
      overrideAccess: true,
    })
    expect(status.status).toBe('in-behandeling')
    await runMail()
    const failed = await cms.payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: MAIL_QUEUE } },
      overrideAccess: true,
    })
    expect(failed.docs.length).toBe(2) // both zorgkantoren, waiting for a retry
    for (const job of failed.docs) {
      expect(job.totalTried).toBeGreaterThanOrEqual(1)
      expect(job.hasError ?? false).toBe(false)
      expect(job.completedAt ?? null).toBeNull()
      expect(new Date(String(job.waitUntil)).getTime()).toBeGreaterThan(Date.now())
    }
    expect(received.length).toBe(before)

    // The server is back; the backoff time has passed (moved forward here instead of waiting).
    smtp = await startSmtp(received, port)
    for (const job of failed.docs) {
      await cms.payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
        overrideAccess: true,
      })
    }
    await runMail()
    expect(
      received
        .slice(before)
        .map((m) => m.to.join(','))
        .sort(),
    ).toEqual(['zorgatlas@cz.test', 'zorgatlas@menzis.test'])
    const left = await cms.payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: MAIL_QUEUE } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })
})
