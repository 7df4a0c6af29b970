/**
 * Writes the reference lists and the demo data (cms/seed/demo-data.ts) into an empty database
 * through the Local API, as the system (overrideAccess), with the workflow statuses the demo asks
 * for: Definitief items are published, proposals are drafts, sent organisations get an open
 * change request. Everything runs in one transaction per step; the indexer builds the search
 * index afterwards (an empty engine triggers a full reindex).
 */
import { contractJaar } from '../domain/contract'
import { versleutel } from '../collections/Users/tweestaps'
import { DEMO_TWEESTAPS_GEHEIM } from '../domain/tweestaps'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { datum } from '../domain/datum'
import { verzoekTitel } from '../domain/wijzigingsverzoek'
import type { Status } from '../domain/workflow'
import type { AuditContext } from '../audit/context'
import { schrijfAudit } from '../audit/schrijf'
import { ZORGATLAS } from '../domain/audit'
import { ROLE_LABELS } from '../domain/roles'
import { telItems, aantallenTekst } from '../domain/verschillen'
import type { WorkflowContext } from '../hooks/context'
import { readFileSync } from 'node:fs'
import { parseZorgkaartCsv } from '../domain/zorgkaart'
import { importeerZorgkaart } from '../queries/zorgkaart'
import { buildDemoCapaciteit } from './demo-capaciteit'
import { buildDemoData, type DemoData } from './demo-data'
import { demoFoto } from './demo-fotos'
import { ocoDienstverlening, soortenZorg, zachteInformatie, zorgkantoorregios } from './reference'
import woonplaatsenData from './data/woonplaatsen.json'
import type { Woonplaats } from './woonplaatsen'

/** Ids as the generated types describe them (SQL adapters); on MongoDB they are strings at runtime. */
type Id = number
type WorkflowSlug = 'organisaties' | 'locaties' | 'zorgaanbod'

export interface SeedResult {
  woonplaatsen: number
  organisaties: number
  locaties: number
  zorgaanbod: number
  gebruikers: number
  wijzigingsverzoeken: number
  vrijeCapaciteit: number
  wachttijden: number
  /** ZorgkaartNederland records (cms/seed/data/zorgkaart-demo.csv) */
  zorgkaart: number
  /** approved change requests of the demo (the public "Gecontroleerd door … op …") */
  goedkeuringen: number
  ms: number
}

async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Demo data is a bulk import by the system: no audit entry per record. The demo's approvals do get
 * their entries (and their change requests), see the last step of seedDemo.
 */
const SEED_CONTEXT: AuditContext = { auditOverslaan: true }

/** Creates a record in the requested workflow state. */
/** A telephone number with its last digit changed (a proposal's visible change). */
const andereTelefoon = (telefoon: string | null | undefined): string =>
  telefoon ? telefoon.replace(/\d$/, (d) => String((Number(d) + 1) % 10)) : '010 123 45 67'

/** The sender of a demo request of an organisation without a provider login: its contact. */
const afzenderZonderLogin = (org: { naam: string; verkorteNaam?: string | null }): string =>
  `Contactpersoon ${org.verkorteNaam ?? org.naam}`

async function createWithStatus(
  req: PayloadRequest,
  collection: WorkflowSlug,
  data: Record<string, unknown>,
  status: Status,
  change: Record<string, unknown>,
): Promise<Id> {
  const ctx = (s: Status): WorkflowContext & AuditContext => ({
    workflowStatus: s,
    skipIndex: true,
    auditOverslaan: true,
  })
  const common = { overrideAccess: true, req, depth: 0 } as const
  if (status === 'nieuw') {
    const doc = await req.payload.create({
      collection,
      data: { ...data, _status: 'draft' },
      draft: true,
      context: ctx('nieuw'),
      ...common,
    } as never)
    return (doc as { id: Id }).id
  }
  const doc = (await req.payload.create({
    collection,
    data: { ...data, _status: 'published' },
    draft: false,
    context: ctx('definitief'),
    ...common,
  } as never)) as { id: Id }
  if (status !== 'definitief') {
    // A proposal on top of the published version: the public keeps the Definitief data.
    await req.payload.update({
      collection,
      id: doc.id,
      data: { ...change, _status: 'draft' },
      draft: true,
      context: ctx(status),
      ...common,
    } as never)
  }
  return doc.id
}

