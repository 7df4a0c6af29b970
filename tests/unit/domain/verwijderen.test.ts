import { describe, expect, it } from 'vitest'
import { assertHerstelbaar, verwijderActie } from '../../../cms/domain/verwijderen'
import { MESSAGES } from '../../../cms/domain/workflow'

describe('deleting by a provider (§6)', () => {
  it('nieuw goes at once, a proposal is withdrawn, Definitief waits for review', () => {
    expect(verwijderActie('nieuw')).toBe('verwijderen')
    expect(verwijderActie('voorgesteld')).toBe('voorstel-intrekken')
    expect(verwijderActie('definitief')).toBe('verwijdering-voorstellen')
    expect(verwijderActie('voorgesteld-verwijderd')).toBe('niets')
  })
  it('is refused while in behandeling', () => {
    expect(() => verwijderActie('in-behandeling')).toThrow(MESSAGES.inBehandeling)
  })
  it('undo only applies to an item marked for removal', () => {
    expect(() => assertHerstelbaar('voorgesteld-verwijderd')).not.toThrow()
    expect(() => assertHerstelbaar('definitief')).toThrow('geen verwijdering')
    expect(() => assertHerstelbaar('in-behandeling')).toThrow(MESSAGES.inBehandeling)
  })
})
