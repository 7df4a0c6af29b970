'use client'
/**
 * The browser tab names the open document ("Hof Mondriaan – Zorgatlas beheer"), not Payload's
 * "Bewerken - Locatie": Payload makes an edit view's title without the document, so this sets it
 * from the document's own title (useAsTitle) once it is known, and again when it changes.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'
import { BEHEER_TITEL_ACHTERVOEGSEL } from '../admin/titel'

export const DocumentTitel: React.FC = () => {
  const { title, id } = useDocumentInfo()
  useEffect(() => {
    const tekst = title && !/^\[.*\]$/.test(title) ? title : null
    if (!id || !tekst) return
    const gewenst = `${tekst} ${BEHEER_TITEL_ACHTERVOEGSEL}`
    document.title = gewenst
    // Next.js writes the page's metadata title after navigating: keep ours.
    const observer = new MutationObserver(() => {
      if (document.title !== gewenst) document.title = gewenst
    })
    const head = document.querySelector('title')
    if (head) observer.observe(head, { childList: true, characterData: true, subtree: true })
    return () => observer.disconnect()
  }, [title, id])
  return null
}
