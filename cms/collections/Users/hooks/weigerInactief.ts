/** A deactivated login cannot log in (also not through Payload's reset-password, which logs in). */
import type { CollectionBeforeLoginHook } from 'payload'
import { UITNODIGING_MELDINGEN } from '../../../domain/uitnodiging'
import { weiger } from '../../../http/responses'

export const weigerInactief: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { actief?: boolean | null }).actief === false)
    throw weiger(UITNODIGING_MELDINGEN.gedeactiveerd, 403)
  return user
}
