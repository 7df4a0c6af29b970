/**
 * The access table: who may do what on every route of the CMS and the site, with the reason in a
 * word. It is the single statement of access; `docs/access.md` is rendered from it
 * (`npm run docs:access`), and the access test (tests/int/toegang.suite.ts) enumerates every route
 * of the built Payload config and the site, fails for a route without a row here, and runs every
 * case of the table as a real login on SQLite and PostgreSQL.
 *
 * Roles are concrete logins of the test world: organisations A and C are contracted by zorgkantoor
 * X, organisation B by zorgkantoor Y.
 */

export const ROLLEN = [
  'anoniem',
  'aanbiederA',
  'aanbiederAB',
  'gebruikersbeheerderA',
  'redacteurX',
  'redacteurY',
  'beheerder',
] as const
export type Rol = (typeof ROLLEN)[number]

export const ROL_UITLEG: Record<Rol, string> = {
  anoniem: 'niet ingelogd',
  aanbiederA: 'zorgaanbieder van organisatie A',
  aanbiederAB: 'zorgaanbieder van organisaties A en B',
  gebruikersbeheerderA: 'gebruikersbeheerder van organisatie A',
  redacteurX: 'redacteur van zorgkantoor X (organisaties A en C)',
  redacteurY: 'redacteur van zorgkantoor Y (organisatie B)',
  beheerder: 'beheerder van de Zorgatlas',
}

/** The organisations (of the test world) each role works on. */
export const BEREIK: Record<Rol, readonly ('A' | 'B' | 'C')[]> = {
  anoniem: [],
  aanbiederA: ['A'],
  aanbiederAB: ['A', 'B'],
  gebruikersbeheerderA: ['A'],
  redacteurX: ['A', 'C'],
  redacteurY: ['B'],
  beheerder: ['A', 'B', 'C'],
}

/**
 * - `ja`: allowed on every record the route reaches;
 * - `eigen`: allowed on records of the role's organisations (BEREIK), refused on others;
 * - `gepubliceerd`: only Definitief (published) records;
 * - `zelf`: only the login's own records (its user, its preferences, its locks);
 * - `nee`: refused (401 without a login, 403, 404 or 405), nothing changes.
 */
export type Uitkomst = 'ja' | 'eigen' | 'gepubliceerd' | 'zelf' | 'nee'

export interface Cel {
  uitkomst: Uitkomst
  /** why, in a word or a few */
  reden: string
}

type Groep = 'anoniem' | 'aanbieder' | 'gebruikersbeheerder' | 'redacteur' | 'beheerder'

const GROEP_VAN: Record<Rol, Groep> = {
  anoniem: 'anoniem',
  aanbiederA: 'aanbieder',
  aanbiederAB: 'aanbieder',
  gebruikersbeheerderA: 'gebruikersbeheerder',
  redacteurX: 'redacteur',
  redacteurY: 'redacteur',
  beheerder: 'beheerder',
}

const STANDAARD_REDEN: Record<Uitkomst, Record<Groep, string>> = {
  ja: {
    anoniem: 'publiek',
    aanbieder: 'toegestaan',
    gebruikersbeheerder: 'toegestaan',
    redacteur: 'toegestaan',
    beheerder: 'beheerder',
  },
  eigen: {
    anoniem: '-',
    aanbieder: 'eigen organisaties',
    gebruikersbeheerder: 'eigen organisaties',
    redacteur: 'organisaties van eigen zorgkantoor',
    beheerder: 'alles',
  },
  gepubliceerd: {
    anoniem: 'alleen Definitief',
    aanbieder: 'alleen Definitief',
    gebruikersbeheerder: 'alleen Definitief',
    redacteur: 'alleen Definitief',
    beheerder: 'alleen Definitief',
  },
  zelf: {
    anoniem: '-',
    aanbieder: 'alleen eigen',
    gebruikersbeheerder: 'alleen eigen',
    redacteur: 'alleen eigen',
    beheerder: 'alleen eigen',
  },
  nee: {
    anoniem: 'login nodig',
    aanbieder: 'geen recht',
    gebruikersbeheerder: 'geen recht',
    redacteur: 'geen recht',
    beheerder: 'geen recht',
  },
}

