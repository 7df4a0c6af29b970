/**
 * NZa maximum tariffs per care profile (zorgprofiel / ZZP) for 2026: the data behind the rule
 * "the alternative profile may not cost more than the indicated one" (seed 003, Bijlage E, 6b).
 *
 * STATUS: TO BE VERIFIED against the NZa publication of 2026. Every amount is `null` (unknown).
 * The NZa publishes the Wlz maximum tariffs each year in its beleidsregel "Prestatiebeschrijvingen
 * en tarieven zorgzwaartepakketten" (for 2018: BR/REG-18143) with the amounts in its bijlage, and
 * for VPT in "Prestatiebeschrijvingen en tarieven volledig pakket thuis" (for 2018: BR/REG-18142a),
 * both on the NZa documentenplatform (puc.overheid.nl/nza). The 2026 editions (their BR/REG
 * numbers, and whether they were merged into one Wlz beleidsregel) could not be checked: this
 * project has no internet and the stored search corpora hold neither the 2026 texts nor their
 * tables. No amount was written from memory, because a wrong amount silently flips a comparison.
 *
 * How to fill it in: per profile, the maximum tariff per day (euro, two decimals) of the prestatie
 * "exclusief behandeling", inclusive of dagbesteding where the prestatie includes it (`perDag`),
 * and of the prestatie "exclusief dagbesteding" where the NZa has one (`exclusiefDagbesteding`).
 * A `null` stays `null` until an amount is read from the publication. Then set `status` to
 * 'geverifieerd' and name the exact publication in `bron`. Nothing else changes: the rules in
 * cms/domain/indicatie.ts read this table as data.
 */
import type { TarievenTabel } from '../indicatie'
import { zorgprofielen } from '../referentielijsten'

const onbekend = { perDag: null, exclusiefDagbesteding: null } as const

/** Every profile of the reference list; amounts unknown until verified. */
const CODES = zorgprofielen.map((p) => p.code)

export const ZZP_TARIEVEN_2026: TarievenTabel = {
  jaar: 2026,
  status: 'te-verifieren',
  bron:
    'NZa, beleidsregels "Prestatiebeschrijvingen en tarieven zorgzwaartepakketten" en ' +
    '"Prestatiebeschrijvingen en tarieven volledig pakket thuis" 2026 (bijlage met tarieven), ' +
    'puc.overheid.nl/nza; nog te controleren, BR/REG-nummers nog in te vullen',
  verblijf: Object.fromEntries(CODES.map((code) => [code, onbekend])),
  vpt: {},
}
