/**
 * Every case of the access table (cms/access/table.ts), run as real logins through REST on a real
 * database: each route of the built config (cms/access/routes.ts) × each role × each target (a
 * record of organisation A, of organisation B, a never-approved record, the login's own, another
 * login's). Allowed: a 2xx answer and the effect; refused: 401, 403, 404 or 405 (a 400 or 409 that
 * changed nothing counts as refused too) and nothing changed. Mismatches are collected and shown
 * together, each with the role, route, target and answer.
 */
import { randomBytes } from 'node:crypto'
import { formatNames, toWords, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alleRoutes, invullen, type Route } from '../../cms/access/routes'
import { BEREIK, ROLLEN, type Cel, type Operatie, type Rol } from '../../cms/access/table'
import { hashToken } from '../../cms/domain/uitnodiging'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { startCms, type RestResponse, type TestCms } from './helpers/payload'

type Org = 'A' | 'B'
/** What a case acts on. */
type Doel = Org | 'concept' | 'een' | 'zelf' | 'ander'

const REFUSED = [400, 401, 403, 404, 405, 409]
const ACCESS_REFUSED = [401, 403, 404]
/** thousands of requests per test: minutes on a busy 2-core machine */
const LANG = 15 * 60_000

const EMAIL: Record<Exclude<Rol, 'anoniem'>, string> = {
  aanbiederA: 'aanbieder.a@test.nl',
  aanbiederAB: 'aanbieder@test.nl',
  gebruikersbeheerderA: 'gebruikersbeheer.a@test.nl',
  redacteurX: 'redacteur.cz@test.nl',
  redacteurY: 'redacteur.menzis@test.nl',
  beheerder: 'beheer@test.nl',
}

/** Does this cell allow acting on this target, for this role? */
function mag(rol: Rol, cel: Cel, doel: Doel): boolean {
  switch (cel.uitkomst) {
    case 'ja':
      return true
    case 'nee':
      return false
    case 'gepubliceerd':
      return doel !== 'concept'
    case 'zelf':
      return doel === 'zelf'
    case 'eigen':
      if (doel === 'zelf' || doel === 'een') return rol !== 'anoniem'
      if (doel === 'ander') return false
      return BEREIK[rol].includes(doel === 'concept' ? 'A' : doel)
  }
}

const ok = (status: number) => status >= 200 && status < 300

