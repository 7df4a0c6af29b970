/**
 * <map-view>: a map of the markers in its JSON script child, drawn by Leaflet (./kaart). Leaflet
 * is loaded only when the map is shown: after "Toon kaart", or at once on wide screens when the
 * element has `data-auto="breed"` (the results page, where the map sits beside the list).
 */
const BREED = '(min-width: 60em)'

class MapView extends HTMLElement {
  private kaart: { remove(): void } | null = null
  private bezig = false

  connectedCallback(): void {
    const knop = this.querySelector<HTMLButtonElement>('.za-map__open')
    knop?.addEventListener('click', () => void this.toon(true))
    if (this.dataset.auto === 'breed' && window.matchMedia(BREED).matches) void this.toon(false)
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
