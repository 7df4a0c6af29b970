/**
 * Reading one search box the way a family writes it: "verpleeghuis tilburg", "dementie breda",
 * "dagbesteding 5038". Words that name a kind of care or a target group become filters (from
 * zorgwoorden.json), a place name or postcode becomes the place, filler words go, the rest is
 * text. Pure; unit tested.
 */
import zorgwoordenData from './zorgwoorden.json' with { type: 'json' }
import type { Plaatsen, PlaatsTreffer } from './plaatsen'
import { woorden } from './woorden'

export interface ZorgwoordGroep {
  woorden: string[]
  soortZorg?: string[]
  doelgroep?: string[]
}

export interface Zorgwoorden {
  groepen: ZorgwoordGroep[]
  /** words that carry no meaning for the search ("in", "bij", "rond") */
  vulwoorden: string[]
}

export const ZORGWOORDEN: Zorgwoorden = zorgwoordenData

export interface Herkend {
  /** the words as read (normalised) */
  woorden: string
  soort: 'plaats' | 'soortZorg' | 'doelgroep'
  codes: string[]
}

export interface Zoekvraag {
  /** what is left as free text */
  tekst: string
  plaats: PlaatsTreffer | null
  /** every word except the place's (care words and filler words included) */
  zonderPlaats: string
  soortZorg: string[]
  doelgroep: string[]
  herkend: Herkend[]
}

interface Zinnen {
  perZin: Map<string, ZorgwoordGroep>
  maxWoorden: number
  vul: Set<string>
}

const cache = new WeakMap<Zorgwoorden, Zinnen>()

const zinnen = (data: Zorgwoorden): Zinnen => {
  let z = cache.get(data)
  if (!z) {
    const perZin = new Map<string, ZorgwoordGroep>()
    let maxWoorden = 1
    for (const groep of data.groepen) {
      for (const w of groep.woorden) {
        const key = woorden(w).join(' ')
        if (!key) continue
        perZin.set(key, groep)
        maxWoorden = Math.max(maxWoorden, key.split(' ').length)
      }
    }
    z = { perZin, maxWoorden, vul: new Set(data.vulwoorden.map((w) => woorden(w).join(' '))) }
    cache.set(data, z)
  }
  return z
}

const uniek = (list: string[]): string[] => [...new Set(list)]

/**
 * @param q the search box
 * @param plaatsen the gazetteer, or null to leave place names as text (a place was chosen in
 *   the woonplaats field already)
 */
export const leesZoekvraag = (
  q: string,
  plaatsen: Plaatsen | null,
  data: Zorgwoorden = ZORGWOORDEN,
): Zoekvraag => {
  const ws = woorden(q)
  const { perZin, maxWoorden, vul } = zinnen(data)
  const herkend: Herkend[] = []
  const soortZorg: string[] = []
  const doelgroep: string[] = []
  /** per word: still free (true) or used by a care word or the place */
  const vrij = ws.map(() => true)
  /** per word: part of the place found */
  const plaatsWoord = ws.map(() => false)

  // 1. care words and phrases, longest first at every position
  for (let i = 0; i < ws.length;) {
    let matched = 0
    for (let len = Math.min(maxWoorden, ws.length - i); len >= 1 && !matched; len--) {
      const zin = ws.slice(i, i + len).join(' ')
      const groep = perZin.get(zin)
      if (!groep) continue
      matched = len
      if (groep.soortZorg?.length) {
        soortZorg.push(...groep.soortZorg)
        herkend.push({ woorden: zin, soort: 'soortZorg', codes: groep.soortZorg })
      }
      if (groep.doelgroep?.length) {
        doelgroep.push(...groep.doelgroep)
        herkend.push({ woorden: zin, soort: 'doelgroep', codes: groep.doelgroep })
      }
    }
    if (matched) {
      for (let k = i; k < i + matched; k++) vrij[k] = false
      i += matched
    } else i++
  }

  // 2. the first place name or postcode among the remaining runs of words
  let plaats: PlaatsTreffer | null = null
  if (plaatsen) {
    for (let i = 0; i < ws.length && !plaats;) {
      if (!vrij[i]) {
        i++
        continue
      }
      let end = i
      while (end < ws.length && vrij[end]) end++
      const run = ws.slice(i, end)
      const found = plaatsen.vindIn(run)
      if (found) {
        plaats = {
          plaats: found.plaats,
          via: found.via,
          ...(found.postcode && { postcode: found.postcode }),
          ...(found.vanaf && { vanaf: found.vanaf }),
        }
        for (let k = i + found.start; k < i + found.eind; k++) {
          vrij[k] = false
          plaatsWoord[k] = true
        }
        herkend.push({
          woorden: run.slice(found.start, found.eind).join(' '),
          soort: 'plaats',
          codes: [found.plaats.id],
        })
      }
      i = end
    }
  }

  // 3. the rest is text, without filler words
  const tekst = ws.filter((w, i) => vrij[i] && !vul.has(w)).join(' ')
  const zonderPlaats = ws.filter((_, i) => !plaatsWoord[i]).join(' ')
  return {
    tekst,
    plaats,
    zonderPlaats,
    soortZorg: uniek(soortZorg),
    doelgroep: uniek(doelgroep),
    herkend,
  }
}
