import { organisatiesSuite } from './organisaties.suite'

organisatiesSuite('postgres')
