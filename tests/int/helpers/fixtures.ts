/**
 * A small, controlled world for integration tests, written through the Local API as the system
 * (overrideAccess) — the tests themselves then act as real users with overrideAccess: false or REST.
 */
import type { Payload } from 'payload'
import type { User, Zorgaanbod } from '../../../cms/payload-types'

/**
 * Ids as the generated types describe them (the SQL adapters); the MongoDB run of the same suite
 * has strings here at runtime.
 */
export type Id = number

export const PASSWORD = 'Test-wachtwoord-2026'

/** A filled VV tab: care profiles and delivery forms (a care offer needs content to be public). */
export const VV_AANBOD: NonNullable<Zorgaanbod['vv']> = {
  zorgprofielen: ['VV-5', 'VV-6'],
  leveringsvormen: ['verblijf'],
  doelgroepen: ['vv-dementie'],
}

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

export interface World {
  zk: { cz: Id; menzis: Id }
  wp: { tilburg: Id; breda: Id; enschede: Id }
  soort: { verpleeghuis: Id; thuis: Id }
  zi: { huisdieren: Id; islamitisch: Id }
  org: { a: Id; b: Id; c: Id }
  locatie: { a1: Id; b1: Id }
  users: Record<'beheer' | 'redacteurCz' | 'redacteurMenzis' | 'aanbieder' | 'aanbieder2', Id>
}

async function published<T extends string>(
  payload: Payload,
  collection: T,
  data: Record<string, unknown>,
) {
  const doc = await payload.create({
    collection: collection as any,
    data: { ...data, _status: 'published' },
    draft: false,
    ...SYSTEM,
  })
  return doc.id as Id
}

