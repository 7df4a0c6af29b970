/**
 * Enhancements of the filter panel; without JavaScript the panel is a plain disclosure and the
 * "Filters toepassen" button submits the form.
 *  - <filter-panel>: opens the disclosure on wide screens, where there is room beside the list.
 *  - <auto-submit>: submits the form of a checkbox as soon as it changes.
 */
const WIDE = '(min-width: 60em)'

class FilterPanel extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details')
    if (details && window.matchMedia(WIDE).matches) details.open = true
  }
}

class AutoSubmit extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('change', (event) => {
      const target = event.target
      if (target instanceof HTMLInputElement && target.form) target.form.requestSubmit()
    })
  }
}

if (!customElements.get('filter-panel')) customElements.define('filter-panel', FilterPanel)
if (!customElements.get('auto-submit')) customElements.define('auto-submit', AutoSubmit)
