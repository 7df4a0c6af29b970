import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpZorgkaartBron } from '../../cms/jobs/zorgkaart'

const KOP = 'zorgkaartId;naam;straat;huisnummer;postcode;plaats;score;aantalWaarderingen;url'
const CSV = `${KOP}\n1;De Es;Esweg;1;9711 AA;Groningen;8,1;20;https://www.zorgkaartnederland.nl/de-es\n`
const JSON_RECORDS = [
  {
    zorgkaartId: '2',
    naam: 'De Linde',
    straat: 'Laan',
    huisnummer: '3a',
    postcode: '1234ab',
    plaats: 'Utrecht',
    score: 7.5,
    aantalWaarderingen: 4,
    url: 'https://www.zorgkaartnederland.nl/de-linde',
  },
]

/** A local feed: the path decides what it answers; requests are recorded. */
let server: Server
let base: string
const gezien: { path: string; headers: IncomingHttpHeaders }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    gezien.push({ path: req.url ?? '', headers: req.headers })
    switch (req.url) {
      case '/feed.csv':
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(CSV)
        return
      case '/api/records':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(JSON_RECORDS))
        return
      case '/fout.csv':
        res
          .writeHead(200, { 'content-type': 'text/csv' })
          .end(`${KOP}\n1;x;y;1;12345;z;8;1;https://www.zorgkaartnederland.nl/x\n`)
        return
      case '/traag':
        setTimeout(() => res.writeHead(200).end(CSV), 2000)
        return
      default:
        res.writeHead(503).end('onderhoud')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('ZorgkaartNederland feed over HTTP (§3.2.8)', () => {
  it('reads CSV, asking for JSON or CSV', async () => {
    const r = await httpZorgkaartBron({ url: `${base}/feed.csv`, timeoutMs: 5000 }).haal()
    expect(r.ok && r.records.map((x) => [x.zorgkaartId, x.score])).toEqual([['1', 8.1]])
    expect(gezien.at(-1)?.headers.accept).toMatch(/application\/json.*text\/csv/)
  })
  it('reads JSON by its content type, validated by the schema', async () => {
    const r = await httpZorgkaartBron({ url: `${base}/api/records`, timeoutMs: 5000 }).haal()
    expect(r.ok && r.records[0]).toMatchObject({ postcode: '1234 AB', huisnummer: '3a' })
  })
  it('returns the Dutch line errors of a bad feed, and no records', async () => {
    const r = await httpZorgkaartBron({ url: `${base}/fout.csv`, timeoutMs: 5000 }).haal()
    expect(r).toEqual({
      ok: false,
      fouten: ["Regel 2: de postcode '12345' klopt niet (moet zijn als 1234 AB)."],
    })
  })
  it('fails with a Dutch reason on an error status or a timeout', async () => {
    await expect(httpZorgkaartBron({ url: `${base}/weg`, timeoutMs: 5000 }).haal()).rejects.toThrow(
      'ZorgkaartNederland-bestand niet opgehaald: de server antwoordde 503',
    )
    await expect(
      httpZorgkaartBron({ url: `${base}/traag`, timeoutMs: 200 }).haal(),
    ).rejects.toThrow('geen antwoord binnen 200 ms')
  })
})
