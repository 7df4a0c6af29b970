import { vergrendelingenSuite } from './vergrendelingen.suite'

vergrendelingenSuite('sqlite')
