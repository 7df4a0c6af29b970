/**
 * <youtube-video>: turns the link to the video into a "play" button; a click puts in the
 * youtube-nocookie.com player and moves focus to it. Nothing is loaded from YouTube before that.
 */
const ID = /^[A-Za-z0-9_-]{11}$/

class YoutubeVideo extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('.za-video__start')
    const id = this.dataset.id ?? ''
    if (!link || !ID.test(id)) return
    const knop = document.createElement('button')
    knop.type = 'button'
    knop.className = link.className
    knop.append(...link.childNodes)
    link.replaceWith(knop)
    knop.addEventListener('click', () => this.speel(id))
  }

  private speel(id: string): void {
    const kader = this.querySelector('.za-video__kader')
    if (!kader) return
    const iframe = document.createElement('iframe')
    iframe.className = 'za-video__iframe'
    iframe.src = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`
    iframe.title = this.dataset.titel || 'Video'
    iframe.allow = 'accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture'
    iframe.allowFullscreen = true
    iframe.referrerPolicy = 'strict-origin-when-cross-origin'
    iframe.width = '560'
    iframe.height = '315'
    kader.replaceChildren(iframe)
    this.dataset.speelt = ''
    iframe.focus()
  }
}

if (!customElements.get('youtube-video')) customElements.define('youtube-video', YoutubeVideo)
