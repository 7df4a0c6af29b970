/**
 * YouTube video of a location (§3.2.7): the provider pastes YouTube's embed code (or a link); we keep
 * only the video id and render our own 560×315 player, so no pasted HTML ever reaches a page.
 */
export const VIDEO_MESSAGES = {
  ongeldig:
    'Plak de insluitcode van YouTube (klik in YouTube met de rechtermuisknop op de video en kies "Insluitcode kopiëren"), of een link naar de video.',
  anderePlatform: 'Alleen video’s van YouTube zijn mogelijk.',
} as const

const ID = /^[A-Za-z0-9_-]{11}$/

/** Returns the 11-character video id, or an error message. Empty input → null (no video). */
export function parseYoutube(
  input: string | null | undefined,
): { id: string | null } | { error: string } {
  const text = (input ?? '').trim()
  if (!text) return { id: null }
  if (ID.test(text)) return { id: text }
  const src = /<iframe[^>]*\ssrc=["']([^"']+)["']/i.exec(text)?.[1] ?? text
  let url: URL
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src)
  } catch {
    return { error: VIDEO_MESSAGES.ongeldig }
  }
  const host = url.hostname.replace(/^www\.|^m\./, '')
  let id: string | null = null
  if (host === 'youtu.be') id = url.pathname.slice(1)
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const parts = url.pathname.split('/').filter(Boolean)
    if (parts[0] === 'watch') id = url.searchParams.get('v')
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1] ?? null
  } else {
    return { error: VIDEO_MESSAGES.anderePlatform }
  }
  return id && ID.test(id) ? { id } : { error: VIDEO_MESSAGES.ongeldig }
}
