/** GET /api/health — the CMS is up and its database answers. */
import type { Endpoint } from 'payload'

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      const { totalDocs } = await req.payload.count({
        collection: 'organisaties',
        overrideAccess: true,
        req,
      })
      return Response.json({
        status: 'ok',
        database: {
          status: 'ok',
          adapter: req.payload.db.name,
          organisaties: totalDocs,
          ms: Date.now() - started,
        },
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'Health check failed')
      return Response.json(
        { status: 'unavailable', database: { status: 'unavailable' } },
        { status: 503 },
      )
    }
  },
}
