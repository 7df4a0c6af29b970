import { organisatiesSuite } from './organisaties.suite'

organisatiesSuite('sqlite')
