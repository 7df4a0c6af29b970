/**
 * Applies the role → menu table (cms/domain/beheermenu.ts) to the collection configs, in one place:
 * `admin.hidden` per collection (menu, dashboard and routes), and the conditions of the document
 * tabs "Versies" and "API". Payload's own conditions (versions enabled and readable, API URL not
 * hidden) still hold; the table can only hide more.
 */
import type { CollectionConfig, DocumentTabCondition, EditConfigWithoutRoot } from 'payload'
import { beheerschermVan, inMenu, type Beheerscherm } from '../domain/beheermenu'
import { userOf } from '../access'

const tabAllowedBy =
  (key: 'versies' | 'api', payloadCondition: DocumentTabCondition): DocumentTabCondition =>
  (args) => {
    const scherm: Beheerscherm = beheerschermVan(userOf(args.req))
    return scherm[key] && payloadCondition(args)
  }

/** Payload's own condition of the Versions tab (see @payloadcms/next DocumentHeader/Tabs). */
const versionsReadable: DocumentTabCondition = ({ collectionConfig, permissions }) =>
  Boolean(
    collectionConfig?.versions && permissions?.collections?.[collectionConfig.slug]?.readVersions,
  )

/** Payload's own condition of the API tab. */
const apiShown: DocumentTabCondition = ({ collectionConfig }) =>
  Boolean(collectionConfig && !collectionConfig.admin?.hideAPIURL)

export function metBeheermenu(collection: CollectionConfig): CollectionConfig {
  const admin = collection.admin ?? {}
  // Collections hidden for everyone (e.g. worker-status) stay hidden.
  if (admin.hidden === true) return collection
  const eigen = admin.components?.views?.edit ?? {}
  // A collection that replaces its whole document view has no tabs of Payload's to hide.
  if (eigen.root) return collection
  const edit = eigen as EditConfigWithoutRoot
  const metTabs = {
    ...edit,
    versions: {
      ...edit.versions,
      tab: { ...edit.versions?.tab, condition: tabAllowedBy('versies', versionsReadable) },
    },
    api: {
      ...edit.api,
      tab: { ...edit.api?.tab, condition: tabAllowedBy('api', apiShown) },
    },
  } as EditConfigWithoutRoot
  return {
    ...collection,
    admin: {
      ...admin,
      hidden: ({ user }) => !inMenu(user, collection.slug),
      components: {
        ...admin.components,
        views: {
          ...admin.components?.views,
          edit: metTabs,
        },
      },
    },
  }
}
