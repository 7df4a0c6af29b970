import { describe, expect, it } from 'vitest'
import {
  approvalAction,
  isPending,
  MESSAGES,
  statusAfterProviderEdit,
  WorkflowError,
} from '../../../cms/domain/workflow'

describe('statusAfterProviderEdit (§5, §6)', () => {
  it('a new item stays nieuw until approved', () => {
    expect(statusAfterProviderEdit(undefined)).toBe('nieuw')
    expect(statusAfterProviderEdit('nieuw')).toBe('nieuw')
  })
  it('an edit of a Definitief item is a voorgestelde wijziging', () => {
    expect(statusAfterProviderEdit('definitief')).toBe('voorgesteld')
    expect(statusAfterProviderEdit('voorgesteld')).toBe('voorgesteld')
  })
  it('refuses edits while in behandeling with the manual’s message (409)', () => {
    expect(() => statusAfterProviderEdit('in-behandeling')).toThrow(MESSAGES.inBehandeling)
    try {
      statusAfterProviderEdit('in-behandeling')
    } catch (e) {
      expect(e).toBeInstanceOf(WorkflowError)
      expect((e as WorkflowError).status).toBe(409)
    }
  })
  it('refuses edits of an item marked for removal until the removal is undone', () => {
    expect(() => statusAfterProviderEdit('voorgesteld-verwijderd')).toThrow('Verwijdering ongedaan')
  })
})

describe('pending and approval', () => {
  it('sends nieuw, voorgesteld and voorgesteld-verwijderd', () => {
    expect(
      ['nieuw', 'voorgesteld', 'voorgesteld-verwijderd'].every((s) => isPending(s as never)),
    ).toBe(true)
    expect(isPending('definitief')).toBe(false)
    expect(isPending('in-behandeling')).toBe(false)
    expect(isPending(undefined)).toBe(false)
  })
  it('approving a removal deletes, anything else publishes', () => {
    expect(
      approvalAction({ collection: 'locaties', id: '1', vorigeStatus: 'voorgesteld-verwijderd' }),
    ).toBe('delete')
    expect(approvalAction({ collection: 'locaties', id: '1', vorigeStatus: 'nieuw' })).toBe(
      'publish',
    )
    expect(approvalAction({ collection: 'zorgaanbod', id: '1', vorigeStatus: 'voorgesteld' })).toBe(
      'publish',
    )
  })
})
