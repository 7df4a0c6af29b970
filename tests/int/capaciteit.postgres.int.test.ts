import { capaciteitSuite } from './capaciteit.suite'
capaciteitSuite('postgres')
