import { describe, expect, it } from 'vitest'
import { behandelaarNaam, verzoekTitel } from '../../../cms/domain/wijzigingsverzoek'

describe('names on a change request', () => {
  it('names a provider by name, an editor with their zorgkantoor, a beheerder as such', () => {
    expect(behandelaarNaam({ naam: 'Peter Jansen', rol: 'zorgaanbieder' })).toBe('Peter Jansen')
    expect(
      behandelaarNaam({ naam: 'Marieke van den Berg', rol: 'zorgkantoor' }, 'CZ zorgkantoor'),
    ).toBe('Marieke van den Berg (CZ zorgkantoor)')
    expect(behandelaarNaam({ naam: 'Anouk de Vries', rol: 'beheerder' })).toBe(
      'Anouk de Vries (beheer Zorgatlas)',
    )
  })
  it('never an id: without a name it still says who', () => {
    expect(behandelaarNaam({ naam: ' ', rol: 'zorgkantoor' }, 'Menzis zorgkantoor')).toBe(
      'Een medewerker van Menzis zorgkantoor',
    )
    expect(behandelaarNaam({ naam: 'Joost', rol: 'zorgkantoor' })).toBe('Joost (het zorgkantoor)')
    expect(behandelaarNaam(null)).toBe('Onbekend')
  })
  it('titles a request with the organisation and the date', () => {
    expect(verzoekTitel('Stichting Het Baken', '01-12-2026')).toBe(
      'Stichting Het Baken – 01-12-2026',
    )
  })
})
