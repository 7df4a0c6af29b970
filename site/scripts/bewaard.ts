/**
 * The shortlist ("Bewaard") and the compare choice, as small custom elements on top of pages that
 * work without JavaScript. The shortlist is kept in this browser only (localStorage), the compare
 * choice of the search pages for this tab only (sessionStorage); no cookies, nothing on a server.
 *  - <bewaar-knop data-id data-naam>: a toggle button "Bewaar" / "Bewaard" (aria-pressed).
 *  - <bewaard-link>: the header link "Bewaard (n)" to the saved list.
 *  - <bewaard-laden>: /bewaard without a list in the address loads the saved one.
 *  - <bewaard-lijst data-ids>: /bewaard with a list: "Verwijder" also updates the saved list;
 *    a list from someone else's link can be saved in this browser.
 *  - <vergelijk-keuze>: checkboxes "Vergelijk" (at most 4) and the action "Vergelijk (n)".
 *  - <kopieer-link>, <print-knop>: copy the list's link; print the page.
 */
const BEWAARD = 'zorgatlas-bewaard'
const KEUZE = 'zorgatlas-vergelijk'
const WIJZIGING = 'za-bewaard'
const ID = /^[A-Za-z0-9_-]{1,64}$/
/** The same limits as the server (site/lib/vergelijk.ts). */
const MAX_BEWAARD = 40
const MAX_VERGELIJKEN = 4

const leesLijst = (opslag: Storage | null, sleutel: string, max: number): string[] => {
  try {
    const waarde: unknown = JSON.parse(opslag?.getItem(sleutel) ?? '[]')
    if (!Array.isArray(waarde)) return []
    const ids = waarde.filter((v): v is string => typeof v === 'string' && ID.test(v))
    return [...new Set(ids)].slice(0, max)
  } catch {
    return []
  }
}

const opslag = (soort: 'local' | 'session'): Storage | null => {
  try {
    return soort === 'local' ? window.localStorage : window.sessionStorage
  } catch {
    return null // storage switched off: the buttons then do nothing lasting
  }
}

export const leesBewaard = (): string[] => leesLijst(opslag('local'), BEWAARD, MAX_BEWAARD)

const schrijfBewaard = (ids: string[]): void => {
  try {
    opslag('local')?.setItem(BEWAARD, JSON.stringify(ids.slice(0, MAX_BEWAARD)))
  } catch {
    // full or switched off: nothing to keep
  }
  window.dispatchEvent(new Event(WIJZIGING))
}

/** `/bewaard?ids=1,2` (the same form as the server's lijstUrl). */
const lijstUrl = (pad: string, ids: string[], vanaf?: string | null): string => {
  const s = new URLSearchParams()
  if (ids.length) s.set('ids', ids.join(','))
  if (vanaf) s.set('vanaf', vanaf)
  const query = s.toString().replace(/%2C/g, ',')
  return query ? `${pad}?${query}` : pad
}

/** One polite live region for messages of these elements, present from the start. */
const meld = (() => {
  let regio: HTMLElement | null = null
  return (tekst: string): void => {
    if (!regio) {
      regio = document.createElement('p')
      regio.className = 'za-visually-hidden'
      regio.setAttribute('role', 'status')
      document.body.append(regio)
    }
    const r = regio
    r.textContent = ''
    window.setTimeout(() => (r.textContent = tekst), 50)
  }
})()

/** Re-render on changes in this tab (our event) and in other tabs (storage event). */
abstract class Volger extends HTMLElement {
  private readonly bijwerken = (): void => this.werkBij()
  connectedCallback(): void {
    this.opbouw()
    this.werkBij()
    window.addEventListener(WIJZIGING, this.bijwerken)
    window.addEventListener('storage', this.bijwerken)
  }
  disconnectedCallback(): void {
    window.removeEventListener(WIJZIGING, this.bijwerken)
    window.removeEventListener('storage', this.bijwerken)
  }
  protected opbouw(): void {}
  protected abstract werkBij(): void
}

class BewaarKnop extends Volger {
  private knop: HTMLButtonElement | null = null
  private tekst: HTMLSpanElement | null = null