const UITKOMSTEN: readonly Uitkomst[] = ['ja', 'eigen', 'gepubliceerd', 'zelf', 'nee']

/**
 * A row from a compact text: `groep:uitkomst` pairs, a reason in brackets where the default does
 * not say it (`redacteur:nee(aanbieder verstuurt)`); a group not named is `nee`; a concrete role
 * (`redacteurY:…`) overrides its group; `gebruikersbeheerder` follows `aanbieder` unless named.
 */
export function cellen(tekst: string): Record<Rol, Cel> {
  const perSleutel = new Map<string, Cel>()
  for (const deel of tekst.trim().split(/\s+(?![^()]*\))/)) {
    const m = /^([A-Za-z]+):([a-z]+)(?:\((.+)\))?$/.exec(deel)
    if (!m) throw new Error(`access table: cannot read "${deel}"`)
    const [, sleutel, uitkomst, reden] = m as unknown as [string, string, Uitkomst, string?]
    if (!UITKOMSTEN.includes(uitkomst)) throw new Error(`access table: unknown outcome ${uitkomst}`)
    perSleutel.set(sleutel!, { uitkomst, reden: reden ?? '' })
  }
  const uit = {} as Record<Rol, Cel>
  for (const rol of ROLLEN) {
    const groep = GROEP_VAN[rol]
    const cel = perSleutel.get(rol) ??
      perSleutel.get(groep) ??
      (groep === 'gebruikersbeheerder' ? perSleutel.get('aanbieder') : undefined) ?? {
        uitkomst: 'nee' as const,
        reden: '',
      }
    uit[rol] = { uitkomst: cel.uitkomst, reden: cel.reden || STANDAARD_REDEN[cel.uitkomst][groep] }
  }
  return uit
}

// ---------------------------------------------------------------------------------------------
// Collections: Payload's own routes, by operation
// ---------------------------------------------------------------------------------------------

/** What Payload's own collection routes do, and which route belongs to which operation. */
export type Operatie =
  | 'lezen'
  | 'maken'
  | 'wijzigen'
  | 'wijzigen-meerdere'
  | 'verwijderen'
  | 'verwijderen-meerdere'
  | 'versies'
  | 'versie-terugzetten'
  | 'rechten'
  | 'dupliceren'

export const OPERATIE_VAN_ROUTE: Record<string, Operatie> = {
  'GET /': 'lezen',
  'GET /count': 'lezen',
  'GET /:id': 'lezen',
  'POST /': 'maken',
  'PATCH /': 'wijzigen-meerdere',
  'PATCH /:id': 'wijzigen',
  'DELETE /': 'verwijderen-meerdere',
  'DELETE /:id': 'verwijderen',
  'GET /versions': 'versies',
  'GET /versions/:id': 'versies',
  'POST /versions/:id': 'versie-terugzetten',
  'POST /access/:id?': 'rechten',
  'POST /:id/duplicate': 'dupliceren',
}

export const OPERATIE_UITLEG: Record<Operatie, string> = {
  lezen: 'lijst, aantal en één document lezen',
  maken: 'aanmaken',
  wijzigen: 'één document wijzigen',
  'wijzigen-meerdere': 'met ?where= meerdere tegelijk wijzigen (zonder eigen regel: als wijzigen)',
  verwijderen: 'één document verwijderen',
  'verwijderen-meerdere':
    'met ?where= meerdere tegelijk verwijderen (zonder eigen regel: als verwijderen)',
  versies: 'versies lezen',
  'versie-terugzetten': 'een oude versie terugzetten',
  rechten: 'de eigen rechten op een document opvragen',
  dupliceren: 'een kopie maken (nergens: geen collectie kan dupliceren)',
}

export interface CollectieRij {
  /** what the records are, in a few words */
  uitleg: string
  operaties: Partial<Record<Operatie, Record<Rol, Cel>>>
}

/** Payload's document-permissions route: one's own rights, no data. */
const iedereenRechten = cellen(
  'anoniem:ja(eigen rechten, geen gegevens) aanbieder:ja(eigen rechten) redacteur:ja(eigen rechten) beheerder:ja(eigen rechten)',
)
const alleenBeheerder = (reden = 'beheerder') => cellen(`beheerder:ja(${reden})`)
const niemand = (reden: string) =>
  cellen(
    `anoniem:nee(${reden}) aanbieder:nee(${reden}) redacteur:nee(${reden}) beheerder:nee(${reden})`,
  )

