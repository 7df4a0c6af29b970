/**
 * YouTube video of a location (§3.2.7): the provider pastes YouTube's embed code, a watch or share
 * link, or the video id; we keep only the 11-character video id and render our own click-to-load
 * player (youtube-nocookie.com), so no pasted HTML ever reaches a page.
 */
export const VIDEO_MESSAGES = {
  ongeldig:
    'YouTube-video: plak de insluitcode van YouTube (klik in YouTube met de rechtermuisknop op de video en kies "Insluitcode kopiëren"), of een link naar de video.',
  anderePlatform: 'YouTube-video: alleen video’s van YouTube zijn mogelijk.',
  teveel: 'YouTube-video: plak alleen de insluitcode van één video, zonder andere code eromheen.',
} as const

const ID = /^[A-Za-z0-9_-]{11}$/
/** One iframe element, nothing around it (YouTube's "Insluitcode kopiëren"). */
const IFRAME = /^<iframe\b[^<>]*>\s*(<\/iframe>)?$/i
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i

const YOUTUBE_HOSTS = new Set(['youtube.com', 'youtube-nocookie.com', 'youtu.be'])

/** Returns the 11-character video id, or an error message. Empty input → null (no video). */
export function parseYoutube(
  input: string | null | undefined,
): { id: string | null } | { error: string } {
  const text = (input ?? '').trim()
  if (!text) return { id: null }
  if (ID.test(text)) return { id: text }
  let src = text
  if (text.startsWith('<')) {
    if (!/^<iframe\b/i.test(text)) return { error: VIDEO_MESSAGES.ongeldig }
    if (!IFRAME.test(text)) return { error: VIDEO_MESSAGES.teveel }
    const m = SRC.exec(text)
    src = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim()
    if (!src) return { error: VIDEO_MESSAGES.ongeldig }
  } else if (/\s/.test(text)) {
    return { error: VIDEO_MESSAGES.ongeldig }
  }
  let url: URL
  try {
    url = new URL(
      src.startsWith('//') ? `https:${src}` : /^[a-z]+:/i.test(src) ? src : `https://${src}`,
    )
  } catch {
    return { error: VIDEO_MESSAGES.ongeldig }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: VIDEO_MESSAGES.ongeldig }
  if (url.username || url.password || url.port) return { error: VIDEO_MESSAGES.ongeldig }
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '')
  if (!YOUTUBE_HOSTS.has(host)) return { error: VIDEO_MESSAGES.anderePlatform }
  let id: string | null = null
  if (host === 'youtu.be') id = url.pathname.split('/').filter(Boolean)[0] ?? null
  else {
    const parts = url.pathname.split('/').filter(Boolean)
    if (parts[0] === 'watch' && parts.length === 1) id = url.searchParams.get('v')
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '') && parts.length === 2)
      id = parts[1] ?? null
  }
  return id && ID.test(id) ? { id } : { error: VIDEO_MESSAGES.ongeldig }
}
