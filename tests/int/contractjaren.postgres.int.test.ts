import { contractjarenSuite } from './contractjaren.suite'

contractjarenSuite('postgres')
