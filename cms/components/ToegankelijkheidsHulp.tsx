'use client'
/**
 * Names and focus order that Payload 3.90's own components leave out, added as they appear
 * (each is an upstream issue, listed in the README). Only attributes Payload itself does not set,
 * so its rendering never fights with this:
 * - list row checkboxes and "select all" get a name ("Kies …", "Alle rijen kiezen");
 * - the pagination arrows get a name ("Vorige pagina", "Volgende pagina");
 * - the "⋮" menu next to the save buttons gets a name ("Meer acties");
 * - a react-select search input gets the name of its field's label;
 * - buttons inside parts that are hidden from screen readers (aria-hidden), and hidden buttons
 *   themselves (react-select's indicators), leave the tab order;
 * - a link whose aria-label leaves out its visible text is named by that text;
 * - date inputs and their clear button, photo cards' drag handle and icon buttons get names;
 * - the document tabs' list, whose children are not list items, is no list.
 */
import React, { useEffect } from 'react'

/** Sets the attribute when Payload left it out or empty (its checkboxes carry aria-label=""). */
const zet = (el: Element, naam: string, waarde: string) => {
  if (!el.getAttribute(naam)) el.setAttribute(naam, waarde)
}

export function verbeter(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLInputElement>(
    '.cell-_select input[type=checkbox], .select-row input[type=checkbox]',
  )) {
    const rij = box.closest('tr')
    const naam = rij?.querySelector('td:not(.cell-_select) a, td:not(.cell-_select)')?.textContent
    zet(box, 'aria-label', naam?.trim() ? `Kies ${naam.trim()}` : 'Kies deze rij')
  }
  for (const box of root.querySelectorAll('.select-all input[type=checkbox]'))
    zet(box, 'aria-label', 'Alle rijen kiezen')
  for (const knop of root.querySelectorAll(
    '.paginator__arrow--previous, .paginator__arrow-prev, .paginator .clickable-arrow--left',
  ))
    zet(knop, 'aria-label', 'Vorige pagina')
  for (const knop of root.querySelectorAll(
    '.paginator__arrow--next, .paginator__arrow-next, .paginator .clickable-arrow--right',
  ))
    zet(knop, 'aria-label', 'Volgende pagina')
  for (const knop of root.querySelectorAll('.doc-controls__popup .popup-button, .popup-button'))
    if (!knop.textContent?.trim()) zet(knop, 'aria-label', 'Meer acties')
  for (const input of root.querySelectorAll<HTMLInputElement>(
    '.rs__input, input[id^="react-select-"][id$="-input"]',
  )) {
    const veld = input.closest('.field-type')
    const label = veld?.querySelector('label, .field-label')
    const tekst =
      label?.textContent?.replace(/\*/g, '').trim() ||
      input.closest('.react-select')?.querySelector('.rs__placeholder')?.textContent?.trim() ||
      'Zoeken en kiezen'
    zet(input, 'aria-label', tekst)
  }
  // date fields: the text input and the clear button (×) of Payload's date picker
  for (const input of root.querySelectorAll('.date-time-picker input')) {
    const label = input.closest('.field-type')?.querySelector('label, .field-label')
    zet(input, 'aria-label', label?.textContent?.replace(/\*/g, '').trim() || 'Datum')
  }
  for (const knop of root.querySelectorAll('.date-time-picker__clear-button'))
    zet(knop, 'aria-label', 'Datum wissen')
  // photo cards of an upload field: the drag handle and the icon buttons
  for (const greep of root.querySelectorAll('.upload--has-many__drag'))
    zet(greep, 'aria-label', 'Verslepen om de volgorde te veranderen')
  for (const knop of root.querySelectorAll('.upload-relationship-details__actions button')) {
    if (knop.textContent?.trim()) continue
    // Payload's icon buttons say what they do only by their icon (icon--x, icon--edit)
    const soort = `${knop.className} ${knop.querySelector('svg')?.getAttribute('class') ?? ''}`
    zet(
      knop,
      'aria-label',
      /remove|icon--x\b|close/i.test(soort)
        ? 'Foto weghalen'
        : /edit|pencil/i.test(soort)
          ? 'Foto bewerken'
          : 'Foto-actie',
    )
  }
  for (const el of root.querySelectorAll(
    '[aria-hidden="true"] button, [aria-hidden="true"] a[href], [aria-hidden="true"] input',
  ))
    zet(el, 'tabindex', '-1')
  // react-select's clear and dropdown indicators: hidden from screen readers but in the tab order
  for (const el of root.querySelectorAll(
    '[aria-hidden="true"][role="button"], [aria-hidden="true"][tabindex]:not([tabindex="-1"]), button[aria-hidden="true"]',
  ))
    if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1')
  // a link whose name leaves out the text it shows ("Versies" on the tab that shows "Versies 12"):
  // its name becomes that text, so speech input can use what is on screen
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[aria-label]')) {
    const tekst = link.textContent?.replace(/\s+/g, ' ').trim()
    const naam = link.getAttribute('aria-label') ?? ''
    if (tekst && !naam.toLowerCase().includes(tekst.toLowerCase()))
      link.setAttribute('aria-label', tekst)
  }
  for (const lijst of root.querySelectorAll('ul.doc-tabs__tabs')) {
    if ([...lijst.children].some((c) => c.tagName !== 'LI')) zet(lijst, 'role', 'none')
  }
}

export const ToegankelijkheidsHulp: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  useEffect(() => {
    verbeter(document)
    // at once, in the observer's own callback (one per batch of changes, before the browser
    // does anything else): deferred to the next frame, a check (or a screen reader) could meet
    // a fresh react-select indicator in the tab order in between. Every change verbeter makes
    // is guarded, so its own changes end in a pass that changes nothing.
    const observer = new MutationObserver(() => verbeter(document))
    // attributes too: Payload re-renders some with an empty aria-label
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label', 'aria-hidden', 'tabindex'],
    })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
