import { eigenschapSuite } from './eigenschap.suite'

eigenschapSuite('postgres')
