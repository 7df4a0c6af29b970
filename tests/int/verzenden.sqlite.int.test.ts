import { verzendenSuite } from './verzenden.suite'

verzendenSuite('sqlite')
