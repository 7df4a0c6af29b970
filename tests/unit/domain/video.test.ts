import { describe, expect, it } from 'vitest'
import { parseYoutube, VIDEO_MESSAGES } from '../../../cms/domain/video'

describe('parseYoutube (§3.2.7)', () => {
  it('takes the id from YouTube’s embed code, also with another size', () => {
    const embed =
      '<iframe width="1280" height="720" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player" frameborder="0" allowfullscreen></iframe>'
    expect(parseYoutube(embed)).toEqual({ id: 'dQw4w9WgXcQ' })
    expect(
      parseYoutube('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>'),
    ).toEqual({ id: 'dQw4w9WgXcQ' })
  })
  it('accepts links and a bare id', () => {
    expect(parseYoutube('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3')).toEqual({
      id: 'dQw4w9WgXcQ',
    })
    expect(parseYoutube('https://youtu.be/dQw4w9WgXcQ')).toEqual({ id: 'dQw4w9WgXcQ' })
    expect(parseYoutube('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toEqual({ id: 'dQw4w9WgXcQ' })
    expect(parseYoutube('dQw4w9WgXcQ')).toEqual({ id: 'dQw4w9WgXcQ' })
  })
  it('empty means no video', () => {
    expect(parseYoutube('')).toEqual({ id: null })
    expect(parseYoutube(null)).toEqual({ id: null })
  })
  it('refuses other sites, scripts and garbage with a Dutch explanation', () => {
    expect(parseYoutube('<iframe src="https://vimeo.com/1234"></iframe>')).toEqual({
      error: VIDEO_MESSAGES.anderePlatform,
    })
    expect(parseYoutube('<script>alert(1)</script>')).toEqual({ error: VIDEO_MESSAGES.ongeldig })
    expect(parseYoutube('https://www.youtube.com/embed/kort')).toEqual({
      error: VIDEO_MESSAGES.ongeldig,
    })
    expect(parseYoutube('javascript:alert(1)')).toHaveProperty('error')
  })
})

describe('parseYoutube: watch and share links, and nothing else', () => {
  it('accepts share links with tracking, live links and links without https://', () => {
    expect(parseYoutube('https://youtu.be/dQw4w9WgXcQ?si=Ab12')).toEqual({ id: 'dQw4w9WgXcQ' })
    expect(parseYoutube('https://www.youtube.com/live/dQw4w9WgXcQ?feature=share')).toEqual({
      id: 'dQw4w9WgXcQ',
    })
    expect(parseYoutube('www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({ id: 'dQw4w9WgXcQ' })
    expect(parseYoutube("<iframe src='//www.youtube.com/embed/dQw4w9WgXcQ'></iframe>")).toEqual({
      id: 'dQw4w9WgXcQ',
    })
  })
  it('refuses an embed code with anything around it, look-alike hosts and other iframes', () => {
    expect(
      parseYoutube(
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><script>x()</script>',
      ),
    ).toEqual({ error: VIDEO_MESSAGES.teveel })
    expect(parseYoutube('<img src=x onerror=alert(1)>')).toEqual({ error: VIDEO_MESSAGES.ongeldig })
    expect(parseYoutube('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toEqual({
      error: VIDEO_MESSAGES.anderePlatform,
    })
    expect(parseYoutube('<iframe src="https://player.vimeo.com/video/1"></iframe>')).toEqual({
      error: VIDEO_MESSAGES.anderePlatform,
    })
    expect(parseYoutube('https://www.youtube.com/watch?v=dQw4w9WgXcQ<script>')).toHaveProperty(
      'error',
    )
    expect(parseYoutube('https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ')).toHaveProperty(
      'error',
    )
    expect(parseYoutube('https://www.youtube.com/channel/UC123')).toEqual({
      error: VIDEO_MESSAGES.ongeldig,
    })
  })
  it('names the field in every message', () => {
    for (const message of Object.values(VIDEO_MESSAGES)) expect(message).toMatch(/^YouTube-video: /)
  })
})
