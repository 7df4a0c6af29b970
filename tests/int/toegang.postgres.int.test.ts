import { toegangSuite } from './toegang.suite'
toegangSuite('postgres')
