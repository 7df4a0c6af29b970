/**
 * <map-view>: a map of the markers in its JSON script child, drawn by Leaflet (./kaart). Leaflet
 * and the tiles load only when the visitor asks for the map ("Toon kaart"), never by themselves:
 * the tiles come from another host (MAP_TILE_URL), and the site makes no request to another host
 * before the visitor asks (see /privacy). Once asked, the choice holds for the visit (the tab's
 * sessionStorage, no cookie): the next results page shows its map at once, until "Verberg kaart".
 */

/** sessionStorage key of the visitor's choice, per kind of map (results, detail). */
const keuzeSleutel = (variant: string | undefined): string => `za-kaart-${variant ?? 'results'}`

const leesKeuze = (sleutel: string): boolean => {
  try {
    return sessionStorage.getItem(sleutel) === 'open'
  } catch {
    return false // storage blocked: the map waits for the button
  }
}

const bewaarKeuze = (sleutel: string, open: boolean): void => {
  try {
    if (open) sessionStorage.setItem(sleutel, 'open')
    else sessionStorage.removeItem(sleutel)
  } catch {
    // storage blocked: nothing to remember
  }
}

class MapView extends HTMLElement {
  private kaart: { remove(): void } | null = null
  private bezig = false

  connectedCallback(): void {
    const knop = this.querySelector<HTMLButtonElement>('.za-map__open')
    knop?.addEventListener('click', () => void this.toon(true))
    this.querySelector<HTMLButtonElement>('.za-map__sluit')?.addEventListener('click', () =>
      this.verberg(),
    )
    if (leesKeuze(keuzeSleutel(this.dataset.variant))) void this.toon(false)
  }

  disconnectedCallback(): void {
    this.kaart?.remove()
    this.kaart = null
  }

  /** Show the map; `focus`: move focus onto it (the button that had it disappears). */
  async toon(focus: boolean): Promise<void> {
    if (this.kaart || this.bezig) return
    this.bezig = true
    this.dataset.open = ''
    bewaarKeuze(keuzeSleutel(this.dataset.variant), true)
    const knop = this.querySelector<HTMLButtonElement>('.za-map__open')
    if (knop) knop.hidden = true
    const sluit = this.querySelector<HTMLButtonElement>('.za-map__sluit')
    if (sluit) sluit.hidden = false
    try {
      const { tekenKaart } = await import('./kaart')
      // gone, or hidden again ("Verberg kaart") while the map's code loaded
      if (!this.isConnected || !('open' in this.dataset)) return
      this.kaart = tekenKaart(this)
      if (focus) this.querySelector<HTMLElement>('.za-map__canvas')?.focus()
    } finally {
      this.bezig = false
    }
  }

  /** Hide the map again; the choice is forgotten, focus goes back to "Toon kaart". */
  verberg(): void {
    this.kaart?.remove()
    this.kaart = null
    this.querySelector('.za-map__canvas')?.remove()
    delete this.dataset.open
    bewaarKeuze(keuzeSleutel(this.dataset.variant), false)
    const sluit = this.querySelector<HTMLButtonElement>('.za-map__sluit')
    if (sluit) sluit.hidden = true
    const knop = this.querySelector<HTMLButtonElement>('.za-map__open')
    if (knop) {
      knop.hidden = false
      knop.focus()
    }
  }
}

if (!customElements.get('map-view')) customElements.define('map-view', MapView)
export {}
