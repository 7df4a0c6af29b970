/**
 * <map-view>: a map of the markers in its JSON script child, drawn by Leaflet (./kaart). Leaflet
 * and the tiles load only when the visitor asks for the map ("Toon kaart"), never by themselves:
 * the tiles come from another host (MAP_TILE_URL), and the site makes no request to another host
 * before the visitor asks (see /privacy).
 */

class MapView extends HTMLElement {
  private kaart: { remove(): void } | null = null
  private bezig = false

  connectedCallback(): void {
    const knop = this.querySelector<HTMLButtonElement>('.za-map__open')
    knop?.addEventListener('click', () => void this.toon(true))
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
    const knop = this.querySelector<HTMLButtonElement>('.za-map__open')
    if (knop) knop.hidden = true
    try {
      const { tekenKaart } = await import('./kaart')
      if (!this.isConnected) return
      this.kaart = tekenKaart(this)
      if (focus) this.querySelector<HTMLElement>('.za-map__canvas')?.focus()
    } finally {
      this.bezig = false
    }
  }
}

if (!customElements.get('map-view')) customElements.define('map-view', MapView)
export {}
