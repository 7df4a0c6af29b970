/**
 * `npm run seed` (and `npm start` on an empty data dir): seeds demo data when the database has no
 * users yet. Never in production unless SEED_DEMO=true. Logs through the `seed` logger (counts
 * only; never the demo logins or their password).
 */
import '../../search-indexer/runtime/load-env'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { getLogger } from '../../search-indexer/runtime/logger'
import { loadCmsConfig } from '../config'
import { seedDemo } from './seed'

const log = getLogger('seed')
const cms = loadCmsConfig()
const payload = await getPayload({ config })
const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
if (totalDocs > 0) {
  log.info('Database bevat al gegevens: geen demo-data toegevoegd.')
} else if (
  cms.env === 'production' &&
  cms.seedDemo !== 'true' &&
  process.env.ZORGATLAS_DEMO !== 'true'
) {
  log.info('Productie: geen demo-data (zet SEED_DEMO=true om dat toch te doen).')
} else {
  log.info('Demo-data toevoegen…')
  const r = await seedDemo(payload, { password: cms.demoPassword })
  log.info(
    { ...r },
    `Demo-data toegevoegd in ${(r.ms / 1000).toFixed(1)} s: ${r.organisaties} organisaties, ${r.locaties} locaties, ${r.zorgaanbod} keer zorgaanbod, ${r.woonplaatsen} woonplaatsen, ${r.gebruikers} gebruikers, ${r.wijzigingsverzoeken} openstaande wijzigingsverzoeken, ${r.goedkeuringen} goedgekeurde.`,
  )
}
await payload.destroy()
process.exit(0)
