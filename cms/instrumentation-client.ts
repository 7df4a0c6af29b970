/**
 * Runs in the admin's browser before the app becomes interactive (Next.js file convention).
 *
 * zod tests once whether `new Function('')` works, to compile faster object parsers. The admin's
 * Content-Security-Policy allows no eval (cms/http/security-headers.ts), so that test is blocked
 * and reported as a CSP violation on every screen that parses with zod (the location form), even
 * though zod then parses without it. Without the test (`jitless`) nothing is reported.
 */
import { config } from 'zod/v4/core'

config({ jitless: true })