export function toegangSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`access table on ${kind}: every case as a real login`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let routes: Route[]
    const token: Partial<Record<Rol, string>> = {}
    const userId = {} as Record<Exclude<Rol, 'anoniem'>, Id>
    const org = {} as Record<Org | 'C', Id>
    let teller = 0
    const uniek = () => `${Date.now().toString(36)}${(teller++).toString(36)}`
    let agb = 61000000
    let nza = 600000
    // contracts are unique per organisation, zorgkantoor and year: a year per case
    const jaren = { A: 2000, B: 2000 }
    const jaar = (o: Org) => jaren[o]++
    const fouten: string[] = []
    let gevallen = 0

    const SYS = { overrideAccess: true, depth: 0 } as const
    const sys = {
      create: (collection: string, data: Record<string, unknown>, extra = {}) =>
        payload.create({
          collection: collection as 'locaties',
          data: data as never,
          ...SYS,
          ...extra,
        }),
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await createWorld(payload)
      routes = alleRoutes(cms.config)
      org.A = world.org.a
      org.B = world.org.b
      org.C = world.org.c
      const extra = async (email: string, data: Record<string, unknown>) =>
        (
          await payload.create({
            collection: 'users',
            data: { email, password: PASSWORD, rol: 'zorgaanbieder', ...data } as never,
            overrideAccess: true,
          })
        ).id as Id
      userId.aanbiederA = await extra(EMAIL.aanbiederA, { naam: 'Aad A', organisaties: [org.A] })
      userId.gebruikersbeheerderA = await extra(EMAIL.gebruikersbeheerderA, {
        naam: 'Gea Beheer A',
        organisaties: [org.A],
        gebruikersbeheerder: true,
      })
      userId.aanbiederAB = world.users.aanbieder
      userId.redacteurX = world.users.redacteurCz
      userId.redacteurY = world.users.redacteurMenzis
      userId.beheerder = world.users.beheer
      for (const rol of ROLLEN) {
        if (rol !== 'anoniem') token[rol] = await cms.rest.login(EMAIL[rol], PASSWORD)
      }
    })
    afterAll(async () => {
      console.log(`access table on ${kind}: ${gevallen} cases`)
      await cms?.close()
    })

    const vraag = (
      rol: Rol,
      method: string,
      path: string,
      options: { body?: unknown; form?: FormData } = {},
    ): Promise<RestResponse> => cms.rest.request(method, path, { token: token[rol], ...options })

    function meld(rol: Rol, wat: string, doel: Doel | '-', verwacht: string, res: RestResponse) {
      fouten.push(
        `${rol} ${wat} [${doel}]: expected ${verwacht}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
      )
    }

    function toets(
      rol: Rol,
      wat: string,
      doel: Doel | '-',
      toegestaan: boolean,
      res: RestResponse,
    ) {
      gevallen++
      if (toegestaan && !ok(res.status)) meld(rol, wat, doel, '2xx', res)
      if (!toegestaan && !REFUSED.includes(res.status)) meld(rol, wat, doel, 'a refusal', res)
    }

    // -------------------------------------------------------------------------------------
    // Targets: fresh records as the system
    // -------------------------------------------------------------------------------------

    const locatieData = (o: Org | 'C') => ({
      organisatie: org[o],
      agbCode: String(agb++),
      hoofdlocatie: true,
      soortZorg: world.soort.verpleeghuis,
      voorziening: 'Verpleeghuis',
      naam: `Huis ${uniek()}`,
      gebruikVolledigeNaam: true,
      bezoekadres: {
        straat: 'Kerkstraat',
        huisnummer: '2',
        postcode: '5038 AB',
        plaats: 'Tilburg',
      },
    })
    const published = { draft: false, context: { workflowStatus: 'definitief', skipIndex: true } }
    const nieuwLocatie = async (o: Org | 'C', gepubliceerd = true) =>
      (
        await sys.create(
          'locaties',
          { ...locatieData(o), ...(gepubliceerd ? { _status: 'published' } : {}) },
          gepubliceerd ? published : { draft: true, context: { workflowStatus: 'nieuw' } },
        )
      ).id as Id
    const nieuwAanbod = async (o: Org, gepubliceerd = true) =>
      (
        await sys.create(
          'zorgaanbod',
          {
            locatie: await nieuwLocatie(o),
            woonplaats: o === 'A' ? world.wp.tilburg : world.wp.enschede,
            zachteInformatie: [],
            vv: VV_AANBOD,
            ...(gepubliceerd ? { _status: 'published' } : {}),
          },
          gepubliceerd ? published : { draft: true, context: { workflowStatus: 'nieuw' } },
        )
      ).id as Id
    const zkVan = (o: Org) => (o === 'A' ? world.zk.cz : world.zk.menzis)
    const jpeg = () =>
      sharp({ create: { width: 32, height: 24, channels: 3, background: '#5a8' } })
        .jpeg()
        .toBuffer()
    const lockOp = async (documentId: Id, houder: Id) =>
      (
        await sys.create('payload-locked-documents', {
          document: { relationTo: 'locaties', value: documentId },
          user: { relationTo: 'users', value: houder },
        })
      ).id as Id
    /** A fresh organisation stands in for A or B: the providers of that organisation get it too. */
    async function koppel(id: Id, o: Org) {
      for (const rol of ['aanbiederA', 'aanbiederAB', 'gebruikersbeheerderA'] as const) {
        if (!BEREIK[rol].includes(o)) continue
        const u = await payload.findByID({ collection: 'users', id: userId[rol], ...SYS })
        const huidige = (u.organisaties ?? []).map((x) => (typeof x === 'object' ? x.id : x))
        await payload.update({
          collection: 'users',
          id: userId[rol],
          data: { organisaties: [...huidige, id] },
          ...SYS,
        })
      }
      return id
    }
    const eersteOrg = (rol: Rol): Org => (BEREIK[rol][0] === 'B' ? 'B' : 'A')
    const anderDan = (rol: Rol): Id =>
      rol === 'beheerder' ? world.users.aanbieder2 : world.users.beheer

    interface Spec {
      doelen: Doel[]
      drafts?: boolean
      maak(doel: Doel, rol: Rol): Promise<Id>
      /** a create by this role for this target's organisation (undefined: no create case) */
      body?(doel: Doel, rol: Rol): Promise<Record<string, unknown> | FormData>
      /** a harmless change, and the field that shows it */
      wijzig?: { data: (rol: Rol) => Record<string, unknown>; veld: string }
      /** targets not used for an operation */
      zonder?: Partial<Record<Operatie, Doel[]>>
    }

    const orgRecord = (maak: (o: Org) => Promise<Id>, extra: Partial<Spec> = {}): Spec => ({
      doelen: ['A', 'B'],
      maak: (doel) => maak(doel === 'B' ? 'B' : 'A'),
      ...extra,
    })

    const referentie = (
      maak: () => Record<string, unknown>,
      wijzig: { data: () => Record<string, unknown>; veld: string },
    ): Spec => ({
      doelen: ['een'],
      maak: async () => (await sys.create(slugVan(maak), maak())).id as Id,
      body: async () => maak(),
      wijzig,
    })
    // the slug of a reference factory is set below (a small registry keeps the specs short)
    const refSlug = new Map<unknown, string>()
    const slugVan = (f: unknown) => refSlug.get(f)!
    const ref = (slug: string, f: () => Record<string, unknown>) => {
      refSlug.set(f, slug)
      return f
    }

    const SPECS: Record<string, Spec> = {
      organisaties: {
        doelen: ['A', 'B', 'concept'],
        drafts: true,
        maak: async (doel) => {
          const o: Org = doel === 'B' ? 'B' : 'A'
          const id = (
            await sys.create(
              'organisaties',
              {
                naam: `Stichting ${uniek()}`,
                type: 'zorgaanbieder',
                nzaCode: String(nza++),
                zorgkantoren: [zkVan(doel === 'B' ? 'B' : 'A')],
                ...(doel === 'concept' ? {} : { _status: 'published' }),
              },
              doel === 'concept'
                ? { draft: true, context: { workflowStatus: 'nieuw' } }
                : published,
            )
          ).id as Id
          return koppel(id, o)
        },
        body: async (doel) => ({
          naam: `Stichting ${uniek()}`,
          type: 'zorgaanbieder',
          nzaCode: String(nza++),
          zorgkantoren: [zkVan(doel === 'B' ? 'B' : 'A')],
        }),
        wijzig: { data: () => ({ telefoon: '0131234567' }), veld: 'telefoon' },
        zonder: { maken: ['concept'] },
      },
      locaties: {
        doelen: ['A', 'B', 'concept'],
        drafts: true,
        maak: (doel) => nieuwLocatie(doel === 'B' ? 'B' : 'A', doel !== 'concept'),
        body: async (doel) => locatieData(doel === 'B' ? 'B' : 'A'),
        wijzig: { data: () => ({ telefoon: '0131234567' }), veld: 'telefoon' },
        zonder: { maken: ['concept'] },
      },
      zorgaanbod: {
        doelen: ['A', 'B', 'concept'],
        drafts: true,
        maak: (doel) => nieuwAanbod(doel === 'B' ? 'B' : 'A', doel !== 'concept'),
        body: async (doel) => {
          const o = doel === 'B' ? 'B' : 'A'
          return {
            locatie: await nieuwLocatie(o),
            // residential care: the woonplaats where the location is housed (§4.1), Tilburg for both
            woonplaats: world.wp.tilburg,
            zachteInformatie: [],
            vv: VV_AANBOD,
          }
        },
        wijzig: {
          data: () => ({ zachteInformatie: [world.zi.islamitisch] }),
          veld: 'zachteInformatie',
        },
        zonder: { maken: ['concept'] },
      },
      contracten: orgRecord(
        async (o) =>
          (
            await sys.create(
              'contracten',
              { organisatie: org[o], zorgkantoor: zkVan(o), jaar: jaar(o), status: 'volledig' },
              { context: { contractSysteem: true, skipIndex: true } },
            )
          ).id as Id,
        {
          body: async (doel) => {
            const o = doel === 'B' ? 'B' : 'A'
            return { organisatie: org[o], zorgkantoor: zkVan(o), jaar: jaar(o), status: 'volledig' }
          },
          wijzig: { data: () => ({ status: 'gedeeltelijk' }), veld: 'status' },
        },
      ),
      wijzigingsverzoeken: orgRecord(
        async (o) =>
          (
            await sys.create('wijzigingsverzoeken', {
              titel: `Verzoek ${uniek()}`,
              organisatie: org[o],
              organisatieNaam: o,
              status: 'goedgekeurd',
              items: [],
              verstuurdOp: new Date().toISOString(),
            })
          ).id as Id,
        {
          body: async () => ({ titel: 'x', status: 'in-behandeling' }),
          wijzig: { data: () => ({ titel: 'Anders' }), veld: 'titel' },
        },
      ),
      verzoeken: orgRecord(
        async (o) =>
          (
            await sys.create('verzoeken', {
              soort: 'probleem',
              status: 'open',
              onderwerp: `Vraag ${uniek()}`,
              toelichting: 'Er klopt iets niet.',
              organisatie: org[o],
              organisatieNaam: o,
              zorgkantoren: [zkVan(o)],
              // sent by someone else, so the roles' own limits on open requests stay free
              verstuurdDoor: world.users.aanbieder2,
              verstuurdOp: new Date().toISOString(),
            })
          ).id as Id,
        {
          body: async (doel) => ({
            soort: 'probleem',
            onderwerp: 'x',
            toelichting: 'Er klopt iets niet.',
            organisatie: org[doel === 'B' ? 'B' : 'A'],
          }),
          wijzig: { data: () => ({ status: 'in-behandeling' }), veld: 'status' },
        },
      ),
      woonplaatsen: referentie(
        ref('woonplaatsen', () => ({
          naam: `Dorp ${uniek()}`,
          code: `dorp-${uniek()}`,
          gemeente: 'Tilburg',
          provincie: 'Noord-Brabant',
          lat: 51.5,
          lng: 5.1,
          zorgkantoor: world.zk.cz,
        })),
        { data: () => ({ gemeente: 'Goirle' }), veld: 'gemeente' },
      ),
      'soorten-zorg': referentie(
        ref('soorten-zorg', () => ({
          naam: `Soort ${uniek()}`,
          code: `soort-${uniek()}`,
          icoon: 'verpleeghuis',
          meerdereWoonplaatsen: false,
          sectoren: ['VV'],
          voorzieningen: [{ naam: 'Verpleeghuis' }],
        })),
        { data: () => ({ icoon: 'thuiszorg' }), veld: 'icoon' },
      ),
      'zachte-informatie': referentie(
        ref('zachte-informatie', () => ({
          naam: `Wens ${uniek()}`,
          code: `wens-${uniek()}`,
          groep: 'leefstijl',
          icoon: 'huisdieren-welkom',
        })),
        { data: () => ({ groep: 'geloof' }), veld: 'groep' },
      ),
      'oco-dienstverlening': referentie(
        ref('oco-dienstverlening', () => ({
          naam: `Dienst ${uniek()}`,
          code: `dienst-${uniek()}`,
        })),
        { data: () => ({ toelichting: 'Anders' }), veld: 'toelichting' },
      ),
      zorgkantoren: referentie(
        ref('zorgkantoren', () => ({
          naam: `Zorgkantoor ${uniek()}`,
          code: `zk-${uniek()}`,
          email: 'zk@test.nl',
        })),
        { data: () => ({ telefoon: '0101234567' }), veld: 'telefoon' },
      ),
      media: orgRecord(
        async (o) =>
          (
            await payload.create({
              collection: 'media',
              data: { alt: `Foto ${uniek()}`, organisatie: org[o] },
              file: {
                data: await jpeg(),
                mimetype: 'image/jpeg',
                name: `foto-${uniek()}.jpg`,
                size: 0,
              },
              overrideAccess: true,
            })
          ).id as Id,
        {
          body: async (doel) => {
            const form = new FormData()
            const bytes = await jpeg()
            form.append(
              'file',
              new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
              'foto.jpg',
            )
            form.append(
              '_payload',
              JSON.stringify({ alt: 'Voorgevel', organisatie: org[doel === 'B' ? 'B' : 'A'] }),
            )
            return form
          },
          wijzig: { data: () => ({ alt: 'Een andere beschrijving' }), veld: 'alt' },
        },
      ),
      'vrije-capaciteit': orgRecord(
        async (o) =>
          (
            await sys.create('vrije-capaciteit', {
              locatie: await nieuwLocatie(o),
              sector: 'VV',
              soortPlaats: 'verblijf',
              aantal: 3,
            })
          ).id as Id,
        {
          body: async (doel) => ({
            locatie: await nieuwLocatie(doel === 'B' ? 'B' : 'A'),
            sector: 'VV',
            soortPlaats: 'verblijf',
            aantal: 2,
          }),
          wijzig: { data: () => ({ aantal: 5 }), veld: 'aantal' },
        },
      ),
      wachttijden: orgRecord(
        async (o) =>
          (
            await sys.create('wachttijden', {
              locatie: await nieuwLocatie(o),
              zorgprofiel: 'VV-6',
              weken: 4,
            })
          ).id as Id,
        {
          body: async (doel) => ({
            locatie: await nieuwLocatie(doel === 'B' ? 'B' : 'A'),
            zorgprofiel: 'VV-6',
            weken: 3,
          }),
          wijzig: { data: () => ({ weken: 6 }), veld: 'weken' },
        },
      ),
      zorgkaart: {
        doelen: ['een'],
        maak: async () =>
          (
            await sys.create('zorgkaart', {
              zorgkaartId: String(900000 + teller++),
              naam: 'Huis',
              straat: 'Kerkstraat',
              huisnummer: '1',
              postcode: '5038 AB',
              plaats: 'Tilburg',
              aantalWaarderingen: 1,
              url: 'https://www.zorgkaartnederland.nl/x',
            })
          ).id as Id,
        body: async () => ({
          zorgkaartId: String(900000 + teller++),
          naam: 'Huis',
          straat: 'Kerkstraat',
          huisnummer: '3',
          postcode: '5038 AB',
          plaats: 'Tilburg',
          aantalWaarderingen: 1,
          url: 'https://www.zorgkaartnederland.nl/y',
        }),
        wijzig: { data: () => ({ aantalWaarderingen: 7 }), veld: 'aantalWaarderingen' },
      },
      users: {
        doelen: ['A', 'B', 'zelf'],
        maak: async (doel, rol) => {
          if (doel === 'zelf') return userId[rol as Exclude<Rol, 'anoniem'>]
          return (
            await payload.create({
              collection: 'users',
              data: {
                email: `collega.${uniek()}@test.nl`,
                password: PASSWORD,
                naam: 'Collega',
                rol: 'zorgaanbieder',
                organisaties: [org[doel === 'B' ? 'B' : 'A']],
                // a login is deactivated before it can be deleted (seed 004 §3.3)
                actief: false,
              },
              overrideAccess: true,
            })
          ).id as Id
        },
        body: async (doel) => ({
          email: `nieuw.${uniek()}@test.nl`,
          password: PASSWORD,
          naam: 'Nieuw',
          rol: 'zorgaanbieder',
          organisaties: [org[doel === 'B' ? 'B' : 'A']],
        }),
        wijzig: { data: () => ({ naam: `Naam ${uniek()}` }), veld: 'naam' },
        zonder: { maken: ['zelf'], verwijderen: ['zelf'], 'verwijderen-meerdere': ['zelf'] },
      },
      uitnodigingen: orgRecord(
        async (o) =>
          (
            await sys.create('uitnodigingen', {
              email: `uitgenodigd.${uniek()}@test.nl`,
              naam: 'Uitgenodigd',
              organisaties: [org[o]],
              status: 'open',
              geldigTot: new Date(Date.now() + 3_600_000).toISOString(),
              tokenHash: hashToken(randomBytes(32).toString('base64url')),
            })
          ).id as Id,
        {
          body: async (doel) => ({
            email: 'x@test.nl',
            organisaties: [org[doel === 'B' ? 'B' : 'A']],
            geldigTot: new Date().toISOString(),
          }),
          wijzig: { data: () => ({ status: 'geaccepteerd' }), veld: 'status' },
        },
      ),
      'audit-log': orgRecord(
        async (o) =>
          (
            await sys.create('audit-log', {
              actie: 'gewijzigd',
              collectie: 'organisaties',
              documentId: String(org[o]),
              documentTitel: o,
              organisatieId: String(org[o]),
              organisatieNaam: o,
              wie: 'Systeem',
              op: new Date().toISOString(),
            })
          ).id as Id,
        {
          body: async () => ({ actie: 'gewijzigd', collectie: 'x' }),
          wijzig: { data: () => ({ documentTitel: 'Anders' }), veld: 'documentTitel' },
        },
      ),
      'worker-status': {
        doelen: ['een'],
        maak: async () =>
          (await sys.create('worker-status', { workerId: `w-${uniek()}` })).id as Id,
        body: async () => ({ workerId: 'x' }),
        wijzig: { data: () => ({ host: 'elders' }), veld: 'host' },
      },
      'zoekindex-controles': {
        doelen: ['een'],
        maak: async () =>
          (
            await sys.create('zoekindex-controles', {
              op: new Date().toISOString(),
              bron: 'handmatig',
              verschillen: 0,
            })
          ).id as Id,
        body: async () => ({ op: new Date().toISOString(), bron: 'x', verschillen: 0 }),
        wijzig: { data: () => ({ verschillen: 5 }), veld: 'verschillen' },
      },
      inlogpogingen: {
        doelen: ['een'],
        maak: async () =>
          (await sys.create('inlogpogingen', { sleutel: `teller-${uniek()}`, mislukt: 1 }))
            .id as Id,
        body: async () => ({ sleutel: `teller-${uniek()}`, mislukt: 0 }),
        wijzig: { data: () => ({ mislukt: 0 }), veld: 'mislukt' },
      },
      'payload-kv': {
        doelen: ['een'],
        maak: async () =>
          (await sys.create('payload-kv', { key: `k-${uniek()}`, data: { a: 1 } })).id as Id,
        body: async () => ({ key: `k-${uniek()}`, data: { a: 2 } }),
        wijzig: { data: () => ({ data: { a: 3 } }), veld: 'data' },
      },
      'payload-jobs': {
        doelen: ['een'],
        maak: async () =>
          (
            await sys.create('payload-jobs', {
              taskSlug: 'indexeerLocaties',
              queue: 'elders',
              input: { locatieIds: [] },
            })
          ).id as Id,
        body: async () => ({
          taskSlug: 'indexeerLocaties',
          queue: 'zoekindex',
          input: { locatieIds: ['1'] },
        }),
        wijzig: { data: () => ({ queue: 'zoekindex' }), veld: 'queue' },
      },
      'payload-migrations': {
        doelen: ['een'],
        maak: async () =>
          (await sys.create('payload-migrations', { name: `m-${uniek()}`, batch: 99 })).id as Id,
        body: async () => ({ name: 'x', batch: 100 }),
        wijzig: { data: () => ({ batch: 98 }), veld: 'batch' },
      },
      'payload-locked-documents': {
        doelen: ['A', 'B', 'zelf'],
        maak: async (doel, rol) => {
          if (doel === 'zelf')
            return lockOp(
              await nieuwLocatie(eersteOrg(rol)),
              userId[rol as Exclude<Rol, 'anoniem'>],
            )
          return lockOp(await nieuwLocatie(doel === 'B' ? 'B' : 'A'), anderDan(rol))
        },
        body: async (doel, rol) => ({
          document: { relationTo: 'locaties', value: await nieuwLocatie(doel === 'B' ? 'B' : 'A') },
          user: {
            relationTo: 'users',
            value: rol === 'anoniem' ? world.users.beheer : userId[rol],
          },
        }),
        wijzig: {
          data: (rol) => ({
            user: {
              relationTo: 'users',
              value: rol === 'anoniem' ? world.users.beheer : userId[rol],
            },
          }),
          veld: 'user',
        },
        zonder: { maken: ['zelf'], wijzigen: ['zelf'], 'wijzigen-meerdere': ['zelf'] },
      },
      'payload-preferences': {
        doelen: ['zelf', 'ander'],
        // Payload sets the owner of a preference from the request's user
        maak: async (doel, rol) =>
          (
            await payload.create({
              collection: 'payload-preferences',
              data: { key: `voorkeur-${uniek()}`, value: { open: true } } as never,
              overrideAccess: true,
              user: {
                collection: 'users',
                id: doel === 'zelf' && rol !== 'anoniem' ? userId[rol] : anderDan(rol),
              } as never,
            })
          ).id as Id,
        body: async (_doel, rol) => ({
          key: `voorkeur-${uniek()}`,
          value: { open: true },
          user: {
            relationTo: 'users',
            value: rol === 'anoniem' ? world.users.beheer : userId[rol],
          },
        }),
        wijzig: { data: () => ({ value: { open: false } }), veld: 'value' },
        zonder: { maken: ['ander'] },
      },
    }

    /** The current value of the spec's field on a record (newest version), or undefined. */
    async function waarde(slug: string, id: Id, veld: string) {
      // disableErrors: null when the record is gone; any other failure still fails the test
      const doc = (await payload.findByID({
        collection: slug as 'locaties',
        id,
        draft: true,
        ...SYS,
        showHiddenFields: true,
        disableErrors: true,
      })) as Record<string, unknown> | null
      if (!doc) return undefined
      const v = doc[veld]
      return JSON.stringify(
        v && typeof v === 'object' && !Array.isArray(v) && 'value' in (v as object)
          ? (v as { value: unknown }).value
          : v,
      )
    }
    const bestaat = async (slug: string, id: Id) =>
      (
        await payload.find({
          collection: slug as 'locaties',
          where: { id: { equals: id } },
          draft: true,
          ...SYS,
          limit: 1,
        })
      ).totalDocs > 0
    const telling = async (slug: string) =>
      (await payload.count({ collection: slug as 'locaties', overrideAccess: true })).totalDocs

    const q = (slug: string, extra = '') =>
      `${SPECS[slug]?.drafts ? 'draft=true&' : ''}depth=0${extra ? `&${extra}` : ''}`

    // -------------------------------------------------------------------------------------
    // Payload's own collection routes, by operation
    // -------------------------------------------------------------------------------------

    async function lezen(slug: string, spec: Spec, cellen: Record<Rol, Cel>, perId: boolean) {
      const doelen: { doel: Doel; rol?: Rol; id: Id }[] = []
      for (const doel of spec.doelen) {
        if (doel === 'zelf' || doel === 'ander') continue
        doelen.push({ doel, id: await spec.maak(doel, 'beheerder') })
      }
      for (const rol of ROLLEN) {
        const cel = cellen[rol]
        const eigen = [...doelen]
        for (const doel of ['zelf', 'ander'] as const) {
          if (spec.doelen.includes(doel) && rol !== 'anoniem')
            eigen.push({ doel, rol, id: await spec.maak(doel, rol) })
        }
        const lijst = await vraag(rol, 'GET', `/${slug}?${q(slug, 'limit=0&pagination=false')}`)
        const ids = new Set(
          ok(lijst.status) ? (lijst.body.docs ?? []).map((d: { id: Id }) => String(d.id)) : [],
        )
        for (const { doel, id } of eigen) {
          gevallen++
          const zichtbaar = ids.has(String(id))
          if (zichtbaar !== mag(rol, cel, doel))
            meld(
              rol,
              `GET /${slug} (list) shows ${id}: ${zichtbaar}`,
              doel,
              String(mag(rol, cel, doel)),
              lijst,
            )
          if (!perId) continue
          const een = await vraag(rol, 'GET', `/${slug}/${id}?${q(slug)}`)
          toets(rol, `GET /${slug}/:id`, doel, mag(rol, cel, doel), een)
        }
        const count = await vraag(rol, 'GET', `/${slug}/count`)
        gevallen++
        if (count.status >= 500) meld(rol, `GET /${slug}/count`, '-', 'no 5xx', count)
      }
    }

    async function maken(slug: string, spec: Spec, cellen: Record<Rol, Cel>) {
      if (!spec.body) return
      for (const rol of ROLLEN) {
        for (const doel of spec.doelen) {
          if (spec.zonder?.maken?.includes(doel) || doel === 'concept') continue
          if ((doel === 'zelf' || doel === 'ander') && rol === 'anoniem') continue
          const body = await spec.body(doel, rol)
          const voor = await telling(slug)
          const res =
            body instanceof FormData
              ? await vraag(rol, 'POST', `/${slug}`, { form: body })
              : await vraag(rol, 'POST', `/${slug}?${q(slug)}`, { body })
          const toegestaan = mag(rol, cellen[rol], doel)
          toets(rol, `POST /${slug}`, doel, toegestaan, res)
          const na = await telling(slug)
          if (!toegestaan && na !== voor)
            meld(rol, `POST /${slug} created a record`, doel, 'no change', res)
          const id = res.body?.doc?.id
          if (id !== undefined)
            await payload
              .delete({ collection: slug as 'locaties', id, overrideAccess: true })
              .catch(() => undefined)
        }
      }
    }

    const doelenVoor = (spec: Spec, op: Operatie, rol: Rol) =>
      spec.doelen.filter(
        (d) =>
          !spec.zonder?.[op]?.includes(d) &&
          !((d === 'zelf' || d === 'ander') && rol === 'anoniem'),
      )

    /** PATCH by id, and the same change in bulk (?where=): each record changes exactly when allowed. */
    async function wijzigen(
      slug: string,
      spec: Spec,
      perId: Record<Rol, Cel> | undefined,
      bulk: Record<Rol, Cel> | undefined,
    ) {
      const w = spec.wijzig
      if (!w) return
      for (const rol of ROLLEN) {
        if (perId) {
          for (const doel of doelenVoor(spec, 'wijzigen', rol)) {
            const id = await spec.maak(doel, rol)
            const voor = await waarde(slug, id, w.veld)
            const res = await vraag(rol, 'PATCH', `/${slug}/${id}?${q(slug)}`, {
              body: w.data(rol),
            })
            const toegestaan = mag(rol, perId[rol], doel)
            toets(rol, `PATCH /${slug}/:id`, doel, toegestaan, res)
            const na = await waarde(slug, id, w.veld)
            if (toegestaan && ok(res.status) && na === voor)
              meld(rol, `PATCH /${slug}/:id changed nothing`, doel, `${w.veld} changed`, res)
            if (!toegestaan && na !== voor)
              meld(
                rol,
                `PATCH /${slug}/:id changed ${w.veld} (${voor} → ${na})`,
                doel,
                'no change',
                res,
              )
          }
        }
        if (!bulk) continue
        const records: { doel: Doel; id: Id; voor: string | undefined }[] = []
        for (const doel of doelenVoor(spec, 'wijzigen-meerdere', rol)) {
          const id = await spec.maak(doel, rol)
          records.push({ doel, id, voor: await waarde(slug, id, w.veld) })
        }
        if (!records.length) continue
        const where = records.map((b, i) => `where[id][in][${i}]=${b.id}`).join('&')
        const res = await vraag(rol, 'PATCH', `/${slug}?${q(slug, where)}`, { body: w.data(rol) })
        if (res.status >= 500) meld(rol, `PATCH /${slug}?where (bulk)`, '-', 'no 5xx', res)
        for (const b of records) {
          gevallen++
          const veranderd = (await waarde(slug, b.id, w.veld)) !== b.voor
          const verwacht = mag(rol, bulk[rol], b.doel)
          if (veranderd !== verwacht)
            meld(
              rol,
              `PATCH /${slug}?where (bulk) changed ${b.id}: ${veranderd}`,
              b.doel,
              String(verwacht),
              res,
            )
        }
      }
    }

    /** DELETE by id (when Payload's route is reached) and in bulk (?where=). */
    async function verwijderen(
      slug: string,
      spec: Spec,
      perId: Record<Rol, Cel> | undefined,
      bulk: Record<Rol, Cel> | undefined,
    ) {
      for (const rol of ROLLEN) {
        if (perId) {
          for (const doel of doelenVoor(spec, 'verwijderen', rol)) {
            const id = await spec.maak(doel, rol)
            const res = await vraag(rol, 'DELETE', `/${slug}/${id}`)
            const toegestaan = mag(rol, perId[rol], doel)
            toets(rol, `DELETE /${slug}/:id`, doel, toegestaan, res)
            if ((await bestaat(slug, id)) === toegestaan)
              meld(
                rol,
                `DELETE /${slug}/:id left it ${toegestaan ? 'there' : 'gone'}`,
                doel,
                toegestaan ? 'gone' : 'there',
                res,
              )
          }
        }
        if (!bulk) continue
        const records: { doel: Doel; id: Id }[] = []
        for (const doel of doelenVoor(spec, 'verwijderen-meerdere', rol))
          records.push({ doel, id: await spec.maak(doel, rol) })
        if (!records.length) continue
        const where = records.map((b, i) => `where[id][in][${i}]=${b.id}`).join('&')
        const res = await vraag(rol, 'DELETE', `/${slug}?${where}`)
        if (res.status >= 500) meld(rol, `DELETE /${slug}?where (bulk)`, '-', 'no 5xx', res)
        for (const b of records) {
          gevallen++
          const weg = !(await bestaat(slug, b.id))
          const verwacht = mag(rol, bulk[rol], b.doel)
          if (weg !== verwacht)
            meld(
              rol,
              `DELETE /${slug}?where (bulk) removed ${b.id}: ${weg}`,
              b.doel,
              String(verwacht),
              res,
            )
        }
      }
    }

    async function versies(
      slug: string,
      spec: Spec,
      cellen: Record<Rol, Cel>,
      terugzetten: boolean,
    ) {
      for (const rol of ROLLEN) {
        for (const doel of spec.doelen) {
          const id = await spec.maak(doel, rol)
          const v = await payload.findVersions({
            collection: slug as 'locaties',
            where: { parent: { equals: id } },
            limit: 1,
            overrideAccess: true,
          })
          const versie = v.docs[0]?.id
          if (versie === undefined) continue
          const toegestaan = mag(rol, cellen[rol], doel)
          if (!terugzetten) {
            const lijst = await vraag(
              rol,
              'GET',
              `/${slug}/versions?where[parent][equals]=${id}&depth=0`,
            )
            gevallen++
            const gezien = ok(lijst.status) && (lijst.body.docs ?? []).length > 0
            if (gezien !== toegestaan)
              meld(
                rol,
                `GET /${slug}/versions of ${id}: seen ${gezien}`,
                doel,
                String(toegestaan),
                lijst,
              )
            const een = await vraag(rol, 'GET', `/${slug}/versions/${versie}?depth=0`)
            toets(rol, `GET /${slug}/versions/:id`, doel, toegestaan, een)
          } else {
            const res = await vraag(rol, 'POST', `/${slug}/versions/${versie}?draft=true`)
            toets(rol, `POST /${slug}/versions/:id`, doel, toegestaan, res)
          }
        }
      }
    }

    async function rechten(slug: string, spec: Spec, cellen: Record<Rol, Cel>) {
      const id = await spec.maak(spec.doelen.includes('A') ? 'A' : 'een', 'beheerder')
      for (const rol of ROLLEN) {
        const res = await vraag(rol, 'POST', `/${slug}/access/${id}`, { body: {} })
        toets(rol, `POST /${slug}/access/:id`, '-', cellen[rol].uitkomst !== 'nee', res)
      }
    }

    async function dupliceren(slug: string, spec: Spec, cellen: Record<Rol, Cel>) {
      for (const rol of ROLLEN) {
        const doel = spec.doelen[0]!
        if ((doel === 'zelf' || doel === 'ander') && rol === 'anoniem') continue
        const id = await spec.maak(doel, rol)
        const voor = await telling(slug)
        const res = await vraag(rol, 'POST', `/${slug}/${id}/duplicate`, { body: {} })
        const toegestaan = mag(rol, cellen[rol], doel)
        toets(rol, `POST /${slug}/:id/duplicate`, doel, toegestaan, res)
        if (!toegestaan && (await telling(slug)) !== voor)
          meld(rol, `POST /${slug}/:id/duplicate created a record`, doel, 'no change', res)
        if (res.body?.doc?.id !== undefined)
          await payload
            .delete({ collection: slug as 'locaties', id: res.body.doc.id, overrideAccess: true })
            .catch(() => undefined)
      }
    }

    it(
      'Payload’s own routes of every collection: each operation, role and target',
      async () => {
        const perCollectie = new Map<string, Map<string, Route>>()
        for (const r of routes) {
          if (!r.collectie || !r.operatie || r.rij || r.overschaduwd) continue
          const m = perCollectie.get(r.collectie) ?? new Map<string, Route>()
          m.set(`${r.methode} ${r.pad}`, r)
          perCollectie.set(r.collectie, m)
        }
        const zonderSpec = [...perCollectie.keys()].filter((s) => !SPECS[s])
        expect(zonderSpec, 'collections without targets in this test').toEqual([])
        for (const [slug, m] of perCollectie) {
          const spec = SPECS[slug]!
          const cel = (op: Operatie) => [...m.values()].find((r) => r.operatie === op)?.cellen
          const l = cel('lezen')
          if (l) await lezen(slug, spec, l, m.has('GET /:id'))
          const mk = cel('maken')
          if (mk) await maken(slug, spec, mk)
          // by id only where Payload's own route is reached (not shadowed by one of ours)
          const perId = (op: Operatie, pad: string) => (m.has(pad) ? cel(op) : undefined)
          await wijzigen(slug, spec, perId('wijzigen', 'PATCH /:id'), cel('wijzigen-meerdere'))
          await verwijderen(
            slug,
            spec,
            perId('verwijderen', 'DELETE /:id'),
            cel('verwijderen-meerdere'),
          )
          if (spec.drafts) {
            const vs = cel('versies')
            if (vs) await versies(slug, spec, vs, false)
            const vt = cel('versie-terugzetten')
            if (vt) await versies(slug, spec, vt, true)
          }
          const r = cel('rechten')
          if (r) await rechten(slug, spec, r)
          const d = cel('dupliceren')
          if (d && m.has('POST /:id/duplicate')) await dupliceren(slug, spec, d)
        }
        expect(fouten, fouten.join('\n')).toEqual([])
      },
      LANG,
    )

    // -------------------------------------------------------------------------------------
    // Every other route: custom endpoints, auth, jobs, globals, root routes, GraphQL
    // -------------------------------------------------------------------------------------

    interface Geval {
      doel: Doel | '-'
      methode: string
      pad: string
      body?: unknown
      form?: FormData
      token?: string
      /** a reading that says whether the role got through (default: the status) */
      gelukt?: (res: RestResponse) => boolean
    }

    const sterkWachtwoord = 'Lange-zin-voor-2026-test'
    const volgendJaar = new Date().getFullYear() + 1
    const inlogLogin = { email: 'inlog.test@test.nl' }
    let inlogKlaar = false
    async function inlogTest() {
      if (inlogKlaar) return
      await payload.create({
        collection: 'users',
        data: { ...inlogLogin, password: PASSWORD, naam: 'Inlog Test', rol: 'zorgaanbieder' },
        overrideAccess: true,
      })
      inlogKlaar = true
    }
    /** a second session of the role, for routes that end it (logout) */
    const losseToken = async (rol: Rol) =>
      rol === 'anoniem' ? undefined : cms.rest.login(EMAIL[rol], PASSWORD)
    const uitnodiging = async (email: string, o: Org) => {
      const token = randomBytes(32).toString('base64url')
      await sys.create('uitnodigingen', {
        email,
        naam: 'Uitgenodigd',
        organisaties: [org[o]],
        status: 'open',
        geldigTot: new Date(Date.now() + 3_600_000).toISOString(),
        tokenHash: hashToken(token),
      })
      return token
    }
    const mislukteTaak = async () =>
      (
        await sys.create('payload-jobs', {
          taskSlug: 'verstuurMail',
          queue: 'mail',
          input: { aan: 'x@test.nl', onderwerp: 'Test', tekst: 'Test' },
          hasError: true,
          totalTried: 8,
          error: { message: 'kapot' },
          completedAt: new Date().toISOString(),
        })
      ).id as Id
    const voorkeur = async (rol: Rol, eigen: boolean) => {
      const key = `toegang-${uniek()}`
      await payload.create({
        collection: 'payload-preferences',
        data: { key, value: { open: true } } as never,
        overrideAccess: true,
        user: {
          collection: 'users',
          id: eigen && rol !== 'anoniem' ? userId[rol] : anderDan(rol),
        } as never,
      })
      return key
    }

    const perOrg =
      (maak: (o: Org, rol: Rol) => Promise<Omit<Geval, 'doel'>>) =>
      async (rol: Rol): Promise<Geval[]> => [
        { doel: 'A', ...(await maak('A', rol)) },
        { doel: 'B', ...(await maak('B', rol)) },
      ]
    const zonderDoel =
      (g: Omit<Geval, 'doel'> | ((rol: Rol) => Promise<Omit<Geval, 'doel'>>)) =>
      async (rol: Rol): Promise<Geval[]> => [
        { doel: '-', ...(typeof g === 'function' ? await g(rol) : g) },
      ]
    const orgVan = (o: Org) => SPECS.organisaties!.maak(o, 'beheerder')

    const GEVALLEN: Record<string, (rol: Rol) => Promise<Geval[]>> = {
      'GET /api/organisaties/:id/te-versturen': perOrg(async (o) => ({
        methode: 'GET',
        pad: `/organisaties/${await orgVan(o)}/te-versturen`,
      })),
      'POST /api/organisaties/:id/versturen': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/organisaties/${await orgVan(o)}/versturen`,
        body: {},
      })),
      'POST /api/organisaties/:id/goedkeuren': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/organisaties/${await orgVan(o)}/goedkeuren`,
        body: {},
      })),
      'POST /api/organisaties/:id/afwijzen': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/organisaties/${await orgVan(o)}/afwijzen`,
        body: { reden: 'Dit klopt niet helemaal.' },
      })),
      'POST /api/organisaties/:id/fusie': perOrg(async (o) => {
        const id = await orgVan(o)
        return { methode: 'POST', pad: `/organisaties/${id}/fusie`, body: { naar: id } }
      }),
      'GET /api/organisaties/mijn-overzicht': zonderDoel({
        methode: 'GET',
        pad: '/organisaties/mijn-overzicht',
      }),
      'GET /api/contracten/overzicht': zonderDoel({ methode: 'GET', pad: '/contracten/overzicht' }),
      'POST /api/contracten/bulk': perOrg(async (o, rol) => ({
        methode: 'POST',
        pad: '/contracten/bulk',
        body: {
          jaar: volgendJaar,
          status: 'in-onderhandeling',
          organisaties: [org[o]],
          ...(rol === 'beheerder' ? { zorgkantoor: zkVan(o) } : {}),
        },
      })),
      // the target is the zorgkantoor whose year is filled: A's (the editor's own) or B's
      'POST /api/contracten/overnemen': perOrg(async (o) => ({
        methode: 'POST',
        pad: '/contracten/overnemen',
        body: { jaar: volgendJaar + 1, zorgkantoor: zkVan(o) },
      })),
      'GET /api/locaties/:id/overzicht': perOrg(async (o) => ({
        methode: 'GET',
        pad: `/locaties/${await nieuwLocatie(o)}/overzicht`,
      })),
      'DELETE /api/locaties/:id': perOrg(async (o) => ({
        methode: 'DELETE',
        pad: `/locaties/${await nieuwLocatie(o)}`,
      })),
      'POST /api/locaties/:id/herstel': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/locaties/${await nieuwLocatie(o)}/herstel`,
        body: {},
      })),
      'POST /api/locaties/:id/kopieer-zorgaanbod': perOrg(async (o) => {
        const bron = await nieuwAanbod(o)
        const doc = await payload.findByID({ collection: 'zorgaanbod', id: bron, ...SYS })
        return {
          methode: 'POST',
          pad: `/locaties/${doc.locatie as Id}/kopieer-zorgaanbod`,
          body: { naarLocatie: await nieuwLocatie(o), woonplaats: world.wp.breda },
        }
      }),
      'DELETE /api/zorgaanbod/:id': perOrg(async (o) => ({
        methode: 'DELETE',
        pad: `/zorgaanbod/${await nieuwAanbod(o)}`,
      })),
      'POST /api/zorgaanbod/:id/herstel': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/zorgaanbod/${await nieuwAanbod(o)}/herstel`,
        body: {},
      })),
      'POST /api/zorgaanbod/:id/kopieer': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/zorgaanbod/${await nieuwAanbod(o)}/kopieer`,
        body: { woonplaatsen: [world.wp.breda] },
      })),
      'GET /api/wijzigingsverzoeken/wachtrij': zonderDoel({
        methode: 'GET',
        pad: '/wijzigingsverzoeken/wachtrij',
      }),
      'GET /api/wijzigingsverzoeken/:id/verschillen': perOrg(async (o) => ({
        methode: 'GET',
        pad: `/wijzigingsverzoeken/${await SPECS.wijzigingsverzoeken!.maak(o, 'beheerder')}/verschillen`,
      })),
      'POST /api/wijzigingsverzoeken/:id/goedkeuren': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/wijzigingsverzoeken/${await SPECS.wijzigingsverzoeken!.maak(o, 'beheerder')}/goedkeuren`,
        body: {},
      })),
      'POST /api/wijzigingsverzoeken/:id/afwijzen': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/wijzigingsverzoeken/${await SPECS.wijzigingsverzoeken!.maak(o, 'beheerder')}/afwijzen`,
        body: { reden: 'Dit klopt niet helemaal.' },
      })),
      'POST /api/verzoeken/indienen': perOrg(async (o) => ({
        methode: 'POST',
        pad: '/verzoeken/indienen',
        body: { soort: 'probleem', toelichting: 'Er klopt iets niet.', organisatie: org[o] },
      })),
      'GET /api/verzoeken/wachtrij': zonderDoel({ methode: 'GET', pad: '/verzoeken/wachtrij' }),
      'POST /api/media/:id/nieuwe-versie': perOrg(async (o) => ({
        methode: 'POST',
        pad: `/media/${await SPECS.media!.maak(o, 'beheerder')}/nieuwe-versie`,
        body: {},
      })),
      'GET /api/media/file/:filename': perOrg(async (o) => {
        const id = await SPECS.media!.maak(o, 'beheerder')
        const doc = await payload.findByID({ collection: 'media', id, ...SYS })
        return { methode: 'GET', pad: `/media/file/${doc.filename}` }
      }),
      'GET /api/media/paste-url/:id?': perOrg(async (o) => ({
        methode: 'GET',
        pad: `/media/paste-url/${await SPECS.media!.maak(o, 'beheerder')}?src=${encodeURIComponent('http://127.0.0.1:9/x.jpg')}`,
      })),
      'POST /api/users/uitnodigen': perOrg(async (o) => ({
        methode: 'POST',
        pad: '/users/uitnodigen',
        body: {
          email: `uitnodiging.${uniek()}@test.nl`,
          naam: 'Nieuwe Collega',
          organisaties: [org[o]],
        },
      })),
      'POST /api/users/wachtwoord-instellen': zonderDoel({
        methode: 'POST',
        pad: '/users/wachtwoord-instellen',
        body: { token: randomBytes(32).toString('base64url'), wachtwoord: sterkWachtwoord },
      }),
      'POST /api/users/verify/:token': zonderDoel({
        methode: 'POST',
        pad: '/users/verify/abc',
        body: {},
      }),
      'POST /api/users/forgot-password': zonderDoel({
        methode: 'POST',
        pad: '/users/forgot-password',
        body: { email: 'onbekend@test.nl' },
      }),
      'POST /api/users/login': zonderDoel(async () => {
        await inlogTest()
        return { methode: 'POST', pad: '/users/login', body: { ...inlogLogin, password: PASSWORD } }
      }),
      'POST /api/users/logout': zonderDoel(async (rol) => ({
        methode: 'POST',
        pad: '/users/logout',
        body: {},
        token: await losseToken(rol),
      })),
      'GET /api/users/me': zonderDoel({
        methode: 'GET',
        pad: '/users/me',
      }),
      'POST /api/users/refresh-token': zonderDoel(async (rol) => ({
        methode: 'POST',
        pad: '/users/refresh-token',
        body: {},
        token: await losseToken(rol),
      })),
      'GET /api/users/init': zonderDoel({ methode: 'GET', pad: '/users/init' }),
      'POST /api/users/first-register': zonderDoel({
        methode: 'POST',
        pad: '/users/first-register',
        body: { email: `eerste.${uniek()}@test.nl`, password: sterkWachtwoord, naam: 'Eerste' },
      }),
      'POST /api/users/reset-password': zonderDoel(async () => {
        const email = `vergeten.${uniek()}@test.nl`
        await payload.create({
          collection: 'users',
          data: { email, password: PASSWORD, naam: 'Vergeten', rol: 'zorgaanbieder' },
          overrideAccess: true,
        })
        const token = await payload.forgotPassword({
          collection: 'users',
          data: { email },
          disableEmail: true,
        })
        return {
          methode: 'POST',
          pad: '/users/reset-password',
          body: { token, password: sterkWachtwoord },
        }
      }),
      'POST /api/users/unlock': zonderDoel(async () => {
        await inlogTest()
        return { methode: 'POST', pad: '/users/unlock', body: inlogLogin }
      }),
      'POST /api/uitnodigingen/bekijken': async (rol) => uitnodigingGevallen(rol, 'bekijken'),
      'POST /api/uitnodigingen/accepteren': async (rol) => uitnodigingGevallen(rol, 'accepteren'),
      'POST /api/uitnodigingen/weigeren': async (rol) => uitnodigingGevallen(rol, 'weigeren'),
      'GET /api/payload-jobs/run': zonderDoel({ methode: 'GET', pad: '/payload-jobs/run' }),
      'GET /api/payload-jobs/handle-schedules': zonderDoel({
        methode: 'GET',
        pad: '/payload-jobs/handle-schedules',
      }),
      'GET /api/payload-preferences/:key': async (rol) =>
        rol === 'anoniem'
          ? [
              {
                doel: '-',
                methode: 'GET',
                pad: `/payload-preferences/${await voorkeur(rol, false)}`,
                gelukt: (res) => ok(res.status) && res.body?.value != null,
              },
            ]
          : [
              {
                doel: 'zelf',
                methode: 'GET',
                pad: `/payload-preferences/${await voorkeur(rol, true)}`,
                gelukt: (res) => ok(res.status) && res.body?.value != null,
              },
              {
                doel: 'ander',
                methode: 'GET',
                pad: `/payload-preferences/${await voorkeur(rol, false)}`,
                gelukt: (res) => ok(res.status) && res.body?.value != null,
              },
            ],
      'POST /api/payload-preferences/:key': zonderDoel({
        methode: 'POST',
        pad: `/payload-preferences/nieuw-${Date.now()}`,
        body: { value: { open: true } },
      }),
      'DELETE /api/payload-preferences/:key': async (rol) =>
        rol === 'anoniem'
          ? [
              {
                doel: '-',
                methode: 'DELETE',
                pad: `/payload-preferences/${await voorkeur(rol, false)}`,
              },
            ]
          : [
              {
                doel: 'zelf',
                methode: 'DELETE',
                pad: `/payload-preferences/${await voorkeur(rol, true)}`,
              },
              {
                doel: 'ander',
                methode: 'DELETE',
                pad: `/payload-preferences/${await voorkeur(rol, false)}`,
              },
            ],
      'GET /api/health': zonderDoel({ methode: 'GET', pad: '/health' }),
      'GET /api/taken/mislukt': zonderDoel({ methode: 'GET', pad: '/taken/mislukt' }),
      'POST /api/taken/:id/opnieuw': zonderDoel(async () => ({
        methode: 'POST',
        pad: `/taken/${await mislukteTaak()}/opnieuw`,
        body: {},
      })),
      'DELETE /api/taken/:id': zonderDoel(async () => ({
        methode: 'DELETE',
        pad: `/taken/${await mislukteTaak()}`,
      })),
      'GET /api/access': zonderDoel({ methode: 'GET', pad: '/access' }),
      'GET /api/users/tweestaps': zonderDoel({ methode: 'GET', pad: '/users/tweestaps' }),
      'POST /api/users/tweestaps/controleren': zonderDoel({
        methode: 'POST',
        pad: '/users/tweestaps/controleren',
        body: { code: '123456' },
      }),
      'POST /api/users/tweestaps/instellen': zonderDoel({
        methode: 'POST',
        pad: '/users/tweestaps/instellen',
        body: {},
      }),
      'POST /api/users/tweestaps/bevestigen': zonderDoel({
        methode: 'POST',
        pad: '/users/tweestaps/bevestigen',
        body: { code: '123456' },
      }),
      'POST /api/users/tweestaps/afbreken': zonderDoel(async (rol) => ({
        methode: 'POST',
        pad: '/users/tweestaps/afbreken',
        body: {},
        token: await losseToken(rol),
      })),
      'POST /api/users/:id/tweestaps-resetten': zonderDoel(async () => ({
        methode: 'POST',
        pad: `/users/${await SPECS.users!.maak('A', 'beheerder')}/tweestaps-resetten`,
        body: {},
      })),
    }

    async function uitnodigingGevallen(
      rol: Rol,
      actie: 'bekijken' | 'accepteren' | 'weigeren',
    ): Promise<Geval[]> {
      const pad = `/uitnodigingen/${actie}`
      const ander = await uitnodiging(`nieuw.${uniek()}@test.nl`, 'A')
      if (rol === 'anoniem')
        return [{ doel: 'ander', methode: 'POST', pad, body: { token: ander } }]
      const zelf = await uitnodiging(EMAIL[rol], eersteOrg(rol))
      return [
        { doel: 'zelf', methode: 'POST', pad, body: { token: zelf } },
        { doel: 'ander', methode: 'POST', pad, body: { token: ander } },
      ]
    }

    /** Routes whose cases are generated elsewhere: Payload's own collection operations (above). */
    const anders = (r: Route) => r.overschaduwd || (!r.rij && r.operatie)

    it(
      'every other route: custom endpoints, auth, upload, jobs, preferences, root routes',
      async () => {
        fouten.length = 0
        const zonderGeval: string[] = []
        const gezien = new Set<string>()
        for (const r of routes) {
          if (anders(r) || !r.cellen || gezien.has(r.sleutel)) continue
          gezien.add(r.sleutel)
          if (
            r.rij?.soort === 'site' ||
            r.sleutel.startsWith('GET /api/globals') ||
            r.sleutel.startsWith('POST /api/globals')
          )
            continue
          if (r.sleutel === 'POST /api/graphql' || r.sleutel === 'GET /api/graphql-playground')
            continue
          const maak =
            GEVALLEN[r.sleutel] ??
            (r.rij?.soort === 'methode'
              ? zonderDoel({
                  methode: r.methode,
                  pad: r.sleutel.split(' ')[1]!.replace(/^\/api/, ''),
                })
              : undefined)
          if (!maak) {
            zonderGeval.push(r.sleutel)
            continue
          }
          for (const rol of ROLLEN) {
            const cel = r.cellen[rol]
            for (const g of await maak(rol)) {
              const res = await cms.rest.request(g.methode, g.pad, {
                token: g.token ?? token[rol],
                ...(g.form ? { form: g.form } : g.body !== undefined ? { body: g.body } : {}),
              })
              gevallen++
              const toegestaan = g.doel === '-' ? cel.uitkomst !== 'nee' : mag(rol, cel, g.doel)
              // Our endpoints check their rule before anything else: a refusal is 401/403 (or a 404 for
              // a record the login may not see). Payload's own routes may refuse with 400 too.
              const weigering = r.rij?.regel ? [...ACCESS_REFUSED, 405] : REFUSED
              const door = g.gelukt
                ? g.gelukt(res)
                : res.status < 500 &&
                  (toegestaan
                    ? !ACCESS_REFUSED.includes(res.status) && res.status !== 405
                    : !weigering.includes(res.status))
              if (res.status >= 500) meld(rol, r.sleutel, g.doel, 'no 5xx', res)
              else if (toegestaan && !door) meld(rol, r.sleutel, g.doel, 'through the door', res)
              else if (!toegestaan && door) meld(rol, r.sleutel, g.doel, 'a refusal', res)
              else if (
                !toegestaan &&
                rol === 'anoniem' &&
                r.rij?.regel &&
                r.rij.regel !== 'iedereen' &&
                res.status !== 401
              )
                meld(rol, r.sleutel, g.doel, '401 (no login)', res)
            }
          }
        }
        expect(zonderGeval, 'routes of the table without a generated case').toEqual([])
        expect(fouten, fouten.join('\n')).toEqual([])
      },
      LANG,
    )

    /** The GraphQL list query of a collection, named as @payloadcms/graphql names it. */
    function graphqlLijst(slug: string): string {
      const gq = cms.config.collections.find((c) => c.slug === slug)?.graphQL
      const eigen: { singularName?: string; pluralName?: string } =
        gq && typeof gq === 'object' ? gq : {}
      const uitSlug = formatNames(slug)
      const enkel = eigen.singularName ? toWords(eigen.singularName, true) : uitSlug.singular
      const meer = eigen.pluralName ? toWords(eigen.pluralName, true) : uitSlug.plural
      return enkel === meer ? `all${enkel}` : meer
    }

    it(
      'the jobs global and GraphQL: the same doors',
      async () => {
        fouten.length = 0
        for (const r of routes.filter((x) => x.global)) {
          for (const rol of ROLLEN) {
            const pad = invullen(r.sleutel.split(' ')[1]!.replace(/^\/api/, ''), { id: '1' })
            const res = await cms.rest.request(r.methode, pad, {
              token: token[rol],
              ...(r.methode === 'POST' ? { body: {} } : {}),
            })
            gevallen++
            const door = ok(res.status)
            if (res.status >= 500) meld(rol, r.sleutel, '-', 'no 5xx', res)
            else if (door !== (r.cellen![rol].uitkomst !== 'nee'))
              meld(rol, r.sleutel, '-', String(!door), res)
          }
        }
        // GraphQL: a list read of every workflow collection shows what REST's list shows
        for (const slug of [
          'organisaties',
          'locaties',
          'zorgaanbod',
          'contracten',
          'users',
          'audit-log',
        ]) {
          const naam = graphqlLijst(slug)
          for (const rol of ROLLEN) {
            const rest = await vraag(rol, 'GET', `/${slug}?${q(slug, 'limit=0&pagination=false')}`)
            const restIds = ok(rest.status)
              ? (rest.body.docs ?? []).map((d: { id: Id }) => String(d.id)).sort()
              : []
            const gql = await cms.rest.graphql(
              `{ ${naam}(limit: 0, pagination: false${SPECS[slug]?.drafts ? ', draft: true' : ''}) { docs { id } } }`,
              token[rol],
            )
            gevallen++
            const gqlIds = ((gql.body?.data?.[naam]?.docs ?? []) as { id: Id }[])
              .map((d) => String(d.id))
              .sort()
            if (JSON.stringify(gqlIds) !== JSON.stringify(restIds))
              fouten.push(
                `${rol} GraphQL ${naam}: ${gqlIds.length} documents, REST ${restIds.length}`,
              )
          }
        }
        expect(fouten, fouten.join('\n')).toEqual([])
      },
      LANG,
    )
  })
}
