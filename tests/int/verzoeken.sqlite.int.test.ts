import { verzoekenSuite } from './verzoeken.suite'
verzoekenSuite('sqlite')
