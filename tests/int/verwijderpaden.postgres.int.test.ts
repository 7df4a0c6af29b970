import { verwijderpadenSuite } from './verwijderpaden.suite'

verwijderpadenSuite('postgres')