  protected override opbouw(): void {
    const id = this.dataset.id ?? ''
    if (!ID.test(id) || this.knop) return
    const knop = document.createElement('button')
    knop.type = 'button'
    knop.className = 'za-button za-button--secondary za-bewaar'
    const tekst = document.createElement('span')
    const naam = document.createElement('span')
    naam.className = 'za-visually-hidden'
    naam.textContent = ` ${this.dataset.naam ?? ''}`
    knop.append(tekst, naam)
    knop.addEventListener('click', () => {
      const lijst = leesBewaard()
      if (lijst.includes(id)) {
        schrijfBewaard(lijst.filter((x) => x !== id))
        meld(`${this.dataset.naam ?? 'De locatie'} is niet meer bewaard.`)
      } else if (lijst.length >= MAX_BEWAARD) {
        meld(`U kunt hoogstens ${MAX_BEWAARD} locaties bewaren. Haal er eerst een weg.`)
      } else {
        schrijfBewaard([...lijst, id])
      }
    })
    this.knop = knop
    this.tekst = tekst
    this.append(knop)
  }

  protected werkBij(): void {
    if (!this.knop || !this.tekst) return
    const bewaard = leesBewaard().includes(this.dataset.id ?? '')
    this.knop.setAttribute('aria-pressed', String(bewaard))
    this.tekst.textContent = bewaard ? 'Bewaard' : 'Bewaar'
  }
}

class BewaardLink extends Volger {
  protected werkBij(): void {
    const link = this.querySelector('a')
    if (!link) return
    const ids = leesBewaard()
    link.href = lijstUrl('/bewaard', ids)
    const aantal = link.querySelector('[data-aantal]')
    if (aantal) aantal.textContent = ` (${ids.length})`
    delete link.dataset.wacht
  }
}

/** Ids of the page that the index does not know (any more): they leave the saved list. */
const vergeetOnbekend = (el: HTMLElement): void => {
  const onbekend = (el.dataset.onbekend ?? '').split(',').filter((x) => ID.test(x))
  const bewaard = leesBewaard()
  if (onbekend.some((x) => bewaard.includes(x))) {
    schrijfBewaard(bewaard.filter((x) => !onbekend.includes(x)))
  }
}

class BewaardLaden extends HTMLElement {
  connectedCallback(): void {
    vergeetOnbekend(this)
    // only /bewaard without a list in its address loads the saved one (never a loop)
    if (!this.hasAttribute('data-laden')) return
    const ids = leesBewaard()
    if (ids.length > 0) window.location.replace(lijstUrl('/bewaard', ids))
  }
}

const zelfdeLijst = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x))

class BewaardLijst extends Volger {
  private get ids(): string[] {
    return (this.dataset.ids ?? '').split(',').filter((x) => ID.test(x))
  }

  protected override opbouw(): void {
    vergeetOnbekend(this)
    // "Verwijder" is a link to the list without that location; on one's own list it also
    // takes it from the saved list
    this.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-verwijder]')
      if (!link) return
      const bewaard = leesBewaard()
      if (zelfdeLijst(bewaard, this.ids)) {
        schrijfBewaard(bewaard.filter((x) => x !== link.dataset.verwijder))
      }
    })
    this.querySelector<HTMLButtonElement>('[data-overnemen]')?.addEventListener('click', () => {
      const samen = [...new Set([...leesBewaard(), ...this.ids])].slice(0, MAX_BEWAARD)
      schrijfBewaard(samen)
      meld('De locaties staan nu ook in uw lijst Bewaard in deze browser.')
    })
  }

  protected werkBij(): void {
    const overnemen = this.querySelector<HTMLElement>('[data-overnemen-blok]')
    if (overnemen) {
      const bewaard = leesBewaard()
      overnemen.hidden = this.ids.every((x) => bewaard.includes(x))
    }
  }
}

class VergelijkKeuze extends HTMLElement {
  private status: HTMLElement | null = null

  /** The results pages remember the choice while paging (this tab only). */
  private get onthoud(): boolean {
    return this.hasAttribute('data-onthoud')
  }

