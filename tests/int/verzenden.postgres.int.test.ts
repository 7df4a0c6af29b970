import { verzendenSuite } from './verzenden.suite'

verzendenSuite('postgres')
