/**
 * Enhancements of the search page; without JavaScript everything works with plain links, the
 * "Zoeken" and "Filters toepassen" buttons.
 *  - <search-toggle>: opens the collapsed search form on wide screens.
 *  - <filter-panel>: opens the filter disclosure on wide screens, where there is room.
 *  - <plaats-invoer>: suggestions from the gazetteer while typing a woonplaats or postcode.
 *  - <naam-invoer>: suggestions of location and organisation names in the text box.
 *  - <zoek-resultaten>: ticking a filter or choosing an order updates the results in place:
 *    no reload under the finger, focus stays on the control, the count is announced.
 */
const BREED = '(min-width: 60em)'

class SearchToggle extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details')
    if (details && window.matchMedia(BREED).matches) details.open = true
  }
}

class FilterPanel extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details')
    if (details && window.matchMedia(BREED).matches) details.open = true
  }
}

/** An input with a <datalist> filled while typing from a suggestion route (`[{ waarde, label }]`). */
class SuggestieInvoer extends HTMLElement {
  protected bron = '/api/plaatsen'
  private timer: number | undefined
  private vraag: AbortController | null = null

  connectedCallback(): void {
    const input = this.querySelector('input')
    const lijst = this.querySelector('datalist')
    if (!input || !lijst) return
    input.setAttribute('autocomplete', 'off')
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer)
      this.timer = window.setTimeout(() => void this.vul(input.value, lijst), 150)
    })
  }

  private async vul(tekst: string, lijst: HTMLDataListElement): Promise<void> {
    this.vraag?.abort()
    if (tekst.trim().length < 2) {
      lijst.replaceChildren()
      return
    }
    this.vraag = new AbortController()
    try {
      const res = await fetch(`${this.bron}?q=${encodeURIComponent(tekst.trim())}`, {
        signal: this.vraag.signal,
      })
      if (!res.ok) return
      const suggesties = (await res.json()) as { waarde: string; label: string }[]
      lijst.replaceChildren(
        ...suggesties.map((s) => {
          const option = document.createElement('option')
          option.value = s.waarde
          if (s.label !== s.waarde) option.label = s.label
          return option
        }),
      )
    } catch {
      // typing on: an aborted request, or offline; the field works without suggestions
    }
  }
}

class PlaatsInvoer extends SuggestieInvoer {
  protected override bron = '/api/plaatsen'
}

class NaamInvoer extends SuggestieInvoer {
  protected override bron = '/api/namen'
}

/** A stable key for an element among its siblings (morphing below). */
const sleutel = (el: Element, siblings: Element[]): string => {
  const eigen = el.getAttribute('data-sleutel') ?? el.getAttribute('data-waarde') ?? el.id
  if (eigen) return eigen
  const soort = `${el.tagName}.${el.className}`
  const rang = siblings
    .slice(0, siblings.indexOf(el))
    .filter((s) => `${s.tagName}.${s.className}` === soort).length
  return `${soort}#${rang}`
}

/**
 * Replace `oud` by `nieuw`, except the path to the focused element: that element stays in the
 * document (so focus and the screen reader's place stay), taking the new state.
 */
const vervang = (oud: Element, nieuw: Element): void => {
  const actief = document.activeElement
  if (!actief || !oud.contains(actief)) {
    oud.replaceWith(nieuw)
    return
  }
  if (oud === actief) {
    if (oud instanceof HTMLInputElement && nieuw instanceof HTMLInputElement) {
      oud.checked = nieuw.hasAttribute('checked')
    }
    return
  }
  for (const attr of [...nieuw.attributes]) oud.setAttribute(attr.name, attr.value)
  for (const attr of [...oud.attributes]) {
    if (!nieuw.hasAttribute(attr.name) && attr.name !== 'open') oud.removeAttribute(attr.name)
  }
  const oudeKinderen = [...oud.children]
  const nieuweKinderen = [...nieuw.children]
  const houder = oudeKinderen.find((c) => c.contains(actief))!
  const key = sleutel(houder, oudeKinderen)
  const match = nieuweKinderen.find((c) => sleutel(c, nieuweKinderen) === key)
  if (!match) {
    oud.replaceWith(nieuw)
    return
  }
  const nodes = [...nieuw.childNodes]
  const plek = nodes.indexOf(match)
  for (const node of [...oud.childNodes]) if (node !== houder) node.remove()
  for (const node of nodes.slice(0, plek)) oud.insertBefore(node, houder)
  for (const node of nodes.slice(plek + 1)) oud.append(node)
  vervang(houder, match)
}

class ZoekResultaten extends HTMLElement {
  private vraag: AbortController | null = null

  connectedCallback(): void {
    // results follow every change; the apply buttons are for pages without JavaScript
    for (const el of this.querySelectorAll<HTMLElement>('[data-zonder-script]')) el.hidden = true
    this.addEventListener('change', (event) => {
      const el = event.target
      if (
        (el instanceof HTMLInputElement &&
          (el.type === 'checkbox' || el.type === 'radio') &&
          el.form) ||
        (el instanceof HTMLSelectElement && el.name === 'sortering' && el.form)
      ) {
        void this.ververs(el.form)
      }
    })
  }

  private async ververs(form: HTMLFormElement): Promise<void> {
    const params = new URLSearchParams()
    for (const [naam, waarde] of new FormData(form)) {
      if (typeof waarde === 'string' && waarde !== '') params.append(naam, waarde)
    }
    const url = `${form.action.replace(/\?.*$/, '')}?${params}`
    this.vraag?.abort()
    const vraag = (this.vraag = new AbortController())
    const live = this.querySelector('#za-live')
    if (live) live.textContent = 'De resultaten worden bijgewerkt.'
    let html: string
    try {
      const res = await fetch(url, { signal: vraag.signal, headers: { Accept: 'text/html' } })
      if (!res.ok) throw new Error(String(res.status))
      html = await res.text()
    } catch (error) {
      if (vraag.signal.aborted) return
      window.location.assign(url) // let the server page say what went wrong
      throw error
    }
    if (vraag.signal.aborted) return
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const nieuw = doc.querySelector('zoek-resultaten .za-results-layout')
    const oud = this.querySelector('.za-results-layout')
    if (!nieuw || !oud) {
      window.location.assign(url)
      return
    }
    // a map the visitor opened stays open for the new results (it never opens by itself)
    const kaartWasOpen = oud.querySelector('map-view')?.hasAttribute('data-open') ?? false
    vervang(oud, document.adoptNode(nieuw))
    if (kaartWasOpen) {
      const kaart = this.querySelector<HTMLElement & { toon?: (focus: boolean) => Promise<void> }>(
        'map-view',
      )
      void kaart?.toon?.(false)
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-zonder-script]')) el.hidden = true
    const samenvatting = doc.querySelector('.za-search-toggle__tekst')?.textContent
    const hier = document.querySelector('.za-search-toggle__tekst')
    if (samenvatting && hier) hier.textContent = samenvatting
    window.history.replaceState(null, '', url)
    const telling = this.querySelector('#za-resultaten-titel')?.textContent?.trim()
    if (live) live.textContent = telling ?? ''
  }
}

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element)
}
define('search-toggle', SearchToggle)
define('filter-panel', FilterPanel)
define('plaats-invoer', PlaatsInvoer)
define('naam-invoer', NaamInvoer)
define('zoek-resultaten', ZoekResultaten)
export {}
