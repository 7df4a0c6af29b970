import { verwijderpadenSuite } from './verwijderpaden.suite'

verwijderpadenSuite('sqlite')
