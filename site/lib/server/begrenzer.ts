/**
 * A limit on how often one client may ask for something expensive: a token bucket per client
 * (`perMinuut` requests, refilled evenly over a minute), in this process's memory. Used for the
 * map's points of a whole search (`/api/zoeken?punten=ja`): one answer can hold every location
 * of the country, so a client that asks for it in a loop would keep the site busy for everyone.
 * At most `maxKlanten` clients are remembered (the least recently seen is forgotten first).
 */
export type Beslissing = { ok: true } | { ok: false; wachtSeconden: number }

export class Begrenzer {
  private readonly emmers = new Map<string, { tokens: number; op: number }>()

  constructor(
    private readonly perMinuut: number,
    private readonly maxKlanten = 10_000,
    private readonly nu: () => number = Date.now,
  ) {}

  /** Takes one request of `klant` from its bucket, or says how many seconds to wait. */
  neem(klant: string): Beslissing {
    const nu = this.nu()
    const perMs = this.perMinuut / 60_000
    const vorige = this.emmers.get(klant)
    const tokens = vorige
      ? Math.min(this.perMinuut, vorige.tokens + (nu - vorige.op) * perMs)
      : this.perMinuut
    this.emmers.delete(klant)
    if (tokens < 1) {
      this.emmers.set(klant, { tokens, op: nu })
      return { ok: false, wachtSeconden: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) }
    }
    this.emmers.set(klant, { tokens: tokens - 1, op: nu })
    if (this.emmers.size > this.maxKlanten) this.emmers.delete(this.emmers.keys().next().value!)
    return { ok: true }
  }
}
