import { eigenschapSuite } from './eigenschap.suite'

eigenschapSuite('sqlite')
