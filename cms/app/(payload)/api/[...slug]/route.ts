/* Payload REST API, behind the guards of cms/http/rest-routes.ts. */
import config from '@payload-config'
import { restHandlers } from '../../../../http/rest-routes'

const handlers = restHandlers(config)

export const GET = handlers.GET
export const POST = handlers.POST
export const DELETE = handlers.DELETE
export const PATCH = handlers.PATCH
export const PUT = handlers.PUT
export const OPTIONS = handlers.OPTIONS
