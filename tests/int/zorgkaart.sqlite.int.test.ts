import { zorgkaartSuite } from './zorgkaart.suite'
zorgkaartSuite('sqlite')