export async function createWorld(payload: Payload): Promise<World> {
  const cz = (
    await payload.create({
      collection: 'zorgkantoren',
      data: { naam: 'CZ zorgkantoor', code: 'cz', email: 'zorgatlas@cz.test' },
      overrideAccess: true,
    })
  ).id as Id
  const menzis = (
    await payload.create({
      collection: 'zorgkantoren',
      data: { naam: 'Menzis zorgkantoor', code: 'menzis', email: 'zorgatlas@menzis.test' },
      overrideAccess: true,
    })
  ).id as Id
  const wp = async (
    naam: string,
    gemeente: string,
    provincie: string,
    lat: number,
    lng: number,
    zk: Id,
  ) =>
    (
      await payload.create({
        collection: 'woonplaatsen',
        data: { naam, code: naam.toLowerCase(), gemeente, provincie, lat, lng, zorgkantoor: zk },
        overrideAccess: true,
      })
    ).id as Id
  const tilburg = await wp('Tilburg', 'Tilburg', 'Noord-Brabant', 51.55551, 5.0913, cz)
  const breda = await wp('Breda', 'Breda', 'Noord-Brabant', 51.58656, 4.77596, cz)
  const enschede = await wp('Enschede', 'Enschede', 'Overijssel', 52.21833, 6.89583, menzis)
  const verpleeghuis = (
    await payload.create({
      collection: 'soorten-zorg',
      data: {
        naam: 'Ouderenzorg in een instelling',
        code: 'ouderenzorg-instelling',
        icoon: 'verpleeghuis',
        meerdereWoonplaatsen: false,
        sectoren: ['VV'],
        voorzieningen: [{ naam: 'Verpleeghuis' }, { naam: 'Woonzorgcentrum' }],
      },
      overrideAccess: true,
    })
  ).id as Id
  const thuis = (
    await payload.create({
      collection: 'soorten-zorg',
      data: {
        naam: 'Ouderenzorg thuis',
        code: 'ouderenzorg-thuis',
        icoon: 'thuiszorg',
        meerdereWoonplaatsen: true,
        sectoren: ['VV'],
        voorzieningen: [{ naam: 'Thuiszorgteam' }],
      },
      overrideAccess: true,
    })
  ).id as Id
  const zi = async (naam: string, code: string) =>
    (
      await payload.create({
        collection: 'zachte-informatie',
        data: { naam, code, groep: 'leefstijl', icoon: code },
        overrideAccess: true,
      })
    ).id as Id
  const huisdieren = await zi('Huisdieren welkom', 'huisdieren-welkom')
  const islamitisch = await zi('Islamitische identiteit', 'islamitisch')

  const a = await published(payload, 'organisaties', {
    naam: 'Stichting Zorgstroom',
    verkorteNaam: 'Zorgstroom',
    nzaCode: '300101',
    type: 'zorgaanbieder',
    zorgkantoren: [cz],
  })
  const b = await published(payload, 'organisaties', {
    naam: 'Stichting Twentse Zorg',
    nzaCode: '300202',
    type: 'zorgaanbieder',
    zorgkantoren: [menzis],
  })
  const c = await published(payload, 'organisaties', {
    naam: 'Stichting Andere Zorg',
    nzaCode: '300303',
    type: 'zorgaanbieder',
    zorgkantoren: [cz],
  })
  const locatie = async (org: Id, agb: string, naam: string, plaats: string, postcode: string) =>
    published(payload, 'locaties', {
      organisatie: org,
      agbCode: agb,
      hoofdlocatie: true,
      soortZorg: verpleeghuis,
      voorziening: 'Verpleeghuis',
      naam,
      gebruikVolledigeNaam: true,
      bezoekadres: { straat: 'Dorpsstraat', huisnummer: '1', postcode, plaats },
    })
  const a1 = await locatie(a, '12345678', 'Hof Mondriaan', 'Tilburg', '5038 AB')
  const b1 = await locatie(b, '87654321', 'De Esch', 'Enschede', '7511 AA')
  await published(payload, 'zorgaanbod', {
    locatie: a1,
    woonplaats: tilburg,
    zachteInformatie: [huisdieren],
    vv: VV_AANBOD,
  })
  await published(payload, 'zorgaanbod', {
    locatie: b1,
    woonplaats: enschede,
    zachteInformatie: [],
    vv: VV_AANBOD,
  })

  const user = async (email: string, data: Pick<User, 'naam' | 'rol'> & Partial<User>) =>
    (
      await payload.create({
        collection: 'users',
        data: { email, password: PASSWORD, ...data },
        overrideAccess: true,
      })
    ).id as Id
  const users = {
    beheer: await user('beheer@test.nl', { naam: 'Bea Beheer', rol: 'beheerder' }),
    redacteurCz: await user('redacteur.cz@test.nl', {
      naam: 'Cor Redacteur',
      rol: 'zorgkantoor',
      zorgkantoor: cz,
    }),
    redacteurMenzis: await user('redacteur.menzis@test.nl', {
      naam: 'Mien Redacteur',
      rol: 'zorgkantoor',
      zorgkantoor: menzis,
    }),
    aanbieder: await user('aanbieder@test.nl', {
      naam: 'Anna Aanbieder',
      rol: 'zorgaanbieder',
      organisaties: [a, b],
    }),
    aanbieder2: await user('aanbieder2@test.nl', {
      naam: 'Ben Aanbieder',
      rol: 'zorgaanbieder',
      organisaties: [c],
    }),
  }
  return {
    zk: { cz, menzis },
    wp: { tilburg, breda, enschede },
    soort: { verpleeghuis, thuis },
    zi: { huisdieren, islamitisch },
    org: { a, b, c },
    locatie: { a1, b1 },
    users,
  }
}

/**
 * A Definitief, published location of `organisatie` on the Hoevelaan in Tilburg (house number
 * `huisnummer`), a nursing home with VV care offered in Tilburg: public at once.
 */
export async function definitieveLocatie(
  payload: Payload,
  world: World,
  data: { organisatie: Id; agbCode: string; naam: string; huisnummer: string },
): Promise<Id> {
  const id = await published(payload, 'locaties', {
    organisatie: data.organisatie,
    agbCode: data.agbCode,
    hoofdlocatie: true,
    soortZorg: world.soort.verpleeghuis,
    voorziening: 'Verpleeghuis',
    naam: data.naam,
    bezoekadres: {
      straat: 'Hoevelaan',
      huisnummer: data.huisnummer,
      postcode: '5038 EF',
      plaats: 'Tilburg',
    },
    status: 'definitief',
  })
  await published(payload, 'zorgaanbod', {
    locatie: id,
    woonplaats: world.wp.tilburg,
    vv: VV_AANBOD,
    status: 'definitief',
  })
  return id
}
