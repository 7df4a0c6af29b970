/**
 * The same workflow contract on MongoDB, the preferred production database. MongoDB cannot be
 * installed on the CI machine; run with a live server: MONGODB_URI=mongodb://127.0.0.1:27017 npm run test:int
 */
import { MONGODB_URI } from './helpers/database'
import { workflowSuite } from './workflow.suite'

workflowSuite('mongodb', !MONGODB_URI)
