import { zorgkaartSuite } from './zorgkaart.suite'
zorgkaartSuite('postgres')