  private vakjes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-vergelijk]')]
  }

  private keuze(): string[] {
    if (this.onthoud) return leesLijst(opslag('session'), KEUZE, MAX_VERGELIJKEN)
    return this.vakjes()
      .filter((v) => v.checked)
      .map((v) => v.value)
  }

  private bewaarKeuze(ids: string[]): void {
    if (!this.onthoud) return
    try {
      opslag('session')?.setItem(KEUZE, JSON.stringify(ids))
    } catch {
      // nothing to keep
    }
  }

  connectedCallback(): void {
    this.status = this.querySelector('[data-vergelijk-status]')
    const gekozen = this.keuze()
    for (const vakje of this.vakjes()) {
      if (this.onthoud) vakje.checked = gekozen.includes(vakje.value)
    }
    this.addEventListener('change', (event) => {
      const vakje = event.target
      if (!(vakje instanceof HTMLInputElement) || !vakje.hasAttribute('data-vergelijk')) return
      // only this element decides about these checkboxes (not the search form's refresh)
      event.stopPropagation()
      let ids = this.keuze().filter((x) => x !== vakje.value)
      if (vakje.checked) {
        if (ids.length >= MAX_VERGELIJKEN) {
          vakje.checked = false
          this.zeg(
            `U kunt hoogstens ${MAX_VERGELIJKEN} locaties vergelijken. Haal eerst een vinkje weg.`,
          )
          return
        }
        ids = [...ids, vakje.value]
      }
      this.bewaarKeuze(ids)
      this.toon(ids)
      this.zeg(
        ids.length === 1
          ? '1 locatie gekozen om te vergelijken.'
          : `${ids.length} locaties gekozen om te vergelijken.`,
      )
    })
    // the form sends ids=1&ids=2 without JavaScript; with it, the short address (and the
    // choice of other pages of the results)
    const form = this.querySelector('form') ?? this.closest('form')
    form?.addEventListener('submit', (event) => {
      event.preventDefault()
      const vanaf = form.querySelector<HTMLInputElement>('input[name="vanaf"]')?.value.trim()
      window.location.assign(lijstUrl('/vergelijk', this.keuze(), vanaf))
    })
    this.querySelector('[data-vergelijk-wis]')?.addEventListener('click', () => {
      for (const vakje of this.vakjes()) vakje.checked = false
      this.bewaarKeuze([])
      this.toon([])
      this.zeg('De keuze is gewist.')
    })
    this.toon(gekozen)
  }

  private zeg(tekst: string): void {
    if (this.status) this.status.textContent = tekst
  }

  /** The action shows the number chosen; it leads to the chosen ones, also of other pages. */
  private toon(ids: string[]): void {
    const balk = this.querySelector<HTMLElement>('[data-vergelijk-balk]')
    const link = this.querySelector<HTMLAnchorElement>('a[data-vergelijk-link]')
    const knop = this.querySelector<HTMLElement>('[data-vergelijk-knop]')
    if (balk) balk.classList.toggle('za-vergelijk-balk--actief', ids.length > 0)
    if (link) {
      const vanaf = this.querySelector<HTMLInputElement>('input[name="vanaf"]')?.value
      link.href = lijstUrl('/vergelijk', ids, vanaf)
      link.textContent = `Vergelijk (${ids.length})`
      link.hidden = ids.length === 0
      if (knop) knop.hidden = true
    } else if (knop) {
      knop.textContent = `Vergelijk (${ids.length})`
    }
    const wis = this.querySelector<HTMLElement>('[data-vergelijk-wis]')
    if (wis) wis.hidden = ids.length === 0
  }
}

class KopieerLink extends HTMLElement {
  connectedCallback(): void {
    const veld = this.querySelector('input')
    const status = this.querySelector('[data-kopieer-status]')
    if (!veld || this.querySelector('button')) return
    const knop = document.createElement('button')
    knop.type = 'button'
    knop.className = 'za-button za-button--secondary'
    knop.textContent = 'Kopieer de link'
    knop.addEventListener('click', async () => {
      let gelukt: boolean
      try {
        await navigator.clipboard.writeText(veld.value)
        gelukt = true
      } catch {
        veld.select()
        gelukt = document.execCommand('copy')
      }
      if (status) {
        status.textContent = gelukt
          ? 'De link is gekopieerd. Plak hem in een e-mail of bericht.'
          : 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.'
      }
    })
    veld.after(knop)
  }
}

class PrintKnop extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return
    const knop = document.createElement('button')
    knop.type = 'button'
    knop.className = 'za-button za-button--secondary'
    knop.textContent = this.dataset.tekst ?? 'Print'
    knop.addEventListener('click', () => window.print())
    this.append(knop)
  }
}

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element)
}
define('bewaar-knop', BewaarKnop)
define('bewaard-link', BewaardLink)
define('bewaard-laden', BewaardLaden)
define('bewaard-lijst', BewaardLijst)
define('vergelijk-keuze', VergelijkKeuze)
define('kopieer-link', KopieerLink)
define('print-knop', PrintKnop)