/** The workflow records: public when Definitief, editable by their organisation's logins. */
const werkRecord = (uitleg: string, maken: string): CollectieRij => ({
  uitleg,
  operaties: {
    lezen: cellen('anoniem:gepubliceerd aanbieder:eigen redacteur:eigen beheerder:ja'),
    maken: cellen(maken),
    wijzigen: cellen('aanbieder:eigen(voorstel) redacteur:eigen beheerder:ja'),
    'wijzigen-meerdere': cellen('aanbieder:nee(één tegelijk) redacteur:eigen beheerder:ja'),
    verwijderen: cellen(
      'aanbieder:nee(via verwijder-actie, §6) redacteur:eigen(zorgkantoor verwijdert) beheerder:ja',
    ),
    versies: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
    'versie-terugzetten': cellen(
      'aanbieder:nee(alleen het zorgkantoor) redacteur:eigen beheerder:ja',
    ),
    rechten: iedereenRechten,
  },
})

const referentie = (uitleg: string): CollectieRij => ({
  uitleg,
  operaties: {
    lezen: cellen('anoniem:ja aanbieder:ja redacteur:ja beheerder:ja'),
    maken: alleenBeheerder('referentielijst'),
    wijzigen: alleenBeheerder('referentielijst'),
    verwijderen: alleenBeheerder('referentielijst'),
    rechten: iedereenRechten,
  },
})

const systeem = (uitleg: string, reden = 'systeem'): CollectieRij => ({
  uitleg,
  operaties: {
    lezen: niemand(reden),
    maken: niemand(reden),
    wijzigen: niemand(reden),
    verwijderen: niemand(reden),
    rechten: iedereenRechten,
  },
})

