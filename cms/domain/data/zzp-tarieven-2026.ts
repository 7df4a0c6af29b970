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

const onbekend = { perDag: null, exclusiefDagbesteding: null } as const

/** Profiles the NZa had prestaties for; amounts unknown until verified. */
const CODES = [
  'VV-1',
  'VV-2',
  'VV-3',
  'VV-4',
  'VV-5',
  'VV-6',
  'VV-7',
  'VV-8',
  'VV-9b',
  'VV-10',
  'VG-1',
  'VG-2',
  'VG-3',
  'VG-4',
  'VG-5',
  'VG-6',
  'VG-7',
  'VG-8',
  'LVG-1',
  'LVG-2',
  'LVG-3',
  'LVG-4',
  'LVG-5',
  'SGLVG',
  'LG-1',
  'LG-2',
  'LG-3',
  'LG-4',
  'LG-5',
  'LG-6',
  'LG-7',
  'ZG-AUD-1',
  'ZG-AUD-2',
  'ZG-AUD-3',
  'ZG-AUD-4',
  'ZG-VIS-1',
  'ZG-VIS-2',
  'ZG-VIS-3',
  'ZG-VIS-4',
  'ZG-VIS-5',
  'GGZ-B-1',
  'GGZ-B-2',
  'GGZ-B-3',
  'GGZ-B-4',
  'GGZ-B-5',
  'GGZ-B-6',
  'GGZ-B-7',
  'GGZ-W-1',
  'GGZ-W-2',
  'GGZ-W-3',
  'GGZ-W-4',
] as const

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
