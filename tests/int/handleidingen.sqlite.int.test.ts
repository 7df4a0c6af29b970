import { handleidingenSuite } from './handleidingen.suite'

handleidingenSuite('sqlite')
