import { vergrendelingenSuite } from './vergrendelingen.suite'

vergrendelingenSuite('postgres')
