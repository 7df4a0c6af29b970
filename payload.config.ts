/** Payload CMS configuration: wiring only. Rules live in cms/domain, access in cms/access. */
// First: the project's .env, before any module below reads the environment (Media.ts, Users.ts).
import './search-indexer/runtime/load-env'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'
import { loadCmsConfig } from './cms/config'
import { databaseAdapter } from './cms/db'
import { Locaties } from './cms/collections/Locaties'
import { Media } from './cms/collections/Media'
import { Organisaties } from './cms/collections/Organisaties'
import { Contracten } from './cms/collections/Contracten'
import { fusieEndpoints } from './cms/endpoints/fusie'
import {
  OcoDienstverlening,
  SoortenZorg,
  Woonplaatsen,
  ZachteInformatie,
  Zorgkantoren,
} from './cms/collections/Reference'
import { AuditLog } from './cms/collections/AuditLog'
import { Users } from './cms/collections/Users'
import { Uitnodigingen } from './cms/collections/Uitnodigingen'
import { Inlogpogingen } from './cms/collections/Users/Inlogpogingen'
import { naInlogfout } from './cms/collections/Users/hooks/naInlogfout'
import { Wijzigingsverzoeken } from './cms/collections/Wijzigingsverzoeken'
import { Verzoeken } from './cms/collections/Verzoeken'
import { withAudit } from './cms/audit'
import { zorgatlasEmailAdapter } from './cms/mail/adapter'
import { Zorgaanbod } from './cms/collections/Zorgaanbod'
import { WorkerStatus } from './cms/collections/WorkerStatus'
import { ZoekindexControles } from './cms/collections/ZoekindexControles'
import { VrijeCapaciteit, Wachttijden } from './cms/collections/VrijeCapaciteit'
import { Zorgkaart } from './cms/collections/Zorgkaart'
import { organisatieWorkflowEndpoints } from './cms/endpoints/organisatie-workflow'
import { healthEndpoint } from './cms/endpoints/health'
import { takenEndpoints } from './cms/endpoints/taken'
import { JOBS_ACCESS, sluitTaakstatistiek, takenCollectie } from './cms/access/taken'
import { organisatieOverzichtEndpoints } from './cms/endpoints/overzicht'
import { capaciteitTask } from './cms/jobs/capaciteit'
import { controleTask, indexTask, mailTask, reindexTask } from './cms/jobs/tasks'
import { zorgkaartTask } from './cms/jobs/zorgkaart'
import { rejectMalformedInput } from './cms/hooks/rejectMalformedInput'
import { deletePreferenceEndpoint } from './cms/endpoints/preferences'
import { LOCKS_SLUG, protectDocumentLocks } from './cms/access/vergrendelingen'
import { metBeheermenu } from './cms/admin/beheermenu'
import { metDocumentTitel } from './cms/admin/documenttitel'
import { BEHEER_META, BEHEER_TEKSTEN } from './cms/admin/merk'
import { DATUM_TIJD_FORMAAT } from './cms/domain/datum'
import { sessieIdleSeconden } from './cms/domain/sessie'
import { logFormat, loggerOptions } from './search-indexer/runtime/logger'
import { weigeringLogHooks } from './cms/http/weigering-loggen'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = loadCmsConfig()

/**
 * Payload's own pino: quiet in tests, JSON lines with our redaction when our processes log JSON
 * (production), Payload's own pretty stream otherwise. In all three a refusal is an info line
 * (cms/http/weigering-loggen.ts).
 */
const payloadLogger = () => {
  const hooks = weigeringLogHooks
  if (config.env === 'test') return { options: { level: 'warn' as const, hooks } }
  if (logFormat() === 'json') return { options: { ...loggerOptions('payload'), hooks } }
  return { options: { hooks }, destination: defaultLoggerOptions }
}

