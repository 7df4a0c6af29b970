'use client'
/**
 * Puts the few English toasts of Payload's upload drawer into Dutch (cms/domain/toastteksten.ts)
 * as they appear: Payload writes them as fixed English strings, outside its translations.
 */
import React, { useEffect } from 'react'
import { toastNl } from '../domain/toastteksten'

function vertaal(root: Node) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const nl = node.textContent ? toastNl(node.textContent) : null
    if (nl) node.textContent = nl
  }
}

export const ToastVertaling: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  useEffect(() => {
    const observer = new MutationObserver((mutaties) => {
      for (const m of mutaties) {
        if (m.type === 'characterData') vertaal(m.target)
        for (const node of m.addedNodes) vertaal(node)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
