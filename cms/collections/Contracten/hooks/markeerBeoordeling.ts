/**
 * What a write of a contract says about its proposal mark, read from the data as sent (the
 * beforeChange hook sees it merged with the stored contract): a status set without the mark is
 * the zorgkantoor's review (the contract screen, the bulk endpoint, a REST PATCH), so the mark goes
 * (cms/domain/contract.ts voorstelNa). The admin form always sends the mark: there the tick decides.
 */
import type { CollectionBeforeOperationHook } from 'payload'

export const markeerBeoordeling: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (data && typeof data === 'object' && 'status' in data && !('voorstel' in data)) {
    ;(args as { data: Record<string, unknown> }).data = { ...data, voorstel: false }
  }
  return args
}
