'use client'
/**
 * The browser tab names the open document ("Hof Mondriaan – Zorgatlas beheer"), not Payload's
 * "Bewerken - Locatie": Payload makes an edit view's title without the document, so this sets it
 * from the document's own title (useAsTitle) once it is known, and again when it changes.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'
import { BEHEER_TITEL_ACHTERVOEGSEL } from '../admin/titel'

/**
 * Keeps the browser tab on `tekst` + suffix while mounted. Next.js writes the route's metadata
 * title after client navigation and streaming, sometimes after our effect ran: an observer on
 * <title> puts ours back, so the tab never ends on the route's generic title.
 */
export function useVasteTitel(tekst: string | null): void {
  useEffect(() => {
    if (!tekst) return
    const gewenst = `${tekst} ${BEHEER_TITEL_ACHTERVOEGSEL}`
    document.title = gewenst
    const herstel = () => {
      if (document.title !== gewenst) document.title = gewenst
    }
    const observer = new MutationObserver(herstel)
    // Observe the head: Next.js may replace the <title> element itself, not only its text.
    observer.observe(document.head, { childList: true, characterData: true, subtree: true })
    return () => observer.disconnect()
  }, [tekst])
}

export const DocumentTitel: React.FC = () => {
  const { title, id } = useDocumentInfo()
  const tekst = id && title && !/^\[.*\]$/.test(title) ? title : null
  useVasteTitel(tekst)
  return null
}
