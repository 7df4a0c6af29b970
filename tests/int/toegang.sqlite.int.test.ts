import { toegangSuite } from './toegang.suite'
toegangSuite('sqlite')
