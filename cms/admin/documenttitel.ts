/**
 * Every document screen names its document in the browser tab (cms/components/DocumentTitel.tsx):
 * added to each collection's edit view, next to what the collection already puts there.
 */
import type { CollectionConfig } from 'payload'

const DOCUMENT_TITEL = '/cms/components/DocumentTitel#DocumentTitel'

export function metDocumentTitel(collection: CollectionConfig): CollectionConfig {
  const admin = collection.admin ?? {}
  if (admin.hidden === true) return collection
  const edit = admin.components?.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        edit: {
          ...edit,
          beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), DOCUMENT_TITEL],
        },
      },
    },
  }
}
