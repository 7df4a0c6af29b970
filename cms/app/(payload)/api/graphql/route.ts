/* Payload GraphQL API, behind the guard of cms/http/graphql-route.ts. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlHandler } from '../../../../http/graphql-route'

export const POST = graphqlHandler(config)
export const OPTIONS = REST_OPTIONS(config)