const sanitized = databaseAdapter(config.database).then((db) =>
  buildConfig({
    // No fixed serverURL: file and API addresses stay relative, so the admin works on whatever host
    // it is opened from (localhost, 127.0.0.1, behind a proxy). Links in e-mails use CMS_PUBLIC_URL;
    // the login cookie's origin check is ours (cms/http/herkomst.ts, in cms/proxy.ts).
    serverURL: '',
    secret: config.secret,
    db,
    sharp,
    telemetry: false,
    // Our refusals are APIErrors with a 4xx status and a Dutch message: expected, not server errors.
    // A wrong password is a refusal too (the audit trail records it), not a server error.
    loggingLevels: { APIError: 'info', AuthenticationError: 'info' },
    logger: payloadLogger(),
    admin: {
      user: Users.slug,
      importMap: {
        baseDir: dirname,
        importMapFile: path.resolve(dirname, 'cms/app/(payload)/admin/importMap.js'),
      },
      meta: BEHEER_META,
      dateFormat: DATUM_TIJD_FORMAAT,
      avatar: 'default',
      theme: 'light',
      components: {
        graphics: {
          Logo: '/cms/components/Merk#ZorgatlasLogo',
          Icon: '/cms/components/Merk#ZorgatlasIcoon',
        },
        beforeLogin: [
          '/cms/components/InlogUitleg#InlogUitleg',
          // after the password: the code of two-step login (ADR 0013)
          '/cms/components/tweestaps/TweedeStap#TweedeStap',
        ],
        views: {
          dashboard: { Component: '/cms/components/StartScherm#StartScherm' },
          // The review desk: the queue and one request's differences.
          wachtrij: {
            meta: { title: 'Te beoordelen' },
            Component: '/cms/components/beoordelen/WachtrijView#WachtrijView',
            path: '/beoordelen',
            exact: true,
          },
          // Contract status per organisation and year, with filters and the bulk action.
          contracten: {
            meta: { title: 'Contracten beheren' },
            Component: '/cms/components/contracten/ContractBeheerView#ContractBeheerView',
            path: '/contracten-beheren',
            exact: true,
          },
          // Logins by invitation: the form, the public set-password page of a new address, and the
          // page where the owner of an existing login accepts or refuses (after logging in).
          uitnodigen: {
            meta: { title: 'Iemand uitnodigen' },
            Component: '/cms/components/logins/UitnodigenView#UitnodigenView',
            path: '/uitnodigen',
            exact: true,
          },
          tweestaps: {
            Component: '/cms/components/tweestaps/TweestapsView#TweestapsView',
            path: '/tweestaps',
            exact: true,
          },
          wachtwoordInstellen: {
            meta: { title: 'Wachtwoord instellen' },
            Component: '/cms/components/logins/WachtwoordInstellenView#WachtwoordInstellenView',
            path: '/wachtwoord-instellen',
            exact: true,
          },
          uitnodiging: {
            meta: { title: 'Uitnodiging' },
            Component: '/cms/components/logins/UitnodigingView#UitnodigingView',
            path: '/uitnodiging',
            exact: true,
          },
          // A provider's request to the zorgkantoor.
          verzoek: {
            meta: { title: 'Verzoek aan het zorgkantoor' },
            Component: '/cms/components/verzoeken/VerzoekView#VerzoekView',
            path: '/verzoek',
            exact: true,
          },
          beoordeling: {
            meta: { title: 'Wijziging beoordelen' },
            Component: '/cms/components/beoordelen/BeoordelingView#BeoordelingView',
            path: '/beoordelen/:id',
            exact: true,
          },
          // The worker's failed jobs, to retry or remove (beheerder; cms/endpoints/taken.ts).
          mislukteTaken: {
            meta: { title: 'Mislukte taken' },
            Component: '/cms/components/taken/MislukteTakenView#MislukteTakenView',
            path: '/mislukte-taken',
            exact: true,
          },
        },
        // Logout after the idle time (seed 004 §2.1); activity renews the session.
        providers: [
          {
            path: '/cms/components/SessieBewaker#SessieBewaker',
            clientProps: { idleSeconden: sessieIdleSeconden(process.env) },
          },
          '/cms/components/ToastVertaling#ToastVertaling',
          '/cms/components/ToegankelijkheidsHulp#ToegankelijkheidsHulp',
        ],
        beforeNavLinks: [
          '/cms/components/beoordelen/WachtrijLink#WachtrijLink',
          '/cms/components/taken/TakenLink#TakenLink',
        ],
        afterNavLinks: [
          '/cms/components/tweestaps/TweestapsLink#TweestapsLink',
          '/cms/components/OveralUitloggen#OveralUitloggen',
        ],
      },
    },
    i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl', translations: BEHEER_TEKSTEN },
    // Each role sees its own menu and document tabs (cms/domain/beheermenu.ts).
    collections: [
      {
        ...Organisaties,
        endpoints: [
          ...organisatieOverzichtEndpoints,
          ...organisatieWorkflowEndpoints,
          ...fusieEndpoints,
        ],
      },
      Contracten,
      Locaties,
      Zorgaanbod,
      Wijzigingsverzoeken,
      Verzoeken,
      Woonplaatsen,
      SoortenZorg,
      ZachteInformatie,
      OcoDienstverlening,
      Zorgkantoren,
      Media,
      VrijeCapaciteit,
      Wachttijden,
      Zorgkaart,
      Users,
      Uitnodigingen,
      Inlogpogingen,
      WorkerStatus,
      ZoekindexControles,
      AuditLog,
    ]
      .map(metBeheermenu)
      .map(metDocumentTitel)
      .map(withAudit),
    email: zorgatlasEmailAdapter(config.mail),
    endpoints: [healthEndpoint, ...takenEndpoints],
    // Failed logins and reset tokens, for REST and GraphQL alike (GraphQL runs no collection hook).
    hooks: { afterError: [naInlogfout] },
    // Only the worker runs jobs: closed to every login (cms/access/taken.ts, ADR 0007).
    jobs: {
      access: JOBS_ACCESS,
      jobsCollectionOverrides: takenCollectie,
      tasks: [
        indexTask(dirname, config.jobs),
        reindexTask(dirname, config.jobs),
        mailTask(dirname, config.jobs),
        controleTask(dirname),
        capaciteitTask,
        zorgkaartTask(),
      ],
      deleteJobOnComplete: true,
    },
    graphQL: { disablePlaygroundInProduction: true },
    typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'cms/payload-types.ts') },
  }),
)