/** Demo sector content → the zorgaanbod sector tabs (vv, vg, lg, zg, ggz). */
function sectorData(sectoren: DemoData['zorgaanbod'][number]['sectoren']): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [sector, aanbod] of Object.entries(sectoren)) {
    if (!aanbod) continue
    out[sector.toLowerCase()] = {
      doelgroepen: aanbod.doelgroepen,
      zorgprofielen: aanbod.zorgprofielen,
      leveringsvormen: aanbod.leveringsvormen,
      dagbesteding: {
        dagbesteding: aanbod.dagbesteding,
        dagbehandeling: false,
        doelgroepen: aanbod.dagbesteding ? aanbod.doelgroepen : [],
      },
    }
  }
  return out
}

export async function seedDemo(
  payload: Payload,
  options: { password: string; data?: DemoData },
): Promise<SeedResult> {
  const started = Date.now()
  // The contracts of this year, so the public site shows who contracts each organisation now.
  const demo = options.data ?? buildDemoData({ jaar: contractJaar() })
  const woonplaatsen = woonplaatsenData as Woonplaats[]
  const ids = {
    zk: new Map<string, Id>(),
    wp: new Map<string, Id>(),
    soort: new Map<string, Id>(),
    zi: new Map<string, Id>(),
    oco: new Map<string, Id>(),
    org: new Map<string, Id>(),
    loc: new Map<string, Id>(),
  }
  const regioNaam = new Map(zorgkantoorregios.map((r) => [r.code, r.naam]))

  await inTransaction(payload, async (req) => {
    const o = { overrideAccess: true, req, depth: 0, context: SEED_CONTEXT } as const
    for (const zk of demo.zorgkantoren) {
      const doc = await payload.create({
        collection: 'zorgkantoren',
        data: {
          naam: zk.naam,
          code: zk.code,
          email: zk.email,
          telefoon: zk.telefoon ?? undefined,
          regios: zk.regios.map((r) => ({ naam: regioNaam.get(r) ?? r })),
        },
        ...o,
      })
      ids.zk.set(zk.code, doc.id)
    }
    for (const wp of woonplaatsen) {
      const doc = await payload.create({
        collection: 'woonplaatsen',
        data: {
          naam: wp.naam,
          code: wp.code,
          gemeente: wp.gemeente,
          provincie: wp.provincie,
          zorgkantoorregio: wp.zorgkantoorregio,
          zorgkantoor: ids.zk.get(wp.zorgkantoor),
          lat: wp.lat,
          lng: wp.lng,
        },
        ...o,
      })
      ids.wp.set(wp.code, doc.id)
    }
    for (const s of soortenZorg) {
      const doc = await payload.create({
        collection: 'soorten-zorg',
        data: {
          naam: s.naam,
          code: s.code,
          icoon: s.icoon,
          meerdereWoonplaatsen: s.thuis,
          sectoren: s.sectoren,
          voorzieningen: s.voorzieningen.map((naam) => ({ naam })),
        },
        ...o,
      })
      ids.soort.set(s.code, doc.id)
    }
    for (const z of zachteInformatie) {
      const doc = await payload.create({
        collection: 'zachte-informatie',
        data: {
          naam: z.naam,
          code: z.code,
          groep: z.groep,
          icoon: z.icoon,
          toelichting: z.toelichting,
        },
        ...o,
      })
      ids.zi.set(z.code, doc.id)
    }
    for (const d of ocoDienstverlening) {
      const doc = await payload.create({
        collection: 'oco-dienstverlening',
        data: { naam: d.naam, code: d.code, toelichting: d.toelichting },
        ...o,
      })
      ids.oco.set(d.code, doc.id)
    }
  })

  const sentItems = new Map<
    string,
    { collection: WorkflowSlug; id: string; vorigeStatus: Status }[]
  >()
  const remember = (orgKey: string, collection: WorkflowSlug, id: Id, status: Status) => {
    if (status !== 'in-behandeling') return
    const list = sentItems.get(orgKey) ?? []
    list.push({ collection, id: String(id), vorigeStatus: 'voorgesteld' })
    sentItems.set(orgKey, list)
  }

  await inTransaction(payload, async (req) => {
    for (const org of demo.organisaties) {
      const id = await createWithStatus(
        req,
        'organisaties',
        {
          naam: org.naam,
          verkorteNaam: org.verkorteNaam ?? undefined,
          nzaCode: org.nzaCode,
          type: org.type,
          zorgkantoren: org.zorgkantoren.map((c) => ids.zk.get(c)),
          email: org.email,
          telefoon: org.telefoon,
          website: org.website,
        },
        org.status,
        // A proposal changes something: an empty one would be listed as "gewijzigd" and open as
        // "Geen gegevens gewijzigd" on the review desk.
        { telefoon: andereTelefoon(org.telefoon) },
      )
      ids.org.set(org.key, id)
      // The contracts the demo data already knows (seed 001): one per zorgkantoor and year.
      for (const c of org.contracten) {
        await payload.create({
          collection: 'contracten',
          data: {
            organisatie: id,
            zorgkantoor: ids.zk.get(c.zorgkantoor)!,
            jaar: c.jaar,
            status: c.status,
          },
          overrideAccess: true,
          depth: 0,
          req,
          context: { ...SEED_CONTEXT, skipIndex: true },
        })
      }
    }
  })

  const orgOfLocatie = new Map(demo.locaties.map((l) => [l.key, l.organisatie]))
  // photos first: a location shows photos of its own organisation (§3.2.6)
  const fotoIds = new Map<string, Id[]>()
  await inTransaction(payload, async (req) => {
    for (const l of demo.locaties) {
      const ids_: Id[] = []
      for (const [i, foto] of l.fotos.entries()) {
        const data = await demoFoto(foto.scene, foto.palet)
        const doc = await payload.create({
          collection: 'media',
          data: {
            alt: foto.alt,
            organisatie: ids.org.get(l.organisatie),
            mensenInBeeld: foto.mensenInBeeld,
            toestemming: foto.mensenInBeeld,
            focalX: foto.focalX,
            focalY: foto.focalY,
          },
          file: { data, mimetype: 'image/jpeg', name: `${l.key}-${i + 1}.jpg`, size: data.length },
          overrideAccess: true,
          req,
        })
        ids_.push(doc.id)
      }
      fotoIds.set(l.key, ids_)
    }
  })

  await inTransaction(payload, async (req) => {
    // Main locations first: a non-main location needs its main location's AGB code (§3.2.2).
    const ordered = [...demo.locaties].sort(
      (a, b) => Number(b.hoofdlocatie) - Number(a.hoofdlocatie),
    )
    for (const l of ordered) {
      const id = await createWithStatus(
        req,
        'locaties',
        {
          organisatie: ids.org.get(l.organisatie),
          agbCode: l.agbCode,
          hoofdlocatie: l.hoofdlocatie,
          soortZorg: ids.soort.get(l.soortZorg),
          voorziening: l.voorziening,
          naam: l.naam || undefined,
          gebruikVolledigeNaam: l.gebruikVolledigeNaam,
          volledigeNaam: l.gebruikVolledigeNaam
            ? undefined
            : [l.voorziening, l.naam].filter(Boolean).join(' '),
          kleinschalig: l.kleinschalig,
          bezoekadres: {
            straat: l.bezoekadres.straat,
            huisnummer: l.bezoekadres.huisnummer ?? undefined,
            huisnummerToevoeging: l.bezoekadres.huisnummerToevoeging ?? undefined,
            postcode: l.bezoekadres.postcode,
            plaats: l.bezoekadres.plaats,
          },
          coordinaten: l.kleinschalig ? {} : { lat: l.geo.lat, lng: l.geo.lng },
          telefoon: l.telefoon,
          email: l.email,
          website: l.website,
          fotos: fotoIds.get(l.key) ?? [],
          video: l.video ?? undefined,
        },
        l.status,
        { telefoon: andereTelefoon(l.telefoon) },
      )
      ids.loc.set(l.key, id)
      remember(l.organisatie, 'locaties', id, l.status)
    }
  })

  await inTransaction(payload, async (req) => {
    for (const z of demo.zorgaanbod) {
      const id = await createWithStatus(
        req,
        'zorgaanbod',
        {
          locatie: ids.loc.get(z.locatie),
          woonplaats: ids.wp.get(z.woonplaats),
          zachteInformatie: z.zachteInformatie
            .map((c) => ids.zi.get(c))
            .filter((v) => v !== undefined),
          dienstverlening: z.dienstverlening
            .map((c) => ids.oco.get(c))
            .filter((v) => v !== undefined),
          ...sectorData(z.sectoren),
        },
        z.status,
        {
          // one item less, or one more when there is none: always a real change
          zachteInformatie: (z.zachteInformatie.length
            ? z.zachteInformatie.slice(1)
            : zachteInformatie.slice(0, 1).map((zi) => zi.code)
          )
            .map((c) => ids.zi.get(c))
            .filter((v) => v !== undefined),
        },
      )
      remember(orgOfLocatie.get(z.locatie) ?? '', 'zorgaanbod', id, z.status)
    }
  })

  // Free places and waiting times (§3.2.9): not reviewed, reported "today" by the server.
  const plek = buildDemoCapaciteit(demo)
  await inTransaction(payload, async (req) => {
    const vandaag = Date.now()
    const context: WorkflowContext = { skipIndex: true }
    for (const v of plek.vrijeCapaciteit) {
      await payload.create({
        collection: 'vrije-capaciteit',
        data: {
          locatie: ids.loc.get(v.locatie) as never,
          sector: v.sector as never,
          zorgprofiel: (v.zorgprofiel ?? undefined) as never,
          soortPlaats: v.soortPlaats,
          aantal: v.aantal,
          beschikbaarVanaf: new Date(vandaag + v.vanafDagen * 86_400_000).toISOString(),
          toelichting: v.toelichting ?? undefined,
        },
        overrideAccess: true,
        context,
        req,
      })
    }
    for (const w of plek.wachttijden) {
      await payload.create({
        collection: 'wachttijden',
        data: {
          locatie: ids.loc.get(w.locatie) as never,
          zorgprofiel: w.zorgprofiel as never,
          weken: w.weken,
        },
        overrideAccess: true,
        context,
        req,
      })
    }
  })

  // ZorgkaartNederland ratings (§3.2.8): the demo file, imported as `npm run import:zorgkaart` does.
  const zorgkaart = parseZorgkaartCsv(
    readFileSync(new URL('./data/zorgkaart-demo.csv', import.meta.url), 'utf8'),
  )
  if (!zorgkaart.ok) throw new Error(`zorgkaart-demo.csv: ${zorgkaart.fouten.join(' ')}`)
  await inTransaction(payload, (req) => importeerZorgkaart(req, zorgkaart.records))

  let verzoeken = 0
  let goedkeuringen = 0
  await inTransaction(payload, async (req) => {
    const userIds = new Map<string, Id>()
    for (const u of demo.gebruikers) {
      const doc = await payload.create({
        collection: 'users',
        data: {
          email: u.email,
          password: options.password,
          naam: u.naam,
          rol: u.rol,
          gebruikersbeheerder: u.gebruikersbeheerder === true,
          zorgkantoor: u.zorgkantoor ? ids.zk.get(u.zorgkantoor) : undefined,
          organisaties: u.organisaties.map((k) => ids.org.get(k)).filter((v) => v !== undefined),
        },
        overrideAccess: true,
        context: SEED_CONTEXT,
        req,
      })
      userIds.set(u.email, doc.id)
      // two-step login with the documented demo secret (README, demo logins)
      if (u.tweestaps !== false)
        await payload.db.updateOne({
          collection: 'users',
          id: doc.id,
          data: { tweestaps: true, tweestapsGeheim: versleutel(DEMO_TWEESTAPS_GEHEIM) },
          req,
          returning: false,
        })
    }
    const aanbiederVan = (orgKey: string) =>
      demo.gebruikers.find((u) => u.rol === 'zorgaanbieder' && u.organisaties.includes(orgKey))
    const redacteurVan = (zk: string) =>
      demo.gebruikers.find((u) => u.rol === 'zorgkantoor' && u.zorgkantoor === zk)

    for (const org of demo.organisaties.filter((o) => o.wijzigingVerstuurd)) {
      const items = sentItems.get(org.key) ?? []
      if (!items.length) continue
      const afzender = aanbiederVan(org.key)
      await payload.create({
        collection: 'wijzigingsverzoeken',
        data: {
          titel: verzoekTitel(org.naam, datum(new Date())),
          organisatie: ids.org.get(org.key),
          organisatieNaam: org.naam,
          status: 'in-behandeling',
          items,
          verstuurdDoor: afzender ? userIds.get(afzender.email) : undefined,
          // Every request has a sender; an organisation without a login sent it by its contact
          // (the decision is then mailed to the organisation's logins, if any).
          verstuurdDoorNaam: afzender?.naam ?? afzenderZonderLogin(org),
          verstuurdOp: new Date(Date.now() - (verzoeken + 1) * 5 * 3_600_000).toISOString(),
        },
        overrideAccess: true,
        req,
      })
      verzoeken++
    }

    // Every organisation that is Definitief was approved once (the public detail page
    // says "Gecontroleerd door … op …"): an approved change request with the locations it
    // published, and its entry in the audit log.
    const zkNaam = new Map(demo.zorgkantoren.map((z) => [z.code, z.naam]))
    for (const [i, org] of demo.organisaties.entries()) {
      if (org.status !== 'definitief') continue
      const locaties = demo.locaties.filter(
        (l) => l.organisatie === org.key && l.status !== 'nieuw',
      )
      const zk = org.zorgkantoren[0]
      const redacteur = zk ? redacteurVan(zk) : undefined
      const afzender = aanbiederVan(org.key)
      const namens = (zk && zkNaam.get(zk)) || ZORGATLAS
      // Spread over the last months, a few hours between sending and approval.
      const afgehandeldOp = new Date(Date.now() - (12 + ((i * 7) % 80)) * 86_400_000)
      const verstuurdOp = new Date(afgehandeldOp.getTime() - (2 + (i % 20)) * 3_600_000)
      const items: { collection: WorkflowSlug; id: string; vorigeStatus: Status }[] = [
        { collection: 'organisaties', id: String(ids.org.get(org.key)), vorigeStatus: 'nieuw' },
        ...locaties.map((l) => ({
          collection: 'locaties' as const,
          id: String(ids.loc.get(l.key)),
          vorigeStatus: 'nieuw' as const,
        })),
      ]
      const verzoek = await payload.create({
        collection: 'wijzigingsverzoeken',
        data: {
          titel: `${org.naam} – eerste registratie`,
          organisatie: ids.org.get(org.key),
          organisatieNaam: org.naam,
          status: 'goedgekeurd',
          items,
          verstuurdDoor: afzender ? userIds.get(afzender.email) : undefined,
          verstuurdDoorNaam: afzender?.naam ?? afzenderZonderLogin(org),
          verstuurdOp: verstuurdOp.toISOString(),
          afgehandeldDoor: redacteur ? userIds.get(redacteur.email) : undefined,
          afgehandeldDoorNaam: redacteur?.naam ?? ZORGATLAS,
          afgehandeldOp: afgehandeldOp.toISOString(),
          beoordeeldNamens: namens,
          gepubliceerdeLocaties: locaties.map((l) => String(ids.loc.get(l.key))),
          verschillen: [],
        },
        overrideAccess: true,
        req,
      })
      await schrijfAudit(req, {
        actie: 'goedgekeurd',
        actor: redacteur
          ? {
              id: String(userIds.get(redacteur.email)),
              naam: redacteur.naam,
              rol: ROLE_LABELS[redacteur.rol],
            }
          : { id: null, naam: ZORGATLAS, rol: null },
        collectie: 'wijzigingsverzoeken',
        documentId: verzoek.id,
        documentTitel: verzoek.titel,
        organisatie: { id: String(ids.org.get(org.key)), naam: org.naam },
        toelichting: `Goedgekeurd namens ${namens}: ${aantallenTekst(telItems(items))} (demo).`,
        wijzigingsverzoek: verzoek.id,
      })
      goedkeuringen++
    }
  })

  return {
    woonplaatsen: woonplaatsen.length,
    organisaties: demo.organisaties.length,
    locaties: demo.locaties.length,
    zorgaanbod: demo.zorgaanbod.length,
    gebruikers: demo.gebruikers.length,
    wijzigingsverzoeken: verzoeken,
    vrijeCapaciteit: plek.vrijeCapaciteit.length,
    wachttijden: plek.wachttijden.length,
    zorgkaart: zorgkaart.records.length,
    goedkeuringen,
    ms: Date.now() - started,
  }
}
