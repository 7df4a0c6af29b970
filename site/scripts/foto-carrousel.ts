/**
 * <foto-carrousel>: one photo at a time, changed only by the visitor (buttons, the left and right
 * arrow keys while focus is in the carousel, or a sideways swipe on a touch screen). No autoplay.
 * Hidden photos are `hidden`, so screen readers and keyboard users meet only the photo shown.
 */
/** How far a finger moves sideways before it counts as a swipe to the next or previous photo. */
const VEEG_PX = 40

class FotoCarrousel extends HTMLElement {
  private huidige = 0

  private get dias(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.za-carrousel__dia')]
  }

  connectedCallback(): void {
    const dias = this.dias
    if (dias.length < 2) return
    this.dataset.actief = ''
    const bediening = this.querySelector<HTMLElement>('.za-carrousel__bediening')
    if (bediening) bediening.hidden = false
    for (const knop of this.querySelectorAll<HTMLButtonElement>('[data-richting]')) {
      knop.addEventListener('click', () => this.ga(Number(knop.dataset.richting)))
    }
    this.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') this.ga(-1)
      else if (event.key === 'ArrowRight') this.ga(1)
      else return
      event.preventDefault()
    })
    // on a phone: swipe left or right over the photo (the page still scrolls up and down)
    const venster = this.querySelector<HTMLElement>('.za-carrousel__venster')
    let start: { x: number; y: number } | null = null
    venster?.addEventListener(
      'touchstart',
      (event) => {
        const t = event.touches[0]
        start = event.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null
      },
      { passive: true },
    )
    venster?.addEventListener(
      'touchend',
      (event) => {
        const t = event.changedTouches[0]
        if (!start || !t) return
        const dx = t.clientX - start.x
        const dy = t.clientY - start.y
        start = null
        if (Math.abs(dx) >= VEEG_PX && Math.abs(dx) > 2 * Math.abs(dy)) this.ga(dx < 0 ? 1 : -1)
      },
      { passive: true },
    )
    this.toon(0)
  }

  /** One step back (-1) or forward (1), round the end. */
  ga(stap: number): void {
    const n = this.dias.length
    this.toon((this.huidige + stap + n) % n)
  }

  private toon(index: number): void {
    const dias = this.dias
    this.huidige = index
    dias.forEach((dia, i) => (dia.hidden = i !== index))
    // a lazy image that becomes visible loads now
    dias[index]?.querySelector('img')?.setAttribute('loading', 'eager')
    const status = this.querySelector('.za-carrousel__status')
    if (status) status.textContent = `Foto ${index + 1} van ${dias.length}`
  }
}

if (!customElements.get('foto-carrousel')) customElements.define('foto-carrousel', FotoCarrousel)