/**
 * After sanitising (Payload's own collections exist only then):
 * - malformed input is refused before any other hook, in every collection;
 * - Payload's DELETE of a preference, broken on the SQL adapters, is replaced;
 * - document locks are one's own, on documents one may edit (cms/access/vergrendelingen.ts).
 *   Preferences need nothing more: Payload filters them to one's own and sets the user itself.
 * - the scheduler's statistics global is closed to the API (cms/access/taken.ts);
 * - nothing can be duplicated through Payload's duplicate route.
 */
export default sanitized.then((built) => {
  sluitTaakstatistiek(built)
  for (const collection of built.collections) {
    collection.hooks.beforeOperation = [
      rejectMalformedInput,
      ...(collection.hooks.beforeOperation ?? []),
    ]
    if (collection.slug === 'payload-preferences' && collection.endpoints) {
      collection.endpoints = [deletePreferenceEndpoint, ...collection.endpoints]
    }
    if (collection.slug === LOCKS_SLUG) protectDocumentLocks(collection)
    // Nothing is duplicated: workflow records are copied with the copy actions (§4.4, §4.5), the
    // rest is unique (codes, contracts per year) or Payload's own bookkeeping.
    collection.disableDuplicate = true
    if (collection.endpoints)
      collection.endpoints = collection.endpoints.filter((e) => e.path !== '/:id/duplicate')
  }
  return built
})
