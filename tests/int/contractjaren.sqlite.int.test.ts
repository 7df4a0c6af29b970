import { contractjarenSuite } from './contractjaren.suite'

contractjarenSuite('sqlite')
