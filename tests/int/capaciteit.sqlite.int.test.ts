import { capaciteitSuite } from './capaciteit.suite'
capaciteitSuite('sqlite')
