/**
 * Payload 3.90 writes a few messages of its upload drawer in English, outside its translations
 * ("Failed to save 1 files"). Their Dutch, as a pure function the admin applies to those toasts.
 */
const VERTALINGEN: [RegExp, (aantal: number) => string][] = [
  [
    /^Failed to save (\d+) files?$/,
    (n) =>
      n === 1
        ? '1 foto is niet opgeslagen. Bekijk de melding bij de foto.'
        : `${n} foto’s zijn niet opgeslagen. Bekijk de meldingen bij de foto’s.`,
  ],
  [
    /^Successfully saved (\d+) files?$/,
    (n) => (n === 1 ? '1 foto is opgeslagen.' : `${n} foto’s zijn opgeslagen.`),
  ],
]

/** The Dutch of one of Payload's English toast texts, or null when it is not one of them. */
export function toastNl(tekst: string): string | null {
  for (const [patroon, nl] of VERTALINGEN) {
    const m = patroon.exec(tekst.trim())
    if (m) return nl(Number(m[1]))
  }
  return null
}
