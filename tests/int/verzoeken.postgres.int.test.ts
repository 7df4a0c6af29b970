import { verzoekenSuite } from './verzoeken.suite'
verzoekenSuite('postgres')