export const COLLECTIES: Record<string, CollectieRij> = {
  organisaties: {
    ...werkRecord(
      'stichtingen en ondernemingen (§2)',
      'redacteur:eigen(zorgkantoor registreert, voor eigen zorgkantoor) beheerder:ja',
    ),
  },
  locaties: werkRecord('locaties (§3.2)', 'aanbieder:eigen redacteur:eigen beheerder:ja'),
  zorgaanbod: werkRecord(
    'zorgaanbod per woonplaats (§4.2)',
    'aanbieder:eigen redacteur:eigen beheerder:ja',
  ),
  contracten: {
    uitleg: 'contractstatus per organisatie, zorgkantoor en jaar',
    operaties: {
      lezen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      maken: cellen('redacteur:eigen(eigen zorgkantoor) beheerder:ja'),
      wijzigen: cellen('redacteur:eigen(eigen zorgkantoor) beheerder:ja'),
      verwijderen: cellen('redacteur:eigen(eigen zorgkantoor) beheerder:ja'),
      rechten: iedereenRechten,
    },
  },
  wijzigingsverzoeken: {
    uitleg: 'verstuurde wijzigingen (§5)',
    operaties: {
      lezen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      maken: niemand('via versturen'),
      wijzigen: niemand('via beoordelen'),
      verwijderen: niemand('geschiedenis'),
      rechten: iedereenRechten,
    },
  },
  verzoeken: {
    uitleg: 'vragen en toegangsaanvragen aan het zorgkantoor',
    operaties: {
      lezen: cellen('aanbieder:eigen(eigen en van collega’s) redacteur:eigen beheerder:ja'),
      maken: niemand('via indienen'),
      wijzigen: cellen('redacteur:eigen(antwoord en status) beheerder:ja'),
      verwijderen: alleenBeheerder(),
      rechten: iedereenRechten,
    },
  },
  woonplaatsen: referentie('BAG-woonplaatsen'),
  'soorten-zorg': referentie('soorten zorg en voorzieningen'),
  'zachte-informatie': referentie('zachte informatie'),
  'oco-dienstverlening': referentie('diensten van cliëntondersteuning'),
  zorgkantoren: referentie('zorgkantoren'),
  media: {
    uitleg: 'foto’s (§3.2.6); publiek alleen via de publieke mediaopslag',
    operaties: {
      lezen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      maken: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      wijzigen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      'wijzigen-meerdere': niemand('één foto tegelijk'),
      verwijderen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      'verwijderen-meerdere': niemand('één foto tegelijk'),
      rechten: iedereenRechten,
    },
  },
  'vrije-capaciteit': {
    uitleg: 'vrije plaatsen (§3.2.9)',
    operaties: {
      lezen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      maken: cellen('aanbieder:eigen beheerder:ja redacteur:nee(alleen de zorgaanbieder meldt)'),
      wijzigen: cellen('aanbieder:eigen beheerder:ja redacteur:nee(alleen de zorgaanbieder meldt)'),
      verwijderen: cellen(
        'aanbieder:eigen redacteur:eigen(zorgkantoor mag verwijderen) beheerder:ja',
      ),
      rechten: iedereenRechten,
    },
  },
  wachttijden: {
    uitleg: 'wachttijden per locatie',
    operaties: {
      lezen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
      maken: cellen('aanbieder:eigen beheerder:ja redacteur:nee(alleen de zorgaanbieder meldt)'),
      wijzigen: cellen('aanbieder:eigen beheerder:ja redacteur:nee(alleen de zorgaanbieder meldt)'),
      verwijderen: cellen(
        'aanbieder:eigen redacteur:eigen(zorgkantoor mag verwijderen) beheerder:ja',
      ),
      rechten: iedereenRechten,
    },
  },
  zorgkaart: {
    uitleg: 'ZorgkaartNederland-register (§3.2.8)',
    operaties: {
      lezen: cellen('aanbieder:ja(koppelen) redacteur:ja beheerder:ja'),
      maken: alleenBeheerder('import'),
      wijzigen: alleenBeheerder('import'),
      verwijderen: alleenBeheerder('import'),
      rechten: iedereenRechten,
    },
  },
  users: {
    uitleg: 'logins',
    operaties: {
      lezen: cellen(
        'aanbieder:zelf gebruikersbeheerder:eigen(logins van eigen organisaties) redacteur:eigen(aanbiederslogins van eigen zorgkantoor) beheerder:ja',
      ),
      maken: cellen('beheerder:ja(anderen: via uitnodigen)'),
      wijzigen: cellen(
        'aanbieder:zelf gebruikersbeheerder:eigen(logins van eigen organisaties) redacteur:eigen(aanbiederslogins van eigen zorgkantoor) beheerder:ja',
      ),
      verwijderen: cellen(
        'aanbieder:nee(nooit zichzelf) gebruikersbeheerder:eigen(hele logins van eigen organisaties) redacteur:eigen(hele aanbiederslogins) beheerder:ja(nooit zichzelf)',
      ),
      rechten: iedereenRechten,
    },
  },
  uitnodigingen: {
    uitleg: 'openstaande uitnodigingen',
    operaties: {
      lezen: cellen(
        'gebruikersbeheerder:eigen(eigen organisaties) redacteur:eigen(eigen zorgkantoor) beheerder:ja',
      ),
      maken: niemand('via uitnodigen'),
      wijzigen: niemand('via accepteren of weigeren'),
      verwijderen: alleenBeheerder(),
      rechten: iedereenRechten,
    },
  },
  'audit-log': {
    uitleg: 'de geschiedenis (alleen lezen)',
    operaties: {
      lezen: cellen('redacteur:eigen beheerder:ja'),
      maken: niemand('alleen het systeem schrijft'),
      wijzigen: niemand('onveranderlijk'),
      verwijderen: niemand('onveranderlijk'),
      rechten: iedereenRechten,
    },
  },
  'worker-status': systeem('hartslag van de worker'),
  inlogpogingen: systeem('tellers van de inlogbeperking'),
  'zoekindex-controles': systeem('uitkomsten van de controle van de zoekindex'),
  'payload-kv': systeem('Payloads interne sleutel-waardeopslag'),
  'payload-jobs': systeem('taken van de worker', 'alleen de worker'),
  'payload-migrations': systeem('databasemigraties'),
  'payload-locked-documents': {
    uitleg: 'wie een document nu bewerkt',
    operaties: {
      lezen: cellen(
        'aanbieder:eigen(documenten die men mag bewerken) redacteur:eigen beheerder:ja',
      ),
      maken: cellen(
        'aanbieder:eigen(eigen naam, bewerkbaar document) redacteur:eigen beheerder:ja',
      ),
      wijzigen: cellen('aanbieder:eigen(alleen overnemen) redacteur:eigen beheerder:ja'),
      verwijderen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
      rechten: iedereenRechten,
    },
  },
  'payload-preferences': {
    uitleg: 'voorkeuren van de admin',
    operaties: {
      lezen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
      maken: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
      wijzigen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
      verwijderen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
      rechten: iedereenRechten,
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Every other route: custom endpoints, auth and upload routes, globals, root routes, the site
// ---------------------------------------------------------------------------------------------

export type RouteSoort = 'eigen' | 'payload' | 'methode' | 'site'

export interface RouteRij {
  /** `METHOD /api/<collection>/<path>`, `METHOD /api/<path>` or a site path */
  route: string
  soort: RouteSoort
  /** custom endpoints: the rule they declare (cms/access/regels.ts) */
  regel?: string
  uitleg: string
  cellen: Record<Rol, Cel>
}

const ingelogdEigen = (uitleg: string, route: string): RouteRij => ({
  route,
  soort: 'eigen',
  regel: 'ingelogd',
  uitleg,
  cellen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
})

const alleenPost = (route: string): RouteRij[] =>
  (['GET', 'PATCH', 'PUT', 'DELETE'] as const).map((m) => ({
    route: `${m} ${route}`,
    soort: 'methode',
    uitleg: 'alleen POST (405)',
    cellen: niemand('alleen POST'),
  }))

export const ROUTES: RouteRij[] = [
  // Workflow (cms/endpoints/organisatie-workflow.ts, cms/workflow)
  {
    route: 'GET /api/organisaties/:id/te-versturen',
    soort: 'eigen',
    regel: 'aanbieder-of-beheerder',
    uitleg: 'overzicht van wat versturen zou versturen (§5)',
    cellen: cellen('aanbieder:eigen beheerder:ja redacteur:nee(de aanbieder verstuurt)'),
  },
  {
    route: 'POST /api/organisaties/:id/versturen',
    soort: 'eigen',
    regel: 'aanbieder-of-beheerder',
    uitleg: 'wijzigingen versturen (§5)',
    cellen: cellen('aanbieder:eigen beheerder:ja redacteur:nee(de aanbieder verstuurt)'),
  },
  {
    route: 'POST /api/organisaties/:id/goedkeuren',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'het open verzoek goedkeuren',
    cellen: cellen('redacteur:eigen beheerder:ja aanbieder:nee(het zorgkantoor beslist)'),
  },
  {
    route: 'POST /api/organisaties/:id/afwijzen',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'het open verzoek afwijzen',
    cellen: cellen('redacteur:eigen beheerder:ja aanbieder:nee(het zorgkantoor beslist)'),
  },
  {
    route: 'POST /api/organisaties/:id/fusie',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'fuseren (§2)',
    cellen: cellen('redacteur:eigen(beide organisaties) beheerder:ja'),
  },
  {
    route: 'GET /api/organisaties/mijn-overzicht',
    soort: 'eigen',
    regel: 'ingelogd',
    uitleg: 'startscherm',
    cellen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
  },
  {
    route: 'GET /api/contracten/overzicht',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'contractstatussen',
    cellen: cellen('redacteur:eigen beheerder:ja'),
  },
  {
    route: 'POST /api/contracten/bulk',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'contractstatus voor velen',
    cellen: cellen('redacteur:eigen beheerder:ja'),
  },
  {
    route: 'POST /api/contracten/overnemen',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'jaar vullen vanuit het jaar ervoor (voorstellen)',
    cellen: cellen('redacteur:eigen beheerder:ja'),
  },
  ingelogdEigen('overzicht van een locatie', 'GET /api/locaties/:id/overzicht'),
  ingelogdEigen('verwijderen volgens §6', 'DELETE /api/locaties/:id'),
  ingelogdEigen('verwijdering ongedaan maken', 'POST /api/locaties/:id/herstel'),
  ingelogdEigen('zorgaanbod kopiëren (§4.4)', 'POST /api/locaties/:id/kopieer-zorgaanbod'),
  ingelogdEigen('verwijderen volgens §6', 'DELETE /api/zorgaanbod/:id'),
  ingelogdEigen('verwijdering ongedaan maken', 'POST /api/zorgaanbod/:id/herstel'),
  ingelogdEigen('zorgaanbod kopiëren (§4.5)', 'POST /api/zorgaanbod/:id/kopieer'),
  {
    route: 'GET /api/wijzigingsverzoeken/wachtrij',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'te beoordelen',
    cellen: cellen('redacteur:eigen beheerder:ja'),
  },
  ingelogdEigen('verschillen van een verzoek', 'GET /api/wijzigingsverzoeken/:id/verschillen'),
  {
    route: 'POST /api/wijzigingsverzoeken/:id/goedkeuren',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'goedkeuren',
    cellen: cellen('redacteur:eigen beheerder:ja aanbieder:nee(het zorgkantoor beslist)'),
  },
  {
    route: 'POST /api/wijzigingsverzoeken/:id/afwijzen',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'afwijzen',
    cellen: cellen('redacteur:eigen beheerder:ja aanbieder:nee(het zorgkantoor beslist)'),
  },
  {
    route: 'POST /api/verzoeken/indienen',
    soort: 'eigen',
    regel: 'aanbieder',
    uitleg: 'verzoek aan het zorgkantoor',
    cellen: cellen('aanbieder:eigen'),
  },
  {
    route: 'GET /api/verzoeken/wachtrij',
    soort: 'eigen',
    regel: 'beoordelaar',
    uitleg: 'open verzoeken',
    cellen: cellen('redacteur:eigen beheerder:ja'),
  },
  ingelogdEigen('nieuwe versie van een foto', 'POST /api/media/:id/nieuwe-versie'),
  {
    route: 'GET /api/media/file/:filename',
    soort: 'payload',
    uitleg: 'het bestand van een foto',
    cellen: cellen('aanbieder:eigen redacteur:eigen beheerder:ja'),
  },
  {
    route: 'GET /api/media/paste-url/:id?',
    soort: 'payload',
    uitleg: 'een bestand van een adres halen (niet gebruikt)',
    cellen: niemand('niet gebruikt'),
  },
  // Logins (cms/endpoints/logins.ts) and Payload's auth routes
  {
    route: 'POST /api/users/uitnodigen',
    soort: 'eigen',
    regel: 'loginbeheerder',
    uitleg: 'uitnodigen',
    cellen: cellen(
      'gebruikersbeheerder:eigen(eigen organisaties) redacteur:eigen(eigen zorgkantoor) beheerder:ja',
    ),
  },
  {
    route: 'POST /api/users/wachtwoord-instellen',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'wachtwoord instellen met de link',
    cellen: cellen(
      'anoniem:ja(de link bewijst) aanbieder:ja(de link bewijst) redacteur:ja(de link bewijst) beheerder:ja(de link bewijst)',
    ),
  },
  ...alleenPost('/api/users/uitnodigen'),
  ...alleenPost('/api/users/wachtwoord-instellen'),
  {
    route: 'POST /api/users/verify/:token',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'e-mailbevestiging (niet gebruikt: 404)',
    cellen: niemand('niet gebruikt'),
  },
  {
    route: 'POST /api/users/verify/:id',
    soort: 'payload',
    uitleg: 'Payloads e-mailbevestiging (vervangen)',
    cellen: niemand('niet gebruikt'),
  },
  {
    route: 'POST /api/users/forgot-password',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'wachtwoord vergeten (zelfde antwoord voor elk adres)',
    cellen: cellen('anoniem:ja aanbieder:ja redacteur:ja beheerder:ja'),
  },
  {
    route: 'POST /api/users/login',
    soort: 'payload',
    uitleg: 'inloggen',
    cellen: cellen('anoniem:ja aanbieder:ja redacteur:ja beheerder:ja'),
  },
  {
    route: 'POST /api/users/logout',
    soort: 'payload',
    uitleg: 'uitloggen',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'GET /api/users/me',
    soort: 'payload',
    uitleg: 'de eigen login',
    cellen: cellen('anoniem:ja(leeg antwoord) aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'POST /api/users/refresh-token',
    soort: 'payload',
    uitleg: 'sessie verlengen',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'GET /api/users/init',
    soort: 'payload',
    uitleg: 'is er al een eerste login?',
    cellen: cellen('anoniem:ja aanbieder:ja redacteur:ja beheerder:ja'),
  },
  {
    route: 'POST /api/users/first-register',
    soort: 'payload',
    uitleg: 'eerste login (alleen in een lege database)',
    cellen: niemand('er zijn al logins'),
  },
  {
    route: 'POST /api/users/reset-password',
    soort: 'payload',
    uitleg: 'nieuw wachtwoord met de link',
    cellen: cellen(
      'anoniem:ja(de link bewijst) aanbieder:ja(de link bewijst) redacteur:ja(de link bewijst) beheerder:ja(de link bewijst)',
    ),
  },
  {
    route: 'POST /api/users/unlock',
    soort: 'payload',
    uitleg: 'een vergrendelde login vrijgeven',
    cellen: alleenBeheerder(),
  },
  // Two-step login (cms/endpoints/tweestaps.ts): the session proves itself, waiting for its code
  {
    route: 'GET /api/users/tweestaps',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'stand van de tweestapsaanmelding van de eigen sessie',
    cellen: cellen(
      'anoniem:ja(geen sessie: geen stap) aanbieder:zelf redacteur:zelf beheerder:zelf',
    ),
  },
  {
    route: 'POST /api/users/tweestaps/controleren',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'de code van de tweede stap (alleen een wachtende sessie)',
    cellen: niemand('alleen een sessie die op de code wacht'),
  },
  {
    route: 'POST /api/users/tweestaps/instellen',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'tweestapsaanmelding instellen voor de eigen login',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'POST /api/users/tweestaps/bevestigen',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'tweestapsaanmelding aanzetten met een code',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'POST /api/users/tweestaps/afbreken',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'halverwege stoppen: beëindigt alleen een wachtende sessie, wist het inlogcookie',
    cellen: cellen(
      'anoniem:ja(alleen het eigen cookie) aanbieder:ja(alleen het eigen cookie) redacteur:ja(alleen het eigen cookie) beheerder:ja(alleen het eigen cookie)',
    ),
  },
  {
    route: 'POST /api/users/:id/tweestaps-resetten',
    soort: 'eigen',
    regel: 'beheerder',
    uitleg: 'iemands tweestapsaanmelding uitzetten',
    cellen: alleenBeheerder(),
  },
  // Invitations (cms/endpoints/logins.ts)
  {
    route: 'POST /api/uitnodigingen/bekijken',
    soort: 'eigen',
    regel: 'ingelogd',
    uitleg: 'een uitnodiging bekijken',
    cellen: cellen(
      'aanbieder:zelf(eigen adres) redacteur:zelf(eigen adres) beheerder:zelf(eigen adres)',
    ),
  },
  {
    route: 'POST /api/uitnodigingen/accepteren',
    soort: 'eigen',
    regel: 'ingelogd',
    uitleg: 'een uitnodiging accepteren',
    cellen: cellen(
      'aanbieder:zelf(eigen adres) redacteur:nee(geen aanbiederslogin) beheerder:nee(geen aanbiederslogin)',
    ),
  },
  {
    route: 'POST /api/uitnodigingen/weigeren',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'een uitnodiging weigeren',
    cellen: cellen(
      'anoniem:ja(de link bewijst) aanbieder:zelf(eigen adres) redacteur:zelf(eigen adres) beheerder:zelf(eigen adres)',
    ),
  },
  ...alleenPost('/api/uitnodigingen/bekijken'),
  ...alleenPost('/api/uitnodigingen/accepteren'),
  ...alleenPost('/api/uitnodigingen/weigeren'),
  // Payload's job routes and the jobs global
  {
    route: 'GET /api/payload-jobs/run',
    soort: 'payload',
    uitleg: 'taken uitvoeren',
    cellen: niemand('alleen de worker'),
  },
  {
    route: 'GET /api/payload-jobs/handle-schedules',
    soort: 'payload',
    uitleg: 'geplande taken inplannen',
    cellen: niemand('alleen de worker'),
  },
  ...['GET /', 'POST /', 'GET /versions', 'GET /versions/:id', 'POST /versions/:id'].map(
    (r): RouteRij => ({
      route: `${r.split(' ')[0]} /api/globals/payload-jobs-stats${r.split(' ')[1] === '/' ? '' : r.split(' ')[1]}`,
      soort: 'payload',
      uitleg: 'statistiek van de planner',
      cellen: niemand('alleen de worker'),
    }),
  ),
  {
    route: 'POST /api/globals/payload-jobs-stats/access',
    soort: 'payload',
    uitleg: 'de eigen rechten op de statistiek (geen gegevens)',
    cellen: iedereenRechten,
  },
  // Preferences: our own DELETE (Payload's is broken on SQL), Payload's GET and POST
  {
    route: 'DELETE /api/payload-preferences/:key',
    soort: 'eigen',
    regel: 'ingelogd',
    uitleg: 'een voorkeur verwijderen',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'GET /api/payload-preferences/:key',
    soort: 'payload',
    uitleg: 'een voorkeur lezen',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'POST /api/payload-preferences/:key',
    soort: 'payload',
    uitleg: 'een voorkeur opslaan',
    cellen: cellen('aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  // Root routes
  {
    route: 'GET /api/health',
    soort: 'eigen',
    regel: 'iedereen',
    uitleg: 'gezondheid (foutteksten alleen voor de beheerder)',
    cellen: cellen('anoniem:ja aanbieder:ja redacteur:ja beheerder:ja'),
  },
  {
    route: 'GET /api/taken/mislukt',
    soort: 'eigen',
    regel: 'beheerder',
    uitleg: 'mislukte taken',
    cellen: alleenBeheerder(),
  },
  {
    route: 'POST /api/taken/:id/opnieuw',
    soort: 'eigen',
    regel: 'beheerder',
    uitleg: 'een mislukte taak opnieuw',
    cellen: alleenBeheerder(),
  },
  {
    route: 'DELETE /api/taken/:id',
    soort: 'eigen',
    regel: 'beheerder',
    uitleg: 'een mislukte taak weghalen',
    cellen: alleenBeheerder(),
  },
  {
    route: 'GET /api/access',
    soort: 'payload',
    uitleg: 'de eigen rechten (voor de admin)',
    cellen: cellen('anoniem:ja(geen rechten) aanbieder:zelf redacteur:zelf beheerder:zelf'),
  },
  {
    route: 'POST /api/graphql',
    soort: 'payload',
    uitleg: 'GraphQL: per collectie dezelfde rechten als REST',
    cellen: cellen(
      'anoniem:ja(als REST) aanbieder:ja(als REST) redacteur:ja(als REST) beheerder:ja(als REST)',
    ),
  },
  {
    route: 'GET /api/graphql-playground',
    soort: 'payload',
    uitleg: 'GraphQL-speeltuin (uit in productie)',
    cellen: cellen(
      'anoniem:ja(alleen buiten productie) aanbieder:ja(alleen buiten productie) redacteur:ja(alleen buiten productie) beheerder:ja(alleen buiten productie)',
    ),
  },
  // The public site (site/pages): no logins, only Definitief documents from the search engine
  ...[
    'GET /',
    'GET /indicatie',
    'GET /locatie/[id]',
    'GET /vergelijk',
    'GET /bewaard',
    'GET /privacy',
    'GET /toegankelijkheid',
    'GET /sitemap.xml',
    'GET /robots.txt',
    'GET /api/zoeken',
    'GET /api/plaatsen',
    'GET /api/namen',
    'GET /api/locaties/[id]',
    'GET /api/openapi.json',
    'GET /api/health',
    'GET /media/[...pad]',
    'GET /404',
  ].map((route): RouteRij => ({
    route: `site ${route}`,
    soort: 'site',
    uitleg: 'publieke site: alleen Definitief, zonder login',
    cellen: cellen(
      'anoniem:ja aanbieder:ja(geen login op de site) redacteur:ja(geen login op de site) beheerder:ja(geen login op de site)',
    ),
  })),
]

/** The row of a route (`METHOD /api/...` or `site METHOD /...`), or undefined. */
export const rijVan = (route: string): RouteRij | undefined => ROUTES.find((r) => r.route === route)
