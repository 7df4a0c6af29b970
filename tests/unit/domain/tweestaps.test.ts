import { describe, expect, it } from 'vitest'
import {
  DEMO_TWEESTAPS_GEHEIM,
  codeVoor,
  controleerCode,
  hashHerstelcode,
  isHerstelcodeVorm,
  nieuweHerstelcodes,
  nieuwGeheim,
  otpauthLink,
  tijdstap,
  tweedeStap,
} from '../../../cms/domain/tweestaps'

const nu = new Date('2026-12-04T10:00:10Z')

describe('two-step codes', () => {
  it('accepts the code of now and one step either way, and each step only once', () => {
    const geheim = nieuwGeheim()
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/)
    const stap = tijdstap(nu)
    expect(controleerCode(geheim, codeVoor(geheim, nu), nu, null)).toBe(stap)
    const vorige = new Date(nu.getTime() - 30_000)
    expect(controleerCode(geheim, codeVoor(geheim, vorige), nu, null)).toBe(stap - 1)
    const oud = new Date(nu.getTime() - 90_000)
    expect(controleerCode(geheim, codeVoor(geheim, oud), nu, null)).toBeNull()
    // used once: the same step, or an older one, is refused
    expect(controleerCode(geheim, codeVoor(geheim, nu), nu, stap)).toBeNull()
    expect(controleerCode(geheim, codeVoor(geheim, vorige), nu, stap - 1)).toBeNull()
    const volgende = new Date(nu.getTime() + 30_000)
    expect(controleerCode(geheim, codeVoor(geheim, volgende), nu, stap)).toBe(stap + 1)
    expect(controleerCode(geheim, '12345', nu, null)).toBeNull()
    expect(controleerCode(geheim, 'abcdef', nu, null)).toBeNull()
  })

  it('the demo secret is a valid secret and its link names Zorgatlas', () => {
    expect(codeVoor(DEMO_TWEESTAPS_GEHEIM, nu)).toMatch(/^\d{6}$/)
    const link = otpauthLink(DEMO_TWEESTAPS_GEHEIM, 'beheer@zorgatlas.test')
    expect(link).toContain(`secret=${DEMO_TWEESTAPS_GEHEIM}`)
    expect(link).toContain('issuer=Zorgatlas')
  })

  it('ten recovery codes, stored only as hashes, typed with or without dash and capitals', () => {
    const { codes, hashes } = nieuweHerstelcodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect(codes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    expect(hashes[0]).toBe(hashHerstelcode(codes[0]!.toUpperCase().replace('-', ' ')))
    expect(hashes.join()).not.toContain(codes[0]!.replace('-', ''))
    expect(isHerstelcodeVorm(codes[0]!)).toBe(true)
    expect(isHerstelcodeVorm('123456')).toBe(false)
  })

  it('editors and beheerders must set it up when required; anyone who set it up gives a code', () => {
    expect(tweedeStap({ rol: 'beheerder', ingesteld: false, verplicht: true })).toBe('instellen')
    expect(tweedeStap({ rol: 'zorgkantoor', ingesteld: false, verplicht: true })).toBe('instellen')
    expect(tweedeStap({ rol: 'zorgaanbieder', ingesteld: false, verplicht: true })).toBe('geen')
    expect(tweedeStap({ rol: 'beheerder', ingesteld: false, verplicht: false })).toBe('geen')
    expect(tweedeStap({ rol: 'zorgaanbieder', ingesteld: true, verplicht: false })).toBe('code')
  })
})
