/**
 * The current two-step login code of the demo logins (their documented demo secret), for the
 * quick start without an authenticator app: `npx tsx scripts/demo-code.ts`.
 */
import { codeVoor, DEMO_TWEESTAPS_GEHEIM } from '../cms/domain/tweestaps'

const nu = new Date()
const over = 30 - (Math.floor(nu.getTime() / 1000) % 30)
console.log(`${codeVoor(DEMO_TWEESTAPS_GEHEIM, nu)}  (nog ${over} seconden geldig)`)
