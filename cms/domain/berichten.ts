/**
 * The e-mails of the review desk, in plain Dutch (B1), each with a link to the admin.
 * Pure: who receives them is decided by the endpoints (cms/endpoints/wijzigingsverzoeken.ts).
 */
import { aantallenTekst, type Aantallen } from './verschillen'

export interface Bericht {
  /** one address per message, so a retry never reaches anyone twice */
  aan: string
  onderwerp: string
  tekst: string
}

export type BerichtInhoud = Omit<Bericht, 'aan'>

const AFSLUITING =
  '\nMet vriendelijke groet,\nZorgatlas\n\nDit bericht is automatisch verstuurd. U kunt er niet op antwoorden.'

const datum = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  })

/** To the mailbox of a zorgkantoor that contracts the organisation: a change waits for review. */
export function berichtVerstuurd(args: {
  zorgkantoor: string
  organisatie: string
  afzender: string
  verstuurdOp: string
  aantallen: Aantallen
  link: string
}): BerichtInhoud {
  return {
    onderwerp: `Wijziging van ${args.organisatie} wacht op beoordeling`,
    tekst: [
      `Beste medewerker van ${args.zorgkantoor},`,
      '',
      `${args.afzender} heeft op ${datum(args.verstuurdOp)} een wijziging verstuurd voor ${args.organisatie}.`,
      `Het gaat om ${aantallenTekst(args.aantallen)}.`,
      '',
      'Bekijk de wijziging en keur hem goed of af:',
      args.link,
      '',
      'Zolang u de wijziging niet heeft beoordeeld, kan de zorgaanbieder deze organisatie niet wijzigen.',
      AFSLUITING,
    ].join('\n'),
  }
}

/** To the sender: the change is approved and public. */
export function berichtGoedgekeurd(args: {
  naam: string
  organisatie: string
  beoordeeldNamens: string
  link: string
}): BerichtInhoud {
  return {
    onderwerp: `Uw wijziging van ${args.organisatie} is goedgekeurd`,
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.beoordeeldNamens} heeft uw wijziging van ${args.organisatie} goedgekeurd.`,
      'De gegevens staan nu in de Zorgatlas. U kunt de organisatie weer wijzigen.',
      '',
      'Bekijk uw organisatie:',
      args.link,
      AFSLUITING,
    ].join('\n'),
  }
}

/** To the sender: the change is rejected, with the reason; they can amend and send again. */
export function berichtAfgewezen(args: {
  naam: string
  organisatie: string
  beoordeeldNamens: string
  reden: string
  link: string
}): BerichtInhoud {
  return {
    onderwerp: `Uw wijziging van ${args.organisatie} is afgewezen`,
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.beoordeeldNamens} heeft uw wijziging van ${args.organisatie} afgewezen.`,
      '',
      'De reden:',
      args.reden,
      '',
      'Uw wijzigingen zijn niet verloren. Pas de gegevens aan en klik daarna weer op "Wijziging versturen":',
      args.link,
      '',
      'Heeft u vragen? Neem dan contact op met het zorgkantoor.',
      AFSLUITING,
    ].join('\n'),
  }
}

/** To the zorgkantoren a request was routed to: a provider asks something (cms/domain/verzoeken.ts). */
export function berichtNieuwVerzoek(args: {
  zorgkantoor: string
  soort: string
  onderwerp: string
  afzender: string
  organisatie: string | null
  link: string
  /** the sender's function (access requests, seed 002) */
  functie?: string | null
  /** the promised answer day in words ("dinsdag 8 december 2026") */
  antwoordUiterlijk?: string | null
}): BerichtInhoud {
  return {
    onderwerp: `Nieuw verzoek: ${args.onderwerp}`,
    tekst: [
      `Beste medewerker van ${args.zorgkantoor},`,
      '',
      `${args.afzender}${args.functie ? ` (${args.functie})` : ''} heeft een verzoek gestuurd (${args.soort.toLowerCase()})${args.organisatie ? ` over ${args.organisatie}` : ''}.`,
      ...(args.antwoordUiterlijk
        ? ['', `De afzender krijgt uiterlijk op ${args.antwoordUiterlijk} een antwoord.`]
        : []),
      '',
      'Bekijk het verzoek en geef een antwoord:',
      args.link,
      AFSLUITING,
    ].join('\n'),
  }
}

/** To the sender of a request: the zorgkantoor answered it, or handled it. */
export function berichtVerzoekBeantwoord(args: {
  naam: string
  onderwerp: string
  namens: string
  antwoord: string
  afgehandeld: boolean
  link: string
}): BerichtInhoud {
  return {
    onderwerp: `Antwoord op uw verzoek: ${args.onderwerp}`,
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.namens} heeft uw verzoek "${args.onderwerp}" ${args.afgehandeld ? 'afgehandeld' : 'beantwoord'}.`,
      '',
      'Het antwoord:',
      args.antwoord,
      '',
      'Bekijk uw verzoek:',
      args.link,
      AFSLUITING,
    ].join('\n'),
  }
}
