/**
 * DELETE /api/payload-preferences/:key — Payload's own handler deletes with a where clause on the
 * polymorphic `user` field, which the SQL adapters turn into an invalid query (a 500 on every
 * call). Same behaviour: find the login's preference as Payload's findOne does, delete it by id.
 */
import { REGELS } from '../access/regels'
import { endpoint } from '../http/endpoint'
import { fout, json } from '../http/responses'

export const deletePreferenceEndpoint = endpoint({
  path: '/:key',
  method: 'delete',
  regel: REGELS.ingelogd,
  handler: async (req) => {
    const key = String(req.routeParams?.key ?? '')
    const { docs } = await req.payload.db.find({
      collection: 'payload-preferences',
      where: {
        and: [
          { key: { equals: key } },
          { 'user.value': { equals: req.user!.id } },
          { 'user.relationTo': { equals: req.user!.collection } },
        ],
      },
      limit: 1,
      pagination: false,
      req,
    })
    const doc = docs[0] as { id: string | number } | undefined
    if (!doc) return fout(404, 'Deze voorkeur bestaat niet.')
    await req.payload.db.deleteOne({
      collection: 'payload-preferences',
      where: { id: { equals: doc.id } },
      req,
    })
    return json({ message: 'Verwijderd.', doc })
  },
})
